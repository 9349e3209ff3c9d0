import { PostgresAdapter } from 'kysely';
import type { Db } from '../db/create-db';
import type { AuthTokenTable, PendingSignUpTable, Role } from '../db/schema';

export function findUserByEmail(db: Db, email: string) {
  return db.selectFrom('user_account').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findUserById(db: Db, id: string) {
  return db.selectFrom('user_account').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function createUser(
  db: Db,
  user: {
    id: string;
    email: string;
    name: string;
    role: Role;
    passwordHash: string | null;
    therapistId?: string | null;
    at: number;
  },
) {
  await db
    .insertInto('user_account')
    .values({
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      password_hash: user.passwordHash,
      therapist_id: user.therapistId ?? null,
      created_at: user.at,
    })
    .execute();
}

export async function createSession(
  db: Db,
  idHash: string,
  userId: string,
  at: number,
  ttlMs: number,
) {
  await db
    .insertInto('auth_session')
    .values({ id_hash: idHash, user_id: userId, created_at: at, expires_at: at + ttlMs })
    .execute();
}

export async function deleteSession(db: Db, idHash: string) {
  await db.deleteFrom('auth_session').where('id_hash', '=', idHash).execute();
}

export async function storeToken(db: Db, token: AuthTokenTable) {
  await db.insertInto('auth_token').values(token).execute();
}

type Transaction = Parameters<Parameters<ReturnType<Db['transaction']>['execute']>[0]>[0];

/**
 * Spends a live token under a lock on its account, so spending and revoking a user's tokens
 * happen one at a time: of two reset links used at once, the second finds itself revoked.
 */
async function spendToken(
  trx: Transaction,
  tokenHash: string,
  purpose: AuthTokenTable['purpose'],
  at: number,
): Promise<string | null> {
  const token = await trx
    .selectFrom('auth_token')
    .select('user_id')
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!token) return null;
  // SQLite runs one write transaction at a time already; PostgreSQL needs the row lock.
  if (trx.getExecutor().adapter instanceof PostgresAdapter)
    await trx
      .selectFrom('user_account')
      .select('id')
      .where('id', '=', token.user_id)
      .forUpdate()
      .execute();
  const spent = await trx
    .updateTable('auth_token')
    .set({ used_at: at })
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', at)
    .returning('user_id')
    .executeTakeFirst();
  return spent?.user_id ?? null;
}

/** Marks a live token used and returns its user; a used, revoked or expired token gives nothing. */
export function redeemToken(
  db: Db,
  tokenHash: string,
  purpose: AuthTokenTable['purpose'],
  at: number,
) {
  return db.transaction().execute((trx) => spendToken(trx, tokenHash, purpose, at));
}

/**
 * Sets a new password with a reset token, all in one transaction: every other link of the
 * account (older resets, sign-in links) dies with it, and every device is signed out.
 */
export function resetPassword(db: Db, tokenHash: string, passwordHash: string, at: number) {
  return db.transaction().execute(async (trx) => {
    const userId = await spendToken(trx, tokenHash, 'password-reset', at);
    if (!userId) return null;
    await trx
      .updateTable('user_account')
      .set({ password_hash: passwordHash })
      .where('id', '=', userId)
      .execute();
    await trx
      .updateTable('auth_token')
      .set({ used_at: at })
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .execute();
    await trx.deleteFrom('auth_session').where('user_id', '=', userId).execute();
    return userId;
  });
}

export function outbox(db: Db) {
  return db.selectFrom('outbox').selectAll().orderBy('created_at', 'desc').limit(50).execute();
}

export async function storePendingSignUp(db: Db, row: PendingSignUpTable) {
  await db.insertInto('pending_sign_up').values(row).execute();
}

/** Spends a live sign-up link in one guarded UPDATE: a second click finds nothing. */
export function spendPendingSignUp(db: Db, tokenHash: string, at: number) {
  return db
    .updateTable('pending_sign_up')
    .set({ used_at: at })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', at)
    .returning(['email', 'name', 'password_hash'])
    .executeTakeFirst();
}

/** Links are good for 20 minutes; a day later their rows serve nothing. */
export async function pruneSpentLinks(db: Db, before: number) {
  await db.deleteFrom('pending_sign_up').where('expires_at', '<', before).execute();
}
