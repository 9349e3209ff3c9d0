import type { Kysely } from 'kysely';

/**
 * One counter row per rate-limit key, bumped and read back in a single upsert, so parallel
 * requests each see their own count and at most the limit get through. It replaces
 * `login_attempt`, which was read and then written: fifty requests at once all read "none yet".
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rate_limit')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'bigint', (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('rate_limit_window')
    .on('rate_limit')
    .column('window_start')
    .execute();
  await db.schema.dropTable('login_attempt').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('login_attempt')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('login_attempt_key_at')
    .on('login_attempt')
    .columns(['key', 'at'])
    .execute();
  await db.schema.dropTable('rate_limit').execute();
}
