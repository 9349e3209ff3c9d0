import type { DeletedCounts } from '../api';

type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** What each count is called, by plural category (CLDR: one, other, …). */
const REMOVED: [keyof DeletedCounts, Forms][] = [
  ['dailyLogs', { one: 'daily log', other: 'daily logs' }],
  ['sessions', { one: 'stretching session', other: 'stretching sessions' }],
  ['checkins', { one: 'check-in', other: 'check-ins' }],
  [
    'programVersions',
    { one: 'version of your home program', other: 'versions of your home program' },
  ],
  ['habitChecks', { one: 'answer to a habit question', other: 'answers to habit questions' }],
];
const CANCELLED: Forms = { one: 'upcoming appointment', other: 'upcoming appointments' };

/** Whether a value from the history entry is a set of counts this page can show. */
export function isDeletedCounts(value: unknown): value is DeletedCounts {
  if (typeof value !== 'object' || value === null) return false;
  const keys: (keyof DeletedCounts)[] = [...REMOVED.map(([key]) => key), 'appointmentsCancelled'];
  return keys.every((key) => {
    const n = (value as Record<string, unknown>)[key];
    return typeof n === 'number' && Number.isInteger(n) && n >= 0;
  });
}

/**
 * Plain sentences saying what went with the account, e.g. "We removed 3 daily logs and
 * 1 check-in. We cancelled 1 upcoming appointment." Counts follow the locale's plural rules.
 */
export function deletedSummary(counts: DeletedCounts, locale = 'en'): string {
  const plural = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  const phrase = (n: number, forms: Forms) =>
    `${number.format(n)} ${forms[plural.select(n)] ?? forms.other}`;
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const removed = REMOVED.filter(([key]) => counts[key] > 0).map(([key, forms]) =>
    phrase(counts[key], forms),
  );
  const cancelled = counts.appointmentsCancelled;
  const sentences = [
    removed.length > 0 ? `We removed ${list.format(removed)}.` : null,
    cancelled > 0 ? `We cancelled ${phrase(cancelled, CANCELLED)}.` : null,
  ].filter((p) => p !== null);
  if (sentences.length === 0)
    return 'There were no logs, sessions or check-ins to remove, and no upcoming appointments.';
  return sentences.join(' ');
}
