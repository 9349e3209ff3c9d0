import { createEvent } from 'ics';

export type CalendarEvent = {
  id: string;
  start: number;
  end: number;
  title: string;
  description: string;
  location: string;
  url: string;
  cancelled: boolean;
};

const utcParts = (ms: number): [number, number, number, number, number] => {
  const d = new Date(ms);
  return [
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
  ];
};

/** An RFC 5545 calendar file for one appointment, in UTC so every calendar shows the right time. */
export function appointmentIcs(event: CalendarEvent): string {
  const { error, value } = createEvent({
    uid: `${event.id}@reliefpath`,
    start: utcParts(event.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utcParts(event.end),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: event.title,
    description: event.description,
    location: event.location,
    url: event.url,
    status: event.cancelled ? 'CANCELLED' : 'CONFIRMED',
    productId: 'reliefpath/booking',
    method: 'PUBLISH',
  });
  if (error || !value) throw error ?? new Error('calendar file could not be built');
  return value;
}
