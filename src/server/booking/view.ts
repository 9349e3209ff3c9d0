import { slotLabel } from '../../domain/scheduling/slot-label';
import type { Db } from '../db/create-db';
import { WORDS } from '../../../content/messages/words';
import { calendarUid, VISIT_ALARMS, visitCalendar, type CalendarMethod } from './calendar';
import { appointmentToken } from './links';
import { appointmentDetails, latestSuccessorOf } from './queries';

type Deps = { db: Db; secret: string; publicUrl: string; organizerEmail: string };

/** An appointment as the API and the emails show it, with its private links. */
export function visitViews({ db, secret, publicUrl, organizerEmail }: Deps) {
  const links = (id: string) => {
    const token = appointmentToken(secret, id);
    return {
      manage: `${publicUrl}/appointments/${id}?token=${token}`,
      calendar: `${publicUrl}/api/v1/appointments/${id}/calendar.ics?token=${token}`,
    };
  };

  /** The view plus what only the calendar needs (not shown through the API). */
  async function load(id: string) {
    const [row, successor] = await Promise.all([
      appointmentDetails(db, id),
      latestSuccessorOf(db, id),
    ]);
    if (!row) return null;
    const view = {
      id: row.id,
      status: row.status,
      start: new Date(row.starts_at).toISOString(),
      end: new Date(row.ends_at).toISOString(),
      ...slotLabel(row.clinic_time_zone, row.starts_at),
      timeZone: row.clinic_time_zone,
      clinic: {
        id: row.clinic_id,
        name: row.clinic_name,
        address: row.clinic_address,
        city: row.clinic_city,
        state: row.clinic_state,
        zip: row.clinic_zip,
        phone: row.clinic_phone,
      },
      therapist: { id: row.therapist_id, name: row.therapist_name },
      appointmentType: {
        id: row.appointment_type_id,
        name: row.type_name,
        durationMinutes: row.type_duration,
      },
      guest: { name: row.guest_name, email: row.guest_email, phone: row.guest_phone },
      rescheduledFrom: row.rescheduled_from,
      movedTo: successor
        ? {
            start: new Date(successor.starts_at).toISOString(),
            ...slotLabel(successor.time_zone, successor.starts_at),
          }
        : null,
      links: links(row.id),
    };
    return {
      view,
      uid: row.calendar_uid ?? calendarUid(row.id),
      sequence: row.calendar_sequence,
      locale: row.locale,
    };
  }

  async function view(id: string) {
    return (await load(id))?.view ?? null;
  }

  /** The visit's calendar file as of `stamp`. */
  function calendarOf(
    visit: NonNullable<Awaited<ReturnType<typeof load>>>,
    method: CalendarMethod,
    stamp: number,
  ) {
    const { view } = visit;
    const { say } = WORDS[visit.locale];
    const title = say('calendar.title', {
      type: view.appointmentType.name,
      therapist: view.therapist.name,
    });
    return visitCalendar({
      uid: visit.uid,
      sequence: visit.sequence,
      method,
      start: Date.parse(view.start),
      end: Date.parse(view.end),
      stamp,
      title,
      description: say('calendar.description', {
        clinic: view.clinic.name,
        phone: view.clinic.phone,
        manage: view.links.manage,
      }),
      alarms: VISIT_ALARMS.map((hoursBefore) => ({
        hoursBefore,
        description: say('calendar.alarm', { hours: hoursBefore, title }),
      })),
      language: visit.locale,
      location: `${view.clinic.name}, ${view.clinic.address}, ${view.clinic.city}, ${view.clinic.state} ${view.clinic.zip}`,
      url: view.links.manage,
      organizer: { name: view.clinic.name, email: organizerEmail },
      attendee: { name: view.guest.name, email: view.guest.email },
    });
  }

  return { load, view, calendarOf };
}

export type Visit = NonNullable<Awaited<ReturnType<ReturnType<typeof visitViews>['load']>>>;
export type VisitView = Visit['view'];
