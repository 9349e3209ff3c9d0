import type { AppointmentRules, Interval } from '../../domain/scheduling/schedule';
import { slotLabel } from '../../domain/scheduling/slot-label';
import { computeSlots } from '../../domain/scheduling/slots';
import { ZoneCalendar } from '../../domain/scheduling/zone-calendar';
import type { Db } from './create-db';
import { loadSchedules } from './schedules';

export type OpenSlot = { start: number; end: number; therapistId: string };

/** One calendar for the whole process: zone conversions are pure, so the cache never goes stale. */
const calendar = new ZoneCalendar();

/**
 * Open slots at a clinic (optionally one therapist) for an appointment type, earliest first.
 * `ignoreBookings` answers "is this a slot we offer at all?", leaving clashes to the database.
 */
export async function clinicSlots(
  db: Db,
  clinic: { id: string; time_zone: string },
  rules: AppointmentRules,
  range: Interval,
  now: number,
  {
    therapistId,
    ignoreBookings = false,
  }: { therapistId?: string | undefined; ignoreBookings?: boolean } = {},
): Promise<OpenSlot[]> {
  // A deactivated therapist, or anyone at a closed location, offers nothing.
  let query = db
    .selectFrom('therapist')
    .innerJoin('clinic', 'clinic.id', 'therapist.clinic_id')
    .select(['therapist.id', 'therapist.working_hours'])
    .where('therapist.clinic_id', '=', clinic.id)
    .where('therapist.deactivated_at', 'is', null)
    .where('clinic.closed_at', 'is', null);
  if (therapistId) query = query.where('therapist.id', '=', therapistId);
  const therapists = (await query.execute()).map((t) => ({ ...t, zone: clinic.time_zone }));
  const schedules = (await loadSchedules(db, therapists, range)).map((s) =>
    ignoreBookings ? { ...s, busy: [] } : s,
  );
  const duration = rules.durationMinutes * 60_000;
  return schedules
    .flatMap((s) =>
      computeSlots(s, rules, range, now, calendar).map((start) => ({
        start,
        end: start + duration,
        therapistId: s.therapistId,
      })),
    )
    .sort((a, b) => a.start - b.start || a.therapistId.localeCompare(b.therapistId));
}

/** Slots as the API shows them: ISO instants, therapist names, the clinic's local date and time. */
export async function describeSlots(db: Db, clinic: { time_zone: string }, slots: OpenSlot[]) {
  const ids = [...new Set(slots.map((s) => s.therapistId))];
  const rows = ids.length
    ? await db.selectFrom('therapist').select(['id', 'name']).where('id', 'in', ids).execute()
    : [];
  const names = new Map(rows.map((t) => [t.id, t.name]));
  return slots.map((s) => ({
    start: new Date(s.start).toISOString(),
    end: new Date(s.end).toISOString(),
    therapistId: s.therapistId,
    therapistName: names.get(s.therapistId) ?? '',
    ...slotLabel(clinic.time_zone, s.start),
  }));
}
