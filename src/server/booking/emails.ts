import { sha256 } from '../http/auth';
import type { Limit } from '../db/rate-limits';
import type { Mail } from '../mail';
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

const plural = new Intl.PluralRules('en-US');
const minutes = (n: number) => `${n} ${plural.select(n) === 'one' ? 'minute' : 'minutes'}`;

/** "Tuesday, December 1 at 8:00 AM CST", in the clinic's own time zone. */
export function visitWhen(view: Pick<VisitView, 'start' | 'timeZone'>): string {
  const at = new Date(view.start);
  const day = new Intl.DateTimeFormat('en-US', {
    timeZone: view.timeZone,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  }).format(at);
  const time = new Intl.DateTimeFormat('en-US', {
    timeZone: view.timeZone,
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(at);
  return `${day} at ${time}`;
}

const details = (v: VisitView) =>
  [
    `  When:  ${visitWhen(v)}`,
    `  What:  ${v.appointmentType.name} (${minutes(v.appointmentType.durationMinutes)}) with ${v.therapist.name}`,
    `  Where: ${v.clinic.name}, ${v.clinic.address}, ${v.clinic.city}, ${v.clinic.state} ${v.clinic.zip}`,
    `  Phone: ${v.clinic.phone}`,
  ].join('\n');

const attach = (calendar: string, method: 'REQUEST' | 'CANCEL') => [
  {
    filename: CALENDAR_FILE,
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content: calendar,
  },
];

/*
 * No greeting by name: the name was typed by whoever booked, who may not own the address.
 * The manage link is what lets the owner undo a booking they never made.
 */

export const bookedMail = (v: VisitView, calendar: string): Mail => ({
  to: v.guest.email,
  subject: `Your visit on ${visitWhen(v)} is booked`,
  body: `Hello,

Your physical therapy visit is booked. Here is what we have:

${details(v)}

The calendar file attached to this email (${CALENDAR_FILE}) adds the visit to your calendar, with a reminder the day before and two hours before.

If you need to move or cancel it, use your private link:
${v.links.manage}

Please keep this link to yourself: anyone who has it can change the visit. If you didn't book this visit, you can cancel it with the same link.

Take care, and see you soon,
${v.clinic.name}`,
  attachments: attach(calendar, 'REQUEST'),
});

export const movedMail = (v: VisitView, calendar: string): Mail => ({
  to: v.guest.email,
  subject: `Your visit has moved to ${visitWhen(v)}`,
  body: `Hello,

Your visit has a new time. Here is what we have now:

${details(v)}

The calendar file attached to this email updates the visit that is already in your calendar.

To move or cancel it again, use this new private link (the one in earlier emails no longer changes the visit):
${v.links.manage}

Take care, and see you soon,
${v.clinic.name}`,
  attachments: attach(calendar, 'REQUEST'),
});

export const cancelledMail = (v: VisitView, calendar: string, bookAgain: string): Mail => ({
  to: v.guest.email,
  subject: `Your visit on ${visitWhen(v)} is cancelled`,
  body: `Hello,

Your visit is cancelled, and there is nothing else you need to do:

${details(v)}

The calendar file attached to this email takes the visit out of your calendar.

Whenever you would like to come in, you can pick a new time here:
${bookAgain}

Take care,
${v.clinic.name}`,
  attachments: attach(calendar, 'CANCEL'),
});
