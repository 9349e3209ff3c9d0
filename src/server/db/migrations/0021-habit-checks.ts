import { sql, type Kysely } from 'kysely';

/**
 * The daily habit check (issue 11, stage 4): one answer per patient, local day and habit.
 * The primary key makes a repeated or concurrent save of the same day an update, not a copy.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('habit_check')
    .addColumn('user_id', 'text', (c) =>
      c.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('habit_id', 'text', (c) => c.notNull())
    .addColumn('done', 'integer', (c) => c.notNull().check(sql`done in (0, 1)`))
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('habit_check_pk', ['user_id', 'local_date', 'habit_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('habit_check').execute();
}
