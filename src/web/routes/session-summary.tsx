import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { localToday, saveSessionOrKeep, type SavedSession } from '../api';
import { keepForLater } from '../hooks/pending-sessions';
import { useSession } from '../hooks/use-session';
import { useCatalog } from '../i18n/catalog';
import { useT } from '../i18n/i18n';
import { useSyncStatus } from '../offline/sync';
import { LIBRARY } from '../../../content/catalog';
import { formatDuration } from '../components/format';
import { sessionOverWords, summarize, type SessionState } from '../../domain/session/player';

const OUTCOME_TEXT = { done: 'Done', skipped: 'Skipped', stopped: 'Stopped' } as const;

function Records({ state }: { state: SessionState }) {
  return (
    <table className="records">
      <caption>Exercise by exercise</caption>
      <thead>
        <tr>
          <th scope="col">Exercise</th>
          <th scope="col">Version</th>
          <th scope="col">Result</th>
          <th scope="col">Held</th>
        </tr>
      </thead>
      <tbody>
        {state.records.map((r, i) => {
          const exercise = LIBRARY.exercises.find((e) => e.id === r.exerciseId);
          const variant = exercise?.variants.find((v) => v.id === r.variant);
          return (
            <tr key={i}>
              <td>
                {exercise?.name}
                {r.side ? `, ${r.side} side` : ''}
                {r.set ? `, set ${r.set}` : ''}
              </td>
              <td>{variant?.name}</td>
              <td>
                {OUTCOME_TEXT[r.outcome]}
                {r.checkin?.action === 'modify' ? ' (made gentler)' : ''}
              </td>
              <td>{formatDuration(r.heldSeconds)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function SessionSummary({ state }: { state: SessionState }) {
  const summary = summarize(state);
  return (
    <div className="summary" data-testid="summary">
      <h2>{sessionOverWords(state)}</h2>
      <ul className="stats">
        <li>
          <strong>{summary.done}</strong> done
        </li>
        <li>
          <strong>{summary.skipped}</strong> skipped
        </li>
        <li>
          <strong>{summary.modified}</strong> made gentler
        </li>
        <li>
          <strong>{formatDuration(summary.heldSeconds)}</strong> of holds
        </li>
      </ul>
      <Records state={state} />
      <p>Gentle and often beats long and hard: once or twice a day is plenty.</p>
      <div className="actions">
        <Link className="button primary" href="/plan">
          Back to my plan
        </Link>
        <Link className="button" href="/learn/expectations">
          What to expect over the coming weeks
        </Link>
      </div>
    </div>
  );
}

export function SessionStopped({ state }: { state: SessionState }) {
  const { STOP_ADVICE } = useCatalog();
  const reasons = state.records.at(-1)?.checkin?.reasons ?? [];
  return (
    <div className="summary stopped" data-testid="stopped">
      <h2>We stopped the session</h2>
      <ul>
        {reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <h3>What to do now</h3>
      <ul>
        {STOP_ADVICE.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      <Records state={state} />
      <div className="actions">
        <Link className="button primary" href="/start">
          Check my symptoms again
        </Link>
        <Link className="button" href="/clinics">
          Find a physical therapist near you
        </Link>
      </div>
    </div>
  );
}

/** What the server keeps of a session: every exercise, side and check-in. */
function toSaved(state: SessionState, identity: { key: string; startedAt: string }): SavedSession {
  return {
    idempotencyKey: identity.key,
    localDate: localToday(),
    startedAt: identity.startedAt,
    finishedAt: new Date().toISOString(),
    outcome: state.phase === 'stopped' ? 'stopped' : 'finished',
    items: state.records.map((r) => ({
      exerciseId: r.exerciseId,
      variant: r.variant,
      side: r.side,
      outcome: r.outcome,
      heldSeconds: r.heldSeconds,
      checkin: r.checkin && r.report ? { report: r.report, action: r.checkin.action } : null,
    })),
  };
}

/**
 * Keeps the session in a signed-in patient's record; without an account it is kept on this
 * device and added to the history of the account created or signed in to next.
 */
export function SaveSession({
  state,
  identity,
}: {
  state: SessionState;
  identity: { key: string; startedAt: string };
}) {
  const t = useT();
  const { me, status: signIn } = useSession();
  const [status, setStatus] = useState<'saving' | 'saved' | 'kept' | 'failed'>('saving');
  const attempt = useRef(0);
  const [retry, setRetry] = useState(0);
  const isPatient = me?.user.role === 'patient';
  // A session ended before its first exercise has nothing to keep.
  const empty = state.records.length === 0;
  useEffect(() => {
    if (empty || signIn === 'loading') return;
    if (!me) {
      keepForLater(toSaved(state, identity));
      return;
    }
    if (!isPatient || attempt.current > retry) return;
    attempt.current = retry + 1;
    saveSessionOrKeep(me.user.id, toSaved(state, identity)).then(
      (sent) => setStatus(sent.kept ? 'kept' : 'saved'),
      () => setStatus('failed'),
    );
  }, [me, signIn, isPatient, empty, retry, identity, state]);
  const sync = useSyncStatus();
  const shown = status === 'kept' && sync.synced ? 'synced' : status;
  if (!me)
    return (
      <p className="notice subtle">
        <Link href="/sign-up">Create an account</Link> or <Link href="/sign-in">sign in</Link> on
        this device today, and this session goes into your history, so you can see your progress.
      </p>
    );
  if (!isPatient || empty) return null;
  return (
    <p className="notice subtle" role="status">
      {shown === 'saving' && 'Saving to your progress…'}
      {shown === 'kept' && t('sync.kept')}
      {(shown === 'saved' || shown === 'synced') && (
        <>
          {shown === 'synced' ? 'Synced to your progress.' : 'Saved to your progress.'}{' '}
          <Link href="/progress">See your progress</Link>
        </>
      )}
      {shown === 'failed' && (
        <>
          Could not save just now.{' '}
          <button type="button" className="button" onClick={() => setRetry((n) => n + 1)}>
            Try again
          </button>
        </>
      )}
    </p>
  );
}
