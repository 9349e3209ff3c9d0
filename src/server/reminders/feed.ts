import { createEvents, type EventAttributes } from 'ics';

/**
 * A calendar of daily stretching reminders. Times are "floating" (no time zone): 8:00 stays
 * 8:00 wherever the person is and across daylight-saving changes, as a personal habit should.
 */
export function reminderFeed(times: readonly string[], firstDay: string, link: string): string {
  const [y, m, d] = firstDay.split('-').map(Number) as [number, number, number];
  const events: EventAttributes[] = times.map((time) => {
    const [hour, minute] = time.split(':').map(Number) as [number, number];
    return {
      uid: `reminder-${time.replace(':', '')}@reliefpath`,
      title: 'Time for your stretches',
      description: `A few gentle minutes with ReliefPath: ${link}`,
      url: link,
      start: [y, m, d, hour, minute],
      startInputType: 'local',
      startOutputType: 'local',
      duration: { minutes: 15 },
      recurrenceRule: 'FREQ=DAILY',
      alarms: [
        {
          action: 'display',
          description: 'Time for your stretches',
          trigger: { minutes: 0, before: true },
        },
      ],
      productId: 'reliefpath/reminders',
      calName: 'ReliefPath stretches',
    };
  });
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('calendar feed could not be built');
  return value;
}
