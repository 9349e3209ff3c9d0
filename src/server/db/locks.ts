import { PostgresAdapter, type Transaction } from 'kysely';
import type { Database } from './schema';

/**
 * Holds an account's row until the transaction ends, so changes to that account's records
 * (spending its links, numbering its program versions) happen one at a time. SQLite runs one
 * write transaction at a time already; PostgreSQL under READ COMMITTED needs the row lock.
 */
export async function lockAccount(trx: Transaction<Database>, userId: string) {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  await trx.selectFrom('user_account').select('id').where('id', '=', userId).forUpdate().execute();
}
