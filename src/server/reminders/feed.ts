import { createEvents, type EventAttributes } from 'ics';
import { WORDS } from '../../../content/messages/words';
import type { Locale } from '../../domain/i18n/locale';

/**
 * ics writes a zero duration as "PT", which RFC 5545 does not allow (a duration names at least
 * one unit; calendar parsers refuse it), so an alarm at the event's own start is spelled out.
 */
const atStart = (calendar: string) => calendar.replace(/^TRIGGER:-?PT\r$/gm, 'TRIGGER:PT0S\r');

/**
 * A calendar of daily stretching reminders. Times are "floating" (no time zone): 8:00 stays
 * 8:00 wherever the person is and across daylight-saving changes, as a personal habit should.
 * Each reminder rings at its own time. `savedAt` (when the times were chosen) is the DTSTAMP.
 */
export function reminderFeed(
  times: readonly string[],
  firstDay: string,
  link: string,
  savedAt: number,
  locale: Locale,
): string {
  const { say } = WORDS[locale];
  const title = say('reminderFeed.title');
  const [y, m, d] = firstDay.split('-').map(Number) as [number, number, number];
  const events: (EventAttributes & { timestamp: number })[] = times.map((time) => {
    const [hour, minute] = time.split(':').map(Number) as [number, number];
    return {
      uid: `reminder-${time.replace(':', '')}@reliefpath`,
      timestamp: savedAt,
      title,
      description: say('reminderFeed.description', { link }),
      url: link,
      start: [y, m, d, hour, minute],
      startInputType: 'local',
      startOutputType: 'local',
      duration: { minutes: 15 },
      recurrenceRule: 'FREQ=DAILY',
      alarms: [{ action: 'display', description: title, trigger: { minutes: 0 } }],
    };
  });
  const { error, value } = createEvents(events, {
    productId: `-//ReliefPath//Reminders//${locale.toUpperCase()}`,
    calName: say('reminderFeed.name'),
  });
  if (error || !value) throw error ?? new Error('calendar feed could not be built');
  return atStart(value);
}
