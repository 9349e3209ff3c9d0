import type { Kysely } from 'kysely';

/**
 * Remote-monitoring set-up and education (CPT 98975): recorded once per patient and therapist,
 * on the local day it was done. The primary key makes a second record impossible.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rtm_setup')
    .addColumn('patient_user_id', 'text', (c) =>
      c.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('therapist_user_id', 'text', (c) =>
      c.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('rtm_setup_pk', ['patient_user_id', 'therapist_user_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rtm_setup').execute();
}
