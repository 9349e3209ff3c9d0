import { z } from 'zod';
import {
  AppointmentRulesSchema,
  WeeklyHoursSchema,
  type AppointmentRules,
  type Interval,
  type TherapistSchedule,
  type WorkingHours,
} from '../../domain/scheduling/schedule';
import type { Db } from './create-db';
import type { AppointmentTypeTable } from './schema';

/** Shared reads for slot search and booking: therapists' weekly hours, time off and visits. */

export function parseHours(json: string): WorkingHours[] {
  return WeeklyHoursSchema.parse(JSON.parse(json));
}

export function toRules(row: AppointmentTypeTable): AppointmentRules {
  return AppointmentRulesSchema.parse({
    durationMinutes: row.duration_minutes,
    bufferMinutes: row.buffer_minutes,
    stepMinutes: row.step_minutes,
    minNoticeMinutes: row.min_notice_minutes,
    horizonDays: row.horizon_days,
  });
}

export async function findAppointmentType(db: Db, id: string) {
  return db.selectFrom('appointment_type').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Schedules of the given therapists with what blocks them in `range`. Appointments are read
 * with a margin so buffers and long visits that start before the range still count.
 */
export async function loadSchedules(
  db: Db,
  therapists: readonly { id: string; working_hours: string; zone: string }[],
  range: Interval,
): Promise<TherapistSchedule[]> {
  if (therapists.length === 0) return [];
  const ids = therapists.map((t) => t.id);
  const margin = 24 * 60 * 60 * 1000;
  const [timeOff, busy] = await Promise.all([
    db
      .selectFrom('time_off')
      .select(['therapist_id', 'starts_at', 'ends_at'])
      .where('therapist_id', 'in', ids)
      .where('ends_at', '>', range.start)
      .where('starts_at', '<', range.end)
      .execute(),
    db
      .selectFrom('appointment')
      .select(['therapist_id', 'starts_at', 'ends_at'])
      .where('therapist_id', 'in', ids)
      .where('status', '=', 'booked')
      .where('ends_at', '>', range.start - margin)
      .where('starts_at', '<', range.end + margin)
      .execute(),
  ]);
  const byTherapist = <T extends { therapist_id: string; starts_at: number; ends_at: number }>(
    rows: T[],
    id: string,
  ) =>
    rows.filter((r) => r.therapist_id === id).map((r) => ({ start: r.starts_at, end: r.ends_at }));
  return therapists.map((t) => ({
    therapistId: t.id,
    zone: t.zone,
    hours: parseHours(t.working_hours),
    timeOff: byTherapist(timeOff, t.id),
    busy: byTherapist(busy, t.id),
  }));
}

export const ServicesSchema = z.array(z.string());
