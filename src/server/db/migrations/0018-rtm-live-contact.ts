import { sql, type Kysely } from 'kysely';

/**
 * Whether a logged stretch of treatment-management time included a live (real-time) call or
 * video with the patient: CPT 98980 needs at least one in the month. Earlier entries say no.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('rtm_minutes')
    .addColumn('live_contact', 'integer', (c) => c.notNull().defaultTo(sql`0`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('rtm_minutes').dropColumn('live_contact').execute();
}
