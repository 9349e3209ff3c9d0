import type { Kysely } from 'kysely';

/**
 * Which locations an admin account manages. An admin with no rows here manages the whole chain
 * (opening locations, appointment types); one with rows manages only those locations: their
 * details, therapists, hours, time off, schedules, and closing them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('staff_clinic')
    .addColumn('user_id', 'text', (c) =>
      c.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('clinic_id', 'text', (c) => c.notNull().references('clinic.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('staff_clinic_pk', ['user_id', 'clinic_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('staff_clinic').execute();
}
