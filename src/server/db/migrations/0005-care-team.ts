import type { Kysely } from 'kysely';

/** Therapist–patient links (F1), standing invite links (no codes to retype), and red-flag screens by signed-in patients. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('care_relationship')
    .addColumn('therapist_user_id', 'text', (c) =>
      c.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('patient_user_id', 'text', (c) =>
      c.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('care_relationship_pk', ['therapist_user_id', 'patient_user_id'])
    .execute();
  await db.schema
    .createIndex('care_relationship_patient')
    .on('care_relationship')
    .column('patient_user_id')
    .execute();

  await db.schema
    .createTable('invite')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('therapist_user_id', 'text', (c) =>
      c.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('revoked_at', 'bigint')
    .execute();

  await db.schema
    .alterTable('safety_screening')
    .addColumn('user_id', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('safety_screening').dropColumn('user_id').execute();
  await db.schema.dropTable('invite').execute();
  await db.schema.dropTable('care_relationship').execute();
}
