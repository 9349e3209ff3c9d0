import type { Kysely } from 'kysely';

/** Home programs (F2): every change is a new version, history kept; therapists' templates. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('program_version')
    .addColumn('patient_user_id', 'text', (c) =>
      c.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('therapist_user_id', 'text', (c) => c.notNull().references('user_account.id'))
    .addColumn('program', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('program_version_pk', ['patient_user_id', 'version'])
    .execute();

  await db.schema
    .createTable('program_template')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('therapist_user_id', 'text', (c) =>
      c.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('program', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('program_template').execute();
  await db.schema.dropTable('program_version').execute();
}
