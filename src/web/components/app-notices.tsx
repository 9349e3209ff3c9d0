import { useLocation } from 'wouter';
import { useSyncStatus } from '../offline/sync';
import { useNewVersion } from '../offline/updates';
import { useT, useWords } from '../i18n/i18n';

/**
 * At the top of every page's content, the first stop after "Skip to content": what is kept on
 * this device and not yet sent, and a new version waiting. The new version is never offered during a session, so nothing reloads
 * under someone holding a stretch.
 */
export function AppNotices() {
  const t = useT();
  const words = useWords();
  const sync = useSyncStatus();
  const update = useNewVersion();
  const [location] = useLocation();
  const inSession = location === '/session' || location.startsWith('/session/');
  const refused = words.list(
    [...new Set(sync.refused)].map((kind) => t(`sync.refused.${kind}`)),
    'and',
  );
  return (
    <div className="app-notices">
      <p
        aria-live="polite"
        className={sync.waiting > 0 || sync.synced ? 'sync-notice' : 'visually-hidden'}
      >
        {sync.waiting > 0
          ? t('sync.waiting', { count: sync.waiting })
          : sync.synced
            ? t('sync.synced')
            : ''}
      </p>
      {sync.refused.length > 0 && (
        <p className="error" role="alert">
          {t('sync.refused', { what: refused })}
        </p>
      )}
      {update.waiting && !inSession && (
        <div className="update-notice" role="status">
          <p>{t('update.ready')}</p>
          <button type="button" className="button primary" onClick={update.reload}>
            {t('update.reload')}
          </button>
        </div>
      )}
    </div>
  );
}
