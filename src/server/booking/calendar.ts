import { createEvent, type EventAttributes } from 'ics';
import type { Locale } from '../../domain/i18n/locale';

/**
 * How a calendar file speaks (RFC 5546): PUBLISH for the file someone downloads and imports;
 * REQUEST and CANCEL for the copies emailed to the person booked, which mail programs apply to
 * the event they already have with that UID when the SEQUENCE is higher.
 */
export type CalendarMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL';

export type VisitEvent = {
  /** Stays the same through every move of the visit. */
  uid: string;
  /** 0 when booked, raised by every move and by the cancel. */
  sequence: number;
  method: CalendarMethod;
  start: number;
  end: number;
  /** When this file was made. */
  stamp: number;
  title: string;
  description: string;
  location: string;
  url: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
  /** Reminders before the visit, in the visit's language. */
  alarms: { hoursBefore: number; description: string }[];
  /** The language the words are in. */
  language: Locale;
};

/** A visit's event UID, made from its first appointment's id and kept through every move. */
export const calendarUid = (firstAppointmentId: string) => `${firstAppointmentId}@reliefpath`;

/** Hours before the visit a calendar reminds: the day before, and two hours before. */
export const VISIT_ALARMS = [24, 2] as const;

/** One visit as an RFC 5545 file, in UTC so every calendar shows the right time. */
export function visitCalendar(event: VisitEvent): string {
  const cancelled = event.method === 'CANCEL';
  // `timestamp` (DTSTAMP) is read by ics though its types leave it out; without it, the clock.
  const attributes: EventAttributes & { timestamp: number } = {
    productId: `-//ReliefPath//Booking//${event.language.toUpperCase()}`,
    method: event.method,
    uid: event.uid,
    sequence: event.sequence,
    timestamp: event.stamp,
    start: event.start,
    startInputType: 'utc',
    startOutputType: 'utc',
    end: event.end,
    endInputType: 'utc',
    endOutputType: 'utc',
    title: event.title,
    description: event.description,
    location: event.location,
    url: event.url,
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    organizer: event.organizer,
    // A published file names no attendees (RFC 5546 §3.2.1); an invitation or cancel does.
    ...(event.method === 'PUBLISH'
      ? {}
      : {
          attendees: [
            {
              ...event.attendee,
              rsvp: false,
              partstat: 'ACCEPTED' as const,
              role: 'REQ-PARTICIPANT' as const,
            },
          ],
        }),
    ...(cancelled
      ? {}
      : {
          alarms: event.alarms.map(({ hoursBefore, description }) => ({
            action: 'display' as const,
            description,
            trigger: { hours: hoursBefore, before: true },
          })),
        }),
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw error ?? new Error('calendar file could not be built');
  return value;
}
