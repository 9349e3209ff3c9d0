import { useRef, useLayoutEffect } from 'react';
import { LIBRARY } from '../../../content/catalog';
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
import { PROP_NAMES } from '../components/demands';
import { MOVE_MS } from '../../domain/figure/motion';
import { Figure } from '../components/figure';
import { count } from '../components/format';
import { useNow } from '../hooks/use-cues';
import { useReducedMotion } from '../hooks/use-reduced-motion';
import { variantPoses } from './plan';

function lookup(item: SessionItem) {
  const exercise = LIBRARY.exercises.find((e) => e.id === item.exerciseId);
  return { exercise, variant: exercise?.variants.find((v) => v.id === item.variant) };
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
  const { exercise, variant } = lookup(item);
  if (!exercise || !variant) return null;
  const props = variant.needsOneOf ?? variant.demands.props;
  return (
    <article className="exercise-intro" aria-labelledby="exercise-name">
      <h2 id="exercise-name" ref={heading} tabIndex={-1}>
        {item.name}
      </h2>
      <p className="variant-name">{item.variantName}</p>
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
            <strong>Why it helps:</strong> {exercise.whyItHelps}
          </p>
          {props.length > 0 && (
            <p className="meta">
              <strong>Props:</strong> {props.map((p) => PROP_NAMES[p]).join(', ')}.{' '}
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
          Start {item.name.toLowerCase()}
        </button>
        <button type="button" className="button" onClick={onSkip}>
          Skip this exercise
        </button>
      </div>
    </article>
  );
}

const LABELS: Record<Segment['kind'], string> = {
  ready: 'Get ready',
  switch: 'Switch sides',
  rest: 'Relax',
  'set-rest': 'Rest',
  hold: 'Hold',
  inhale: 'Breathe in',
  exhale: 'Breathe out',
  // A repeated movement names its own halves ("Straighten your knee", "Bend it back").
  out: '',
  back: '',
};

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
      <h2>{item.name}</h2>
      <p className="variant-name">{item.variantName}</p>
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
        {segment.kind === 'out'
          ? item.tempo?.out
          : segment.kind === 'back'
            ? item.tempo?.back
            : segment.kind === 'set-rest'
              ? `Rest before set ${segment.set}`
              : LABELS[segment.kind]}
        {/* The side wraps as a whole, never as a lone "side" on the next line. */}
        {segment.side && (
          <>
            {' '}
            <span className="nowrap">· {segment.side} side</span>
          </>
        )}
      </p>
      {/* A repeated movement shows which repetition it is: a two-second countdown per half
          would only flicker. Everything else counts down its seconds. */}
      <p className="countdown" data-testid="countdown" aria-hidden="true">
        {moving ? segment.rep : Math.ceil(left / 1000)}
      </p>
      {!moving && (
        <p className="visually-hidden">{count(Math.ceil(left / 1000), 'second', 'seconds')} left</p>
      )}
      <p className="meta counter" data-testid="rep">
        {breathing
          ? `Breath ${segment.rep} of ${item.reps}`
          : moving
            ? `Rep ${segment.rep} of ${item.reps}`
            : segment.kind === 'hold'
              ? `Hold ${segment.rep} of ${item.reps}${segment.side ? ` on the ${segment.side}` : ''}`
              : ''}
      </p>
      {sets > 1 && (
        <p className="meta counter" data-testid="set">
          {segment.kind === 'set-rest'
            ? `Set ${segment.set - 1} of ${sets} done`
            : `Set ${segment.set} of ${sets}`}
        </p>
      )}
      <div className="actions">
        <button
          ref={mainControl}
          type="button"
          className="button primary"
          onClick={() => dispatch({ type: paused ? 'resume' : 'pause', now: performance.now() })}
        >
          {paused ? 'Resume' : 'Pause'}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => dispatch({ type: 'skip', now: performance.now() })}
        >
          Skip exercise
        </button>
        <button
          type="button"
          className="button warn"
          onClick={() => dispatch({ type: 'report', now: performance.now() })}
        >
          Something feels wrong
        </button>
      </div>
    </div>
  );
}
