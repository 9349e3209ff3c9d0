import { useLocation } from 'wouter';
import type { Queued } from '../offline/outbox';
import { useSyncStatus } from '../offline/sync';
import { useNewVersion } from '../offline/updates';
import { KEPT_WORDS, SYNCED_WORDS } from '../offline/words';

const REFUSED_WORDS: Record<Queued['kind'], string> = {
  session: 'a session',
  log: 'a daily log',
  reminders: 'your reminder times',
  nudges: 'your choice about missed-day emails',
  screening: 'your answers to the safety questions',
};

/**
 * At the top of every page's content, the first stop after "Skip to content": what is kept on
 * this device and not yet sent, and a new version waiting. The new version is never offered during a session, so nothing reloads
 * under someone holding a stretch.
 */
export function AppNotices() {
  const sync = useSyncStatus();
  const update = useNewVersion();
  const [location] = useLocation();
  const inSession = location === '/session' || location.startsWith('/session/');
  const refused = [...new Set(sync.refused)].map((kind) => REFUSED_WORDS[kind]);
  return (
    <div className="app-notices">
      <p
        aria-live="polite"
        className={sync.waiting > 0 || sync.synced ? 'sync-notice' : 'visually-hidden'}
      >
        {sync.waiting > 0
          ? `${KEPT_WORDS} (${sync.waiting === 1 ? '1 change' : `${sync.waiting} changes`} waiting)`
          : sync.synced
            ? SYNCED_WORDS
            : ''}
      </p>
      {refused.length > 0 && (
        <p className="error" role="alert">
          The server could not keep {refused.join(' and ')} recorded offline. Please enter it again.
        </p>
      )}
      {update.waiting && !inSession && (
        <div className="update-notice" role="status">
          <p>A new version of ReliefPath is ready.</p>
          <button type="button" className="button primary" onClick={update.reload}>
            Reload to update
          </button>
        </div>
      )}
    </div>
  );
}
