import { PostgresAdapter, type Kysely, type Transaction } from 'kysely';
import { slotLabel } from '../../domain/scheduling/slot-label';
import type { Database } from '../db/schema';
import type { StaffVisit } from './schemas';

type Reader = Kysely<Database> | Transaction<Database>;

/**
 * Booked visits that start in [from, to) (or, without `to`, from `from` on), for one therapist
 * or one location, earliest first. `stranded` keeps only those nobody can keep: with a
 * deactivated therapist or at a closed location.
 */
export async function bookedVisits(
  db: Reader,
  where: {
    therapistId?: string;
    clinicId?: string;
    from: number;
    to?: number;
    /** Ends after `from` rather than starting at or after it: a visit under way counts. */
    overlapping?: boolean;
    stranded?: boolean;
  },
): Promise<StaffVisit[]> {
  let query = db
    .selectFrom('appointment')
    .innerJoin('therapist', 'therapist.id', 'appointment.therapist_id')
    .innerJoin('clinic', 'clinic.id', 'appointment.clinic_id')
    .innerJoin('appointment_type', 'appointment_type.id', 'appointment.appointment_type_id')
    .select([
      'appointment.id',
      'appointment.starts_at',
      'appointment.guest_name',
      'appointment.guest_email',
      'appointment.guest_phone',
      'therapist.name as therapist_name',
      'appointment_type.name as type_name',
      'clinic.time_zone',
    ])
    .where('appointment.status', '=', 'booked')
    .orderBy('appointment.starts_at')
    .orderBy('therapist.name');
  query = where.overlapping
    ? query.where('appointment.ends_at', '>', where.from)
    : query.where('appointment.starts_at', '>=', where.from);
  if (where.to !== undefined) query = query.where('appointment.starts_at', '<', where.to);
  if (where.therapistId) query = query.where('appointment.therapist_id', '=', where.therapistId);
  if (where.clinicId) query = query.where('appointment.clinic_id', '=', where.clinicId);
  if (where.stranded)
    query = query.where((eb) =>
      eb.or([
        eb('therapist.deactivated_at', 'is not', null),
        eb('clinic.closed_at', 'is not', null),
      ]),
    );
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    start: new Date(r.starts_at).toISOString(),
    ...slotLabel(r.time_zone, r.starts_at),
    therapistName: r.therapist_name,
    type: r.type_name,
    patient: { name: r.guest_name, email: r.guest_email, phone: r.guest_phone },
  }));
}

/**
 * Holds a therapist's row (and so their bookings: see migration 0016) until the transaction
 * ends. SQLite runs one write transaction at a time already.
 */
export async function lockTherapist(trx: Transaction<Database>, therapistId: string) {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  await trx
    .selectFrom('therapist')
    .select('id')
    .where('id', '=', therapistId)
    .forUpdate()
    .execute();
}
