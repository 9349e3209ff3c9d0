import { useEffect, useState } from 'react';
import type { DeletedCounts } from '../api';
import { deletedSummary, isDeletedCounts } from './deleted-summary';
import { PageTitle } from './page';
import { useT, useWords } from '../i18n/i18n';

/**
 * What the account page left in the history entry when it deleted the account, if anything.
 * It is read once and then cleared, so a reload or a later visit back shows the plain page.
 */
export function useDeletedCounts(): DeletedCounts | null {
  const [counts] = useState(() => {
    const state = window.history.state as { deletedAccount?: unknown } | null;
    return isDeletedCounts(state?.deletedAccount) ? state.deletedAccount : null;
  });
  useEffect(() => {
    if (counts) window.history.replaceState(null, '');
  }, [counts]);
  return counts;
}

/** The confirmation shown on the home page after an account was deleted. */
export function DeletedNotice({ counts }: { counts: DeletedCounts }) {
  const t = useT();
  const words = useWords();
  return (
    <section className="notice deleted-notice">
      <PageTitle title={t('deleted.pageTitle')}>{t('deleted.title')}</PageTitle>
      <p>{deletedSummary(counts, words)}</p>
      <p>{t('deleted.kept')}</p>
    </section>
  );
}
