import type { Kysely } from 'kysely';

/**
 * The signing secret lives in the database, so every app process on one database signs and
 * checks links and CSRF tokens alike, with nothing to copy between machines.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('app_secret')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('app_secret').execute();
}
