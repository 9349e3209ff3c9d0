import { PostgresAdapter, sql } from 'kysely';
import { claimBlocks } from '../../domain/scheduling/claims';
import type { Db } from '../db/create-db';
import { calendarUid } from './calendar';
import type { Locale } from '../../domain/i18n/locale';
import type { AppointmentCalendarColumns, AppointmentTable } from '../db/schema';

/** A new appointment row with the calendar event it carries (derived from its id if left out). */
export type NewAppointment = AppointmentTable & {
  calendar_uid?: string;
  calendar_sequence?: number;
  locale?: Locale;
};

type Transaction = Parameters<Parameters<ReturnType<Db['transaction']>['execute']>[0]>[0];

export function findAppointment(db: Db, id: string) {
  return db.selectFrom('appointment').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findByIdempotencyKey(db: Db, key: string) {
  return db
    .selectFrom('appointment')
    .selectAll()
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

export function findTherapist(db: Db, id: string) {
  return db
    .selectFrom('therapist')
    .innerJoin('clinic', 'clinic.id', 'therapist.clinic_id')
    .select(['therapist.id', 'therapist.name', 'therapist.clinic_id'])
    .where('therapist.id', '=', id)
    .executeTakeFirst();
}

/** The appointment and its claims in one statement pair; a clash throws a unique violation. */
async function insertWithClaims(trx: Transaction, appointment: NewAppointment, bufferMs: number) {
  await trx.insertInto('appointment').values(appointment).execute();
  await trx
    .insertInto('appointment_claim')
    .values(
      claimBlocks(appointment.starts_at, appointment.ends_at, bufferMs).map((block_start) => ({
        therapist_id: appointment.therapist_id,
        block_start,
        appointment_id: appointment.id,
      })),
    )
    .execute();
}

type Released = Pick<AppointmentCalendarColumns, 'calendar_uid'> & { calendar_sequence: number };

/**
 * Marks a booked appointment cancelled, frees its time and raises its calendar SEQUENCE. The
 * status check in the UPDATE is the claim: of several requests racing for one appointment,
 * exactly one sees it still booked. Returns the event's UID and new SEQUENCE, or undefined.
 */
async function release(trx: Transaction, id: string, at: number): Promise<Released | undefined> {
  const claimed = await trx
    .updateTable('appointment')
    .set((eb) => ({
      status: 'cancelled',
      cancelled_at: at,
      calendar_sequence: eb('calendar_sequence', '+', 1),
    }))
    .where('id', '=', id)
    .where('status', '=', 'booked')
    .returning(['calendar_uid', 'calendar_sequence'])
    .executeTakeFirst();
  if (claimed) await trx.deleteFrom('appointment_claim').where('appointment_id', '=', id).execute();
  return claimed && { ...claimed, calendar_sequence: Number(claimed.calendar_sequence) };
}

/**
 * Book in one atomic step. On PostgreSQL that is a single statement (the appointment and its
 * claims in one round trip, so contention is decided by the unique index without a transaction
 * held across round trips); SQLite, which has no INSERT in WITH, uses a transaction.
 */
export async function book(db: Db, appointment: NewAppointment, bufferMs: number) {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter))
    return db.transaction().execute((trx) => insertWithClaims(trx, appointment, bufferMs));
  const blocks = claimBlocks(appointment.starts_at, appointment.ends_at, bufferMs);
  await sql`with booked as (${db.insertInto('appointment').values(appointment).returning('id')})
    insert into appointment_claim (therapist_id, block_start, appointment_id)
    select ${appointment.therapist_id}, block, booked.id from booked, unnest(${blocks}::bigint[]) as block`.execute(
    db,
  );
}

/** The appointment this one was moved to, if it was. */
export function successorOf(db: Db, id: string) {
  return db
    .selectFrom('appointment')
    .innerJoin('clinic', 'clinic.id', 'appointment.clinic_id')
    .select(['appointment.id', 'appointment.starts_at', 'clinic.time_zone'])
    .where('appointment.rescheduled_from', '=', id)
    .executeTakeFirst();
}

/** Where a moved visit ended up, following every later move (a chain is a handful at most). */
export async function latestSuccessorOf(db: Db, id: string) {
  let latest = await successorOf(db, id);
  for (let hops = 0; latest && hops < 100; hops++) {
    const next = await successorOf(db, latest.id);
    if (!next) break;
    latest = next;
  }
  return latest;
}

/** True when this call cancelled it; false when it was already cancelled or moved. */
export function cancel(db: Db, id: string, at: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => (await release(trx, id, at)) !== undefined);
}

/**
 * Claim the old appointment, free its time and take the new in one transaction: on a clash
 * nothing changes. False when the old one was already moved or cancelled (by a racing request
 * too), so one appointment never has more than one live successor. The new row carries the
 * visit's calendar event on, its SEQUENCE raised, as read by the claiming UPDATE.
 */
export function reschedule(
  db: Db,
  oldId: string,
  next: AppointmentTable,
  bufferMs: number,
  at: number,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const released = await release(trx, oldId, at);
    if (!released) return false;
    await insertWithClaims(
      trx,
      {
        ...next,
        calendar_uid: released.calendar_uid ?? calendarUid(oldId),
        calendar_sequence: released.calendar_sequence,
      },
      bufferMs,
    );
    return true;
  });
}

export function appointmentDetails(db: Db, id: string) {
  return db
    .selectFrom('appointment')
    .innerJoin('clinic', 'clinic.id', 'appointment.clinic_id')
    .innerJoin('therapist', 'therapist.id', 'appointment.therapist_id')
    .innerJoin('appointment_type', 'appointment_type.id', 'appointment.appointment_type_id')
    .selectAll('appointment')
    .select([
      'clinic.name as clinic_name',
      'clinic.address as clinic_address',
      'clinic.city as clinic_city',
      'clinic.state as clinic_state',
      'clinic.zip as clinic_zip',
      'clinic.phone as clinic_phone',
      'clinic.time_zone as clinic_time_zone',
      'therapist.name as therapist_name',
      'appointment_type.name as type_name',
      'appointment_type.duration_minutes as type_duration',
    ])
    .where('appointment.id', '=', id)
    .executeTakeFirst();
}

export async function patientAppointments(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('appointment')
    .select('id')
    .where('patient_user_id', '=', userId)
    .orderBy('starts_at', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => r.id);
}
