import { sql, type Kysely } from 'kysely';

/** Patient progress (E1–E2): saved sessions with every check-in, and a daily pain/function log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('exercise_session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) =>
      c.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('started_at', 'bigint', (c) => c.notNull())
    .addColumn('finished_at', 'bigint', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('finished', 'stopped')`))
    .addColumn('items', 'text', (c) => c.notNull())
    .addUniqueConstraint('exercise_session_key', ['user_id', 'idempotency_key'])
    .execute();
  await db.schema
    .createIndex('exercise_session_user_date')
    .on('exercise_session')
    .columns(['user_id', 'local_date'])
    .execute();

  await db.schema
    .createTable('checkin_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('exercise_session.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) =>
      c.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('exercise_id', 'text', (c) => c.notNull())
    .addColumn('variant', 'text', (c) => c.notNull())
    .addColumn('pain_before', 'integer', (c) => c.notNull())
    .addColumn('pain_after', 'integer', (c) => c.notNull())
    .addColumn('tingling_spread', 'integer', (c) => c.notNull())
    .addColumn('numbness_spread', 'integer', (c) => c.notNull())
    .addColumn('sharp_pain', 'integer', (c) => c.notNull())
    .addColumn('lost_balance', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('checkin_event_user')
    .on('checkin_event')
    .columns(['user_id', 'at'])
    .execute();

  await db.schema
    .createTable('daily_log')
    .addColumn('user_id', 'text', (c) =>
      c.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('leg_pain', 'integer', (c) => c.notNull().check(sql`leg_pain between 0 and 10`))
    .addColumn('back_pain', 'integer', (c) => c.notNull().check(sql`back_pain between 0 and 10`))
    .addColumn('psfs', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('daily_log_pk', ['user_id', 'local_date'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['daily_log', 'checkin_event', 'exercise_session'])
    await db.schema.dropTable(table).execute();
}
