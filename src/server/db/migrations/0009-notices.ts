import type { Kysely } from 'kysely';

/**
 * Mail that left the app about a patient (therapist alerts, missed-day nudges), one row per
 * notice key so each goes out once however often it is checked, with its topic so a concern
 * that persists is not mailed again every day; and each patient's choice of
 * missed-day email with the time zone their days are counted in.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notice')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('patient_user_id', 'text', (c) =>
      c.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('recipient_user_id', 'text', (c) =>
      c.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('sent_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('notice_topic')
    .on('notice')
    .columns(['topic', 'recipient_user_id', 'sent_at'])
    .execute();
  await db.schema
    .createTable('nudge_setting')
    .addColumn('user_id', 'text', (c) =>
      c.primaryKey().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('email', 'integer', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('nudge_setting').execute();
  await db.schema.dropTable('notice').execute();
}
