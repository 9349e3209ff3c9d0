import { sha256 } from '../http/auth';
import type { Limit } from '../db/rate-limits';
import type { Mail } from '../mail';
import { WORDS } from '../../../content/messages/words';
import { INTL_TAG, type Locale } from '../../domain/i18n/locale';
import type { VisitView } from './view';

/**
 * Booking emails go to whatever address was typed, so one address gets at most 10 an hour:
 * plenty for someone booking, moving and cancelling their own visits, and a ceiling for anyone
 * who would use bookings to fill a stranger's inbox.
 */
export function bookingMailLimits(email: string): Limit[] {
  return [{ key: `booking-mail:to:${sha256(email).slice(0, 32)}`, max: 10, windowMs: 3600_000 }];
}

export const CALENDAR_FILE = 'reliefpath-visit.ics';

/** "Tuesday, December 1 at 8:00 AM CST", in the clinic's own time zone and `locale`. */
export function visitWhen(view: Pick<VisitView, 'start' | 'timeZone'>, locale: Locale): string {
  const at = new Date(view.start);
  const day = new Intl.DateTimeFormat(INTL_TAG[locale], {
    timeZone: view.timeZone,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  }).format(at);
  const time = new Intl.DateTimeFormat(INTL_TAG[locale], {
    timeZone: view.timeZone,
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(at);
  return WORDS[locale].say('mail.visit.when', { day, time });
}

const details = (v: VisitView, locale: Locale) =>
  WORDS[locale].say('mail.visit.details', {
    when: visitWhen(v, locale),
    type: v.appointmentType.name,
    minutes: v.appointmentType.durationMinutes,
    therapist: v.therapist.name,
    where: `${v.clinic.name}, ${v.clinic.address}, ${v.clinic.city}, ${v.clinic.state} ${v.clinic.zip}`,
    phone: v.clinic.phone,
  });

const attach = (calendar: string, method: 'REQUEST' | 'CANCEL') => [
  {
    filename: CALENDAR_FILE,
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content: calendar,
  },
];

/** What just happened to a visit, and so which email says it. */
export type VisitNews = 'booked' | 'moved' | 'cancelled';

/**
 * The email about what just happened to a visit, in the language it was booked in, with its
 * calendar file. No greeting by name: the name was typed by whoever booked, who may not own
 * the address. The manage link is what lets the owner undo a booking they never made.
 */
export function visitMail(
  what: VisitNews,
  v: VisitView,
  calendar: string,
  locale: Locale,
  bookAgain: string,
): Mail {
  const { say } = WORDS[locale];
  return {
    to: v.guest.email,
    subject: say(`mail.${what}.subject`, { when: visitWhen(v, locale) }),
    body: say(`mail.${what}.body`, {
      details: details(v, locale),
      file: CALENDAR_FILE,
      manage: v.links.manage,
      again: bookAgain,
      clinic: v.clinic.name,
    }),
    attachments: attach(calendar, what === 'cancelled' ? 'CANCEL' : 'REQUEST'),
    language: locale,
  };
}
