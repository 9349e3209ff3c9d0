import type { MessageKey } from '../../../content/messages/en';
import type { Words } from '../../domain/i18n/words';
import type { DeletedCounts } from '../api';

/** Each kind of record removed, counted by its own plural message ("deleted.dailyLogs"). */
const REMOVED = ['dailyLogs', 'sessions', 'checkins', 'programVersions', 'habitChecks'] as const;

/** Whether a value from the history entry is a set of counts this page can show. */
export function isDeletedCounts(value: unknown): value is DeletedCounts {
  if (typeof value !== 'object' || value === null) return false;
  const keys: (keyof DeletedCounts)[] = [...REMOVED, 'appointmentsCancelled'];
  return keys.every((key) => {
    const n = (value as Record<string, unknown>)[key];
    return typeof n === 'number' && Number.isInteger(n) && n >= 0;
  });
}

/**
 * Plain sentences saying what went with the account, e.g. "We removed 3 daily logs and
 * 1 check-in. We cancelled 1 upcoming appointment." Counts follow the language's plural rules.
 */
export function deletedSummary(counts: DeletedCounts, { say, list }: Words<MessageKey>): string {
  const removed = REMOVED.filter((key) => counts[key] > 0).map((key) =>
    say(`deleted.${key}`, { count: counts[key] }),
  );
  const cancelled = counts.appointmentsCancelled;
  const sentences = [
    removed.length > 0 ? say('deleted.removed', { items: list(removed, 'and') }) : null,
    cancelled > 0 ? say('deleted.cancelled', { count: cancelled }) : null,
  ].filter((p) => p !== null);
  if (sentences.length === 0) return say('deleted.nothing');
  return sentences.join(' ');
}
