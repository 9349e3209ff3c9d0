import { sql, type Kysely } from 'kysely';

/**
 * Clinics, therapists, appointment types, time off and appointments. Instants are epoch
 * milliseconds (bigint); weekly hours are local wall-clock rules (JSON) plus the clinic's zone.
 *
 * No double booking is enforced by the database on both engines with a claims table: an
 * appointment claims every 5-minute block it covers (plus its trailing buffer), and the
 * primary key (therapist_id, block_start) admits one claim per block. Staggered overlaps
 * (9:00, 9:15, 9:30) share blocks, so they collide too, which an exact-match key would miss.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('clinic')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('zip', 'text', (c) => c.notNull())
    .addColumn('lat', 'double precision', (c) => c.notNull())
    .addColumn('lon', 'double precision', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('services', 'text', (c) => c.notNull())
    .addColumn('opening_hours', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('therapist')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', (c) => c.notNull().references('clinic.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('credentials', 'text', (c) => c.notNull())
    .addColumn('bio', 'text', (c) => c.notNull())
    .addColumn('working_hours', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('therapist_clinic').on('therapist').column('clinic_id').execute();

  await db.schema
    .createTable('appointment_type')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('buffer_minutes', 'integer', (c) => c.notNull())
    .addColumn('step_minutes', 'integer', (c) => c.notNull())
    .addColumn('min_notice_minutes', 'integer', (c) => c.notNull())
    .addColumn('horizon_days', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('time_off')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('therapist_id', 'text', (c) =>
      c.notNull().references('therapist.id').onDelete('cascade'),
    )
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    .addColumn('ends_at', 'bigint', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addCheckConstraint('time_off_positive', sql`ends_at > starts_at`)
    .execute();
  await db.schema
    .createIndex('time_off_therapist')
    .on('time_off')
    .columns(['therapist_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('appointment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', (c) => c.notNull().references('clinic.id'))
    .addColumn('therapist_id', 'text', (c) => c.notNull().references('therapist.id'))
    .addColumn('appointment_type_id', 'text', (c) => c.notNull().references('appointment_type.id'))
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    .addColumn('ends_at', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('booked', 'cancelled')`))
    .addColumn('guest_name', 'text', (c) => c.notNull())
    .addColumn('guest_email', 'text', (c) => c.notNull())
    .addColumn('guest_phone', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.unique())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('rescheduled_from', 'text', (c) => c.references('appointment.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('cancelled_at', 'bigint')
    .addCheckConstraint('appointment_positive', sql`ends_at > starts_at`)
    .execute();
  await db.schema
    .createIndex('appointment_therapist_time')
    .on('appointment')
    .columns(['therapist_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('appointment_claim')
    .addColumn('therapist_id', 'text', (c) => c.notNull())
    .addColumn('block_start', 'bigint', (c) => c.notNull())
    .addColumn('appointment_id', 'text', (c) =>
      c.notNull().references('appointment.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('appointment_claim_pk', ['therapist_id', 'block_start'])
    .execute();
  await db.schema
    .createIndex('appointment_claim_appointment')
    .on('appointment_claim')
    .column('appointment_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'appointment_claim',
    'appointment',
    'time_off',
    'appointment_type',
    'therapist',
    'clinic',
  ])
    await db.schema.dropTable(table).execute();
}
