import { localDayOf, monthDays, rtmMonth, type RtmMonth } from '../../domain/monitoring/rtm';
import type { Db } from '../db/create-db';
import { therapistPatients } from './queries';

export type RtmReport = {
  month: string;
  therapist: { name: string };
  clinic: { name: string; timeZone: string } | null;
  patients: (RtmMonth & {
    patientId: string;
    name: string;
    timeZone: string;
    today: string;
  })[];
};

/** The therapist's own clinic, whose zone days are counted in when a patient gave none. */
export function therapistClinic(db: Db, therapistUserId: string) {
  return db
    .selectFrom('user_account')
    .leftJoin('therapist', 'therapist.id', 'user_account.therapist_id')
    .leftJoin('clinic', 'clinic.id', 'therapist.clinic_id')
    .select([
      'user_account.name as therapist_name',
      'clinic.name as clinic_name',
      'clinic.time_zone',
    ])
    .where('user_account.id', '=', therapistUserId)
    .executeTakeFirstOrThrow();
}

/** The day set-up and education was recorded for this patient by this therapist, if ever. */
export async function setupDay(db: Db, therapistUserId: string, patientUserId: string) {
  const row = await db
    .selectFrom('rtm_setup')
    .select('local_date')
    .where('therapist_user_id', '=', therapistUserId)
    .where('patient_user_id', '=', patientUserId)
    .executeTakeFirst();
  return row?.local_date ?? null;
}

/** The zone a patient's days are counted in: their own, else their therapist's clinic's. */
export async function patientZone(db: Db, therapistUserId: string, patientUserId: string) {
  const [own, clinic] = await Promise.all([
    db
      .selectFrom('nudge_setting')
      .select('time_zone')
      .where('user_id', '=', patientUserId)
      .executeTakeFirst(),
    therapistClinic(db, therapistUserId),
  ]);
  return own?.time_zone ?? clinic.time_zone ?? 'UTC';
}

async function patientRecords(db: Db, therapistUserId: string, patientUserId: string) {
  const [logs, sessions, minutes, setup, zone] = await Promise.all([
    db.selectFrom('daily_log').select('local_date').where('user_id', '=', patientUserId).execute(),
    db
      .selectFrom('exercise_session')
      .select('local_date')
      .where('user_id', '=', patientUserId)
      .execute(),
    db
      .selectFrom('rtm_minutes')
      .select(['local_date', 'minutes', 'live_contact'])
      .where('patient_user_id', '=', patientUserId)
      .where('therapist_user_id', '=', therapistUserId)
      .execute(),
    setupDay(db, therapistUserId, patientUserId),
    db
      .selectFrom('nudge_setting')
      .select('time_zone')
      .where('user_id', '=', patientUserId)
      .executeTakeFirst(),
  ]);
  return {
    dataDays: [...logs, ...sessions].map((r) => r.local_date),
    minutes: minutes.map((m) => ({
      date: m.local_date,
      minutes: m.minutes,
      liveContact: m.live_contact === 1,
    })),
    setupOn: setup,
    patientZone: zone?.time_zone ?? null,
  };
}

/**
 * One therapist's RTM for a month: each patient on their own clocks. Days are the patient's
 * own (their logs and sessions carry local dates; their joining day and today are read in
 * their time zone, or the clinic's when they never gave one). Minutes are this therapist's.
 */
export async function rtmReport(
  db: Db,
  therapistUserId: string,
  month: string,
  now: number,
  onlyPatient?: string,
): Promise<RtmReport> {
  const clinic = await therapistClinic(db, therapistUserId);
  const fallbackZone = clinic.time_zone ?? 'UTC';
  const { last } = monthDays(month);
  const team = await therapistPatients(db, therapistUserId);
  const rows = await Promise.all(
    team
      .filter((p) => onlyPatient === undefined || p.id === onlyPatient)
      .map(async (p) => {
        const records = await patientRecords(db, therapistUserId, p.id);
        const timeZone = records.patientZone ?? fallbackZone;
        const startedOn = localDayOf(p.created_at, timeZone);
        const today = localDayOf(now, timeZone);
        return {
          patientId: p.id,
          name: p.name,
          timeZone,
          today,
          ...rtmMonth({ month, today, startedOn, ...records }),
        };
      }),
  );
  return {
    month,
    therapist: { name: clinic.therapist_name },
    clinic: clinic.clinic_name
      ? { name: clinic.clinic_name, timeZone: clinic.time_zone ?? fallbackZone }
      : null,
    // Someone who joined after the month has nothing in it.
    patients: rows.filter((r) => r.startedOn <= last),
  };
}
