import { sql, type Kysely } from 'kysely';

/**
 * A visit's language (issue 13): the one it was booked in, so every email and calendar file
 * about it (booked, moved, cancelled) is written in it. Visits booked before read English.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('appointment')
    .addColumn('locale', 'text', (c) =>
      c
        .notNull()
        .defaultTo('en')
        .check(sql`locale in ('en', 'es')`),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('appointment').dropColumn('locale').execute();
}
