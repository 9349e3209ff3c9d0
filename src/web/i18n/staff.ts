import { useMemo } from 'react';
import type { MessageKey } from '../../../content/messages/en';
import { STAFF_EN, type StaffMessageKey } from '../../../content/messages/staff-en';
import type { AlertWords } from '../../domain/monitoring/alert-words';
import { listIn } from '../../domain/i18n/words';
import { addCatalogue, useLocale, useT, type CatalogueLoaders } from './i18n';

/** The therapists' and admins' messages: only their screens download them. */
const STAFF: CatalogueLoaders = {
  en: () => Promise.resolve(STAFF_EN),
  es: async () => (await import('../../../content/messages/staff-es')).STAFF_ES,
};

/** Loads the staff messages in the page's language; staff screens wait for it before showing. */
export const loadStaffWords = () => addCatalogue(STAFF);

export type StaffTranslate = (
  key: StaffMessageKey | MessageKey,
  values?: Record<string, string | number>,
) => string;

/** The page's messages and the staff screens' own, in the page's language. */
export const useStaffT = (): StaffTranslate => useT() as StaffTranslate;

/** Alerts as the domain words them, in the page's language. */
export function useAlertWords(): AlertWords {
  const t = useStaffT();
  const locale = useLocale();
  return useMemo(() => ({ say: t, list: listIn(locale) }), [t, locale]);
}
