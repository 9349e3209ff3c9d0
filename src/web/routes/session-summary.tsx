import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { localToday, saveSessionOrKeep, type SavedSession } from '../api';
import { keepForLater } from '../hooks/pending-sessions';
import { useSession } from '../hooks/use-session';
import { useCatalog } from '../i18n/catalog';
import { useT } from '../i18n/i18n';
import { useSyncStatus } from '../offline/sync';
import { formatDuration } from '../components/format';
import { sessionOverWords, summarize, type SessionState } from '../../domain/session/player';

function Records({ state }: { state: SessionState }) {
  const t = useT();
  const { LIBRARY } = useCatalog();
  return (
    <table className="records">
      <caption>{t('summary.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('summary.exercise')}</th>
          <th scope="col">{t('summary.version')}</th>
          <th scope="col">{t('summary.result')}</th>
          <th scope="col">{t('summary.held')}</th>
        </tr>
      </thead>
      <tbody>
        {state.records.map((r, i) => {
          const exercise = LIBRARY.exercises.find((e) => e.id === r.exerciseId);
          const variant = exercise?.variants.find((v) => v.id === r.variant);
          return (
            <tr key={i}>
              <td>
                {t('summary.where', {
                  name: exercise?.name ?? r.exerciseId,
                  side: r.side ?? 'none',
                  set: r.set ?? 0,
                })}
              </td>
              <td>{variant?.name}</td>
              <td>
                {t(`summary.outcome.${r.outcome}`)}
                {r.checkin?.action === 'modify' ? ` ${t('summary.madeGentler')}` : ''}
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
  const t = useT();
  return (
    <div className="summary" data-testid="summary">
      <h2>{t(sessionOverWords(state))}</h2>
      <ul className="stats">
        <li>
          <strong>{summary.done}</strong> {t('summary.done', { count: summary.done })}
        </li>
        <li>
          <strong>{summary.skipped}</strong> {t('summary.skipped', { count: summary.skipped })}
        </li>
        <li>
          <strong>{summary.modified}</strong> {t('summary.modified', { count: summary.modified })}
        </li>
        <li>
          <strong>{formatDuration(summary.heldSeconds)}</strong> {t('summary.ofHolds')}
        </li>
      </ul>
      <Records state={state} />
      <p>{t('summary.often')}</p>
      <div className="actions">
        <Link className="button primary" href="/plan">
          {t('summary.backToPlan')}
        </Link>
        <Link className="button" href="/learn/expectations">
          {t('summary.expectations')}
        </Link>
      </div>
    </div>
  );
}

export function SessionStopped({ state }: { state: SessionState }) {
  const { STOP_ADVICE } = useCatalog();
  const t = useT();
  const reasons = state.records.at(-1)?.checkin?.reasons ?? [];
  return (
    <div className="summary stopped" data-testid="stopped">
      <h2>{t('summary.stopped')}</h2>
      <ul>
        {reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <h3>{t('summary.whatNow')}</h3>
      <ul>
        {STOP_ADVICE.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      <Records state={state} />
      <div className="actions">
        <Link className="button primary" href="/start">
          {t('summary.checkAgain')}
        </Link>
        <Link className="button" href="/clinics">
          {t('care.findTherapist')}
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
        <Link href="/sign-up">{t('summary.createAccount')}</Link> {t('summary.or')}{' '}
        <Link href="/sign-in">{t('summary.signIn')}</Link> {t('summary.keepForLater')}
      </p>
    );
  if (!isPatient || empty) return null;
  return (
    <p className="notice subtle" role="status">
      {shown === 'saving' && t('summary.saving')}
      {shown === 'kept' && t('sync.kept')}
      {(shown === 'saved' || shown === 'synced') && (
        <>
          {t(shown === 'synced' ? 'summary.synced' : 'summary.saved')}{' '}
          <Link href="/progress">{t('summary.seeProgress')}</Link>
        </>
      )}
      {shown === 'failed' && (
        <>
          {t('summary.failed')}{' '}
          <button type="button" className="button" onClick={() => setRetry((n) => n + 1)}>
            {t('offline.tryAgain')}
          </button>
        </>
      )}
    </p>
  );
}
