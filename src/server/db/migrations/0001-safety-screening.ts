import { sql, type Kysely } from 'kysely';

const oneOf = (column: string, values: string[]) =>
  sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;

/** An anonymous record of each screen that found a red flag (B1: red flags are recorded). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('safety_screening')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(oneOf('status', ['plan', 'seek-care'])))
    .addColumn('urgency', 'text', (c) => c.check(oneOf('urgency', ['emergency', 'urgent', 'soon'])))
    .addColumn('red_flags', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('safety_screening_created_at')
    .on('safety_screening')
    .column('created_at')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('safety_screening').execute();
}
