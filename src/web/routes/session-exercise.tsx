import { useRef, useLayoutEffect } from 'react';
import {
  blocksFor,
  currentSegment,
  isPaused,
  remainingMs,
  setsOf,
  type Segment,
  type SessionEvent,
  type SessionItem,
  type SessionState,
} from '../../domain/session/player';
import { propNames } from '../components/demands';
import { MOVE_MS } from '../../domain/figure/motion';
import { Figure } from '../components/figure';
import { useNow } from '../hooks/use-cues';
import { useReducedMotion } from '../hooks/use-reduced-motion';
import { variantPoses } from './plan';
import { useCatalog } from '../i18n/catalog';
import { useT, useWords, type Translate } from '../i18n/i18n';
import type { Catalog } from '../../../content/catalog';

/** The exercise and version in the page's language (the plan's names may be in another). */
function lookup(item: SessionItem, { LIBRARY }: Catalog) {
  const exercise = LIBRARY.exercises.find((e) => e.id === item.exerciseId);
  const variant = exercise?.variants.find((v) => v.id === item.variant);
  return {
    exercise,
    variant,
    name: exercise?.name ?? item.name,
    variantName: variant?.name ?? item.variantName,
  };
}

/** D1: one exercise at a time, with what to do and why, before the clock starts. */
export function ExerciseIntro({
  item,
  onStart,
  onSkip,
}: {
  item: SessionItem;
  onStart: () => void;
  onSkip: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  const t = useT();
  const words = useWords();
  const { exercise, variant, name, variantName } = lookup(item, useCatalog());
  if (!exercise || !variant) return null;
  const props = variant.needsOneOf ?? variant.demands.props;
  return (
    <article className="exercise-intro" aria-labelledby="exercise-name">
      <h2 id="exercise-name" ref={heading} tabIndex={-1}>
        {name}
      </h2>
      <p className="variant-name">{variantName}</p>
      <div className="variant-body">
        <Figure
          poses={variant.poses}
          side={blocksFor(item)[0]?.find((s) => s.side)?.side ?? null}
        />
        <div>
          <ol>
            {variant.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
          <p>
            <strong>{t('player.why')}</strong> {exercise.whyItHelps}
          </p>
          {props.length > 0 && (
            <p className="meta">
              <strong>{t('player.props')}</strong>{' '}
              {words.list(propNames(props, t), variant.needsOneOf ? 'or' : 'and')}.{' '}
              {variant.summary}
            </p>
          )}
          <ul className="cautions">
            {exercise.cautions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      </div>
      <div className="actions">
        <button type="button" className="button primary big" onClick={onStart}>
          {t('player.start', { name: name.toLowerCase() })}
        </button>
        <button type="button" className="button" onClick={onSkip}>
          {t('player.skipThis')}
        </button>
      </div>
    </article>
  );
}

/** What the screen calls each step; a repeated movement names its own halves instead. */
function phaseLabel(segment: Segment, item: SessionItem, t: Translate): string {
  switch (segment.kind) {
    case 'out':
      return item.tempo?.out ?? '';
    case 'back':
      return item.tempo?.back ?? '';
    case 'set-rest':
      return t('player.phase.setRest', { set: segment.set });
    default:
      return t(`player.phase.${segment.kind}`);
  }
}

/** D2/D3: the big countdown, side, rep and the breath pacer, with pause, skip and "stop now". */
export function RunningExercise({
  state,
  item,
  dispatch,
}: {
  state: SessionState;
  item: SessionItem;
  dispatch: (e: SessionEvent) => void;
}) {
  const segment = currentSegment(state);
  const paused = isPaused(state);
  const breathing = segment?.kind === 'inhale' || segment?.kind === 'exhale';
  const moving = segment?.kind === 'out' || segment?.kind === 'back';
  const reduced = useReducedMotion();
  const now = useNow(!paused, breathing && !reduced ? 50 : 200);
  const t = useT();
  const { name, variantName } = lookup(item, useCatalog());
  // The start button is gone once the clock runs: its job passes to pause/resume.
  const mainControl = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => mainControl.current?.focus(), []);
  if (!segment) return null;
  const left = remainingMs(state, now);
  const progress = segment.seconds > 0 ? 1 - left / (segment.seconds * 1000) : 1;
  const sets = setsOf(item);
  // The figure breathes with the pacer, eases into the held position at the start of each hold
  // and rests in the starting position between holds.
  const figurePhase =
    segment.kind === 'inhale' || segment.kind === 'out'
      ? progress
      : segment.kind === 'exhale' || segment.kind === 'back'
        ? 1 - progress
        : segment.kind === 'hold'
          ? Math.min(1, (segment.seconds * 1000 - left) / MOVE_MS)
          : 0;
  return (
    <div className={`running phase-${segment.kind}`}>
      <h2>{name}</h2>
      <p className="variant-name">{variantName}</p>
      <div className="timer-area">
        <Figure poses={variantPoses(item)} phase={figurePhase} side={segment.side} />
        {breathing && (
          <div className="pacer" aria-hidden="true">
            <div
              className="breath-pacer"
              data-testid="breath-pacer"
              style={reduced ? undefined : { transform: `scale(${0.45 + 0.55 * figurePhase})` }}
            />
          </div>
        )}
      </div>
      <p className="phase-label" data-testid="phase">
        {phaseLabel(segment, item, t)}
        {/* The side wraps as a whole, never as a lone "side" on the next line. */}
        {segment.side && (
          <>
            {' '}
            <span className="nowrap">· {t('player.side', { side: segment.side })}</span>
          </>
        )}
      </p>
      {/* A repeated movement shows which repetition it is: a two-second countdown per half
          would only flicker. Everything else counts down its seconds. */}
      <p className="countdown" data-testid="countdown" aria-hidden="true">
        {moving ? segment.rep : Math.ceil(left / 1000)}
      </p>
      {!moving && (
        <p className="visually-hidden">
          {t('player.secondsLeft', { count: Math.ceil(left / 1000) })}
        </p>
      )}
      <p className="meta counter" data-testid="rep">
        {breathing
          ? t('player.breathOf', { rep: segment.rep, reps: item.reps })
          : moving
            ? t('player.repOf', { rep: segment.rep, reps: item.reps })
            : segment.kind === 'hold'
              ? t('player.holdOf', {
                  rep: segment.rep,
                  reps: item.reps,
                  side: segment.side ?? 'none',
                })
              : ''}
      </p>
      {sets > 1 && (
        <p className="meta counter" data-testid="set">
          {segment.kind === 'set-rest'
            ? t('player.setDone', { set: segment.set - 1, sets })
            : t('player.setOf', { set: segment.set, sets })}
        </p>
      )}
      <div className="actions">
        <button
          ref={mainControl}
          type="button"
          className="button primary"
          onClick={() => dispatch({ type: paused ? 'resume' : 'pause', now: performance.now() })}
        >
          {t(paused ? 'player.resume' : 'player.pause')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => dispatch({ type: 'skip', now: performance.now() })}
        >
          {t('player.skip')}
        </button>
        <button
          type="button"
          className="button warn"
          onClick={() => dispatch({ type: 'report', now: performance.now() })}
        >
          {t('player.wrong')}
        </button>
      </div>
    </div>
  );
}
