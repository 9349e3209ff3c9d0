import type { Insertable } from 'kysely';
import type { Locale } from '../../domain/i18n/locale';
import type { Db } from '../db/create-db';
import { lockAccount } from '../db/locks';
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
    locale?: Locale;
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
      locale: user.locale ?? 'en',
    })
    .execute();
}

/** A session, stamped with the credential generation that the sign-in was checked against. */
export async function createSession(
  db: Db,
  session: { idHash: string; userId: string; generation: number; at: number; ttlMs: number },
) {
  await db
    .insertInto('auth_session')
    .values({
      id_hash: session.idHash,
      user_id: session.userId,
      credential_generation: session.generation,
      created_at: session.at,
      expires_at: session.at + session.ttlMs,
    })
    .execute();
}

export async function deleteSession(db: Db, idHash: string) {
  await db.deleteFrom('auth_session').where('id_hash', '=', idHash).execute();
}

/**
 * Stores a one-time link. A new reset link replaces any older one still out there, so only
 * the newest reset email works; sign-in links may stand side by side.
 */
export async function storeToken(db: Db, token: AuthTokenTable) {
  await db.transaction().execute(async (trx) => {
    // Two resets asked for at once must not both survive: one replaces the other.
    await lockAccount(trx, token.user_id);
    if (token.purpose === 'password-reset')
      await trx
        .updateTable('auth_token')
        .set({ used_at: token.created_at })
        .where('user_id', '=', token.user_id)
        .where('purpose', '=', 'password-reset')
        .where('used_at', 'is', null)
        .execute();
    await trx.insertInto('auth_token').values(token).execute();
  });
}

type Transaction = Parameters<Parameters<ReturnType<Db['transaction']>['execute']>[0]>[0];

/**
 * Spends a live token under a lock on its account, so spending and revoking a user's tokens
 * happen one at a time: of two reset links used at once, the second finds itself revoked.
 */
type Spent = { userId: string; generation: number };

async function spendToken(
  trx: Transaction,
  tokenHash: string,
  purpose: AuthTokenTable['purpose'],
  at: number,
): Promise<Spent | null> {
  const token = await trx
    .selectFrom('auth_token')
    .select('user_id')
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!token) return null;
  await lockAccount(trx, token.user_id);
  const spent = await trx
    .updateTable('auth_token')
    .set({ used_at: at })
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', at)
    .returning('user_id')
    .executeTakeFirst();
  if (!spent) return null;
  // Read under the lock: a reset that comes after this raises it and ends the session made now.
  const account = await trx
    .selectFrom('user_account')
    .select('credential_generation')
    .where('id', '=', spent.user_id)
    .executeTakeFirstOrThrow();
  return { userId: spent.user_id, generation: account.credential_generation };
}

/**
 * Marks a live token used and returns its user and credential generation; a used, revoked or
 * expired token gives nothing.
 */
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
 * account (older resets, sign-in links) dies with it, every device is signed out, and the
 * credential generation rises so that a sign-in racing the reset can't keep a session.
 */
export function resetPassword(db: Db, tokenHash: string, passwordHash: string, at: number) {
  return db.transaction().execute(async (trx) => {
    const spent = await spendToken(trx, tokenHash, 'password-reset', at);
    if (!spent) return null;
    const { userId } = spent;
    const generation = spent.generation + 1;
    await trx
      .updateTable('user_account')
      .set({ password_hash: passwordHash, credential_generation: generation })
      .where('id', '=', userId)
      .execute();
    await trx
      .updateTable('auth_token')
      .set({ used_at: at })
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .execute();
    await trx.deleteFrom('auth_session').where('user_id', '=', userId).execute();
    return { userId, generation };
  });
}

export function outbox(db: Db) {
  return db.selectFrom('outbox').selectAll().orderBy('created_at', 'desc').limit(50).execute();
}

export async function storePendingSignUp(db: Db, row: Insertable<PendingSignUpTable>) {
  await db.insertInto('pending_sign_up').values(row).execute();
}

/** A sign-up whose link is still live. */
export function findPendingSignUp(db: Db, tokenHash: string, at: number) {
  return db
    .selectFrom('pending_sign_up')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirst();
}

/** Spends a live sign-up link in one guarded UPDATE: of two clicks at once, one wins. */
export async function spendPendingSignUp(db: Db, tokenHash: string, at: number) {
  const spent = await db
    .updateTable('pending_sign_up')
    .set({ used_at: at })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirst();
  return spent.numUpdatedRows > 0n;
}

/** Links are good for 20 minutes; a day later their rows serve nothing. */
export async function pruneSpentLinks(db: Db, before: number) {
  await db.deleteFrom('pending_sign_up').where('expires_at', '<', before).execute();
}

export async function setLocale(db: Db, userId: string, locale: Locale) {
  await db.updateTable('user_account').set({ locale }).where('id', '=', userId).execute();
}
