import type { Kysely } from 'kysely';

/** Treatment-management minutes a therapist logs for remote monitoring (F6). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rtm_minutes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('patient_user_id', 'text', (c) =>
      c.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('therapist_user_id', 'text', (c) =>
      c.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('rtm_minutes_patient')
    .on('rtm_minutes')
    .columns(['patient_user_id', 'local_date'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rtm_minutes').execute();
}
