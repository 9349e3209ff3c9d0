import { sql, type Kysely } from 'kysely';

/**
 * Each person's language (issue 13): what the app, their emails and printouts are written in.
 * A sign-up waiting for its link keeps the language it was started in.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['user_account', 'pending_sign_up'])
    await db.schema
      .alterTable(table)
      .addColumn('locale', 'text', (c) =>
        c
          .notNull()
          .defaultTo('en')
          .check(sql`locale in ('en', 'es')`),
      )
      .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['user_account', 'pending_sign_up'])
    await db.schema.alterTable(table).dropColumn('locale').execute();
}
