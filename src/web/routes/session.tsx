import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import { PLAN_RULES } from '../../../content/catalog';
import { useCatalog } from '../i18n/catalog';
import { useT } from '../i18n/i18n';
import { allowedFor } from '../../domain/personalization/plan';
import {
  evaluateCheckin,
  type CheckinReport,
  type CheckinResult,
} from '../../domain/safety/checkin';
import {
  advance,
  currentPlace,
  nextPlace,
  startSession,
  toSessionItem,
  type SessionEvent,
  type SessionItem,
  type SessionState,
} from '../../domain/session/player';
import { localToday } from '../api';
import { PageTitle } from '../components/page';
import { RecheckNotice, useSafetyRecheck } from '../components/safety-recheck';
import { useCues, useWakeLock } from '../hooks/use-cues';
import { updateJourney, useJourney } from '../hooks/use-journey';
import { CheckinForm, type CheckinAnswers } from './session-checkin';
import { ExerciseIntro, RunningExercise } from './session-exercise';
import { SaveSession, SessionStopped, SessionSummary } from './session-summary';

export function SessionPage() {
  const { plan, intake, settings } = useJourney();
  const [started, setStarted] = useState(false);
  const recheck = useSafetyRecheck();
  const t = useT();
  // Once under way, a worse check-in is handled by the session itself; the re-check waits.
  if (!started && recheck === 'loading') return <p aria-live="polite">{t('session.loading')}</p>;
  if (!started && recheck && recheck !== 'loading')
    return (
      <section>
        <PageTitle title={t('session.title')}>{t('session.title')}</PageTitle>
        <RecheckNotice reason={recheck} />
      </section>
    );
  if (!plan || plan.status !== 'plan' || !intake || plan.items.length === 0)
    return (
      <section>
        <PageTitle title={t('session.title')}>{t('session.title')}</PageTitle>
        <p>
          {t('session.noPlan')} <Link href="/start">{t('session.startCheck')}</Link>.
        </p>
      </section>
    );
  return (
    <Player
      items={plan.items.map((i) => toSessionItem(i, settings.longerHolds))}
      onStarted={() => setStarted(true)}
    />
  );
}

function Player({ items, onStarted }: { items: SessionItem[]; onStarted: () => void }) {
  const { intake, settings } = useJourney();
  const t = useT();
  const [state, setState] = useState<SessionState>(() => startSession(items));
  const stateRef = useRef(state);
  const { play, unlock, announcement } = useCues(settings.spokenCues);
  const [verdict, setVerdict] = useState<{
    result: CheckinResult;
    report: CheckinReport;
    replacement?: SessionItem;
  } | null>(null);
  // One key per session: saving twice (a retry, a double click) still counts once.
  const [identity] = useState(() => ({
    key: crypto.randomUUID(),
    startedAt: new Date().toISOString(),
  }));
  const [lastPain, setLastPain] = useState(intake?.legPain ?? 0);
  useWakeLock(state.phase === 'running');

  const dispatch = useCallback(
    (event: SessionEvent) => {
      const transition = advance(stateRef.current, event);
      stateRef.current = transition.state;
      setState(transition.state);
      play(transition.cues);
    },
    [play],
  );

  // Fire exactly when the current segment ends; re-arm if a timer wakes a hair early. Armed as
  // the new segment is drawn, not a task later, so no time passes unwatched in between.
  useLayoutEffect(() => {
    const endsAt = state.endsAt;
    if (state.phase !== 'running' || endsAt === null) return;
    let timer: ReturnType<typeof setTimeout>;
    const fire = () => {
      const now = performance.now();
      if (now < endsAt) timer = setTimeout(fire, endsAt - now);
      else dispatch({ type: 'tick', now });
    };
    timer = setTimeout(fire, endsAt - performance.now());
    return () => clearTimeout(timer);
  }, [state.phase, state.endsAt, dispatch]);

  const allowed = useMemo(
    () => (intake ? allowedFor(intake, PLAN_RULES.restrictions) : () => true),
    [intake],
  );
  const item = state.items[state.index];
  // The check-in's words, and the gentler version it may switch to, in the page's language.
  const { CHECKIN_GUIDE, LIBRARY } = useCatalog();

  function onCheckin(answers: CheckinAnswers) {
    if (!item) return;
    const exercise = LIBRARY.exercises.find((e) => e.id === item.exerciseId);
    if (!exercise) return;
    const report = {
      exerciseId: item.exerciseId,
      variant: item.variant,
      painBefore: lastPain,
      ...answers,
    };
    const result = evaluateCheckin(report, exercise, CHECKIN_GUIDE, allowed);
    setLastPain(answers.painAfter);
    // Spreading numbness means the warning signs are asked again before the next plan (B1).
    if (answers.numbnessSpread)
      updateJourney({
        recheck: { kind: 'numbnessSpread', date: localToday(), exerciseId: item.exerciseId },
      });
    const gentler = result.variant
      ? exercise.variants.find((v) => v.id === result.variant)
      : undefined;
    setVerdict({
      result,
      report,
      ...(gentler
        ? { replacement: { ...item, variant: gentler.id, variantName: gentler.name } }
        : {}),
    });
  }

  function confirmVerdict() {
    if (!verdict) return;
    const goesOn = verdict.result.action === 'continue' && nextPlace(stateRef.current) !== null;
    dispatch({
      type: 'checkin',
      result: verdict.result,
      report: verdict.report,
      ...(verdict.replacement ? { replacement: verdict.replacement } : {}),
    });
    setVerdict(null);
    // "Go on to the other side" (or the next set) is the start button for it.
    if (goesOn) dispatch({ type: 'start', now: performance.now() });
  }

  const position = Math.min(state.index + 1, state.items.length);
  return (
    <section className="player">
      <PageTitle title={t('session.title')}>{t('session.title')}</PageTitle>
      <div className="player-progress">
        <p id="progress-label">
          {state.phase === 'finished' || state.phase === 'stopped'
            ? t('session.over')
            : t('session.position', { position, count: state.items.length })}
        </p>
        <progress
          aria-labelledby="progress-label"
          max={state.items.length}
          // Exercises finished, however many sides and sets each was checked in for.
          value={Math.min(state.index, state.items.length)}
        />
      </div>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {state.phase === 'intro' && item && (
        <ExerciseIntro
          key={`${state.index}-${item.variant}`}
          item={item}
          onStart={() => {
            unlock();
            onStarted();
            dispatch({ type: 'start', now: performance.now() });
          }}
          onSkip={() => dispatch({ type: 'skip', now: performance.now() })}
        />
      )}
      {state.phase === 'running' && item && (
        <RunningExercise state={state} item={item} dispatch={dispatch} />
      )}
      {state.phase === 'checkin' && item && (
        <CheckinForm
          key={`${state.index}-${state.block}-${item.variant}`}
          item={item}
          place={currentPlace(state)}
          next={nextPlace(state)}
          painBefore={lastPain}
          verdict={verdict?.result ?? null}
          replacementName={verdict?.replacement?.variantName}
          onSubmit={onCheckin}
          onConfirm={confirmVerdict}
        />
      )}
      {state.phase === 'finished' && <SessionSummary state={state} />}
      {state.phase === 'stopped' && <SessionStopped state={state} />}
      {(state.phase === 'finished' || state.phase === 'stopped') && (
        <SaveSession state={state} identity={identity} />
      )}
    </section>
  );
}
