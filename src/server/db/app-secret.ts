import type { Db } from './create-db';

/**
 * The secret that signs private links and CSRF tokens, made once per database. The first
 * process to start stores its candidate; every later one (on any machine) reads that back.
 */
export async function sharedSecret(db: Db, candidate: string, at: number): Promise<string> {
  await db
    .insertInto('app_secret')
    .values({ name: 'signing', value: candidate, created_at: at })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('app_secret')
    .select('value')
    .where('name', '=', 'signing')
    .executeTakeFirstOrThrow();
  return row.value;
}
