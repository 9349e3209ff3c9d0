import { sql, type Kysely } from 'kysely';

/**
 * A visit keeps one calendar event for its whole life: a move carries the event's UID to the
 * new appointment row and raises its SEQUENCE, and so does a cancel, so a calendar that
 * imported the first file updates (or removes) that same event instead of adding another.
 * Rows from before get the UID their calendar files already carried (`<id>@reliefpath`).
 *
 * Outbox mail (the local demo) keeps its attachments, as JSON, so the outbox can offer them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('appointment').addColumn('calendar_uid', 'text').execute();
  await db.schema
    .alterTable('appointment')
    .addColumn('calendar_sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`update appointment set calendar_uid = id || '@reliefpath'`.execute(db);
  await db.schema.alterTable('outbox').addColumn('attachments', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('attachments').execute();
  await db.schema.alterTable('appointment').dropColumn('calendar_sequence').execute();
  await db.schema.alterTable('appointment').dropColumn('calendar_uid').execute();
}
