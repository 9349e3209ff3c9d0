import type { Db } from '../db/create-db';
import type { AuthTokenTable, Role } from '../db/schema';

export function findUserByEmail(db: Db, email: string) {
  return db.selectFrom('user_account').selectAll().where('email', '=', email).executeTakeFirst();
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

/** Marks a live token used and returns its user; a used or expired token gives nothing. */
export async function redeemToken(
  db: Db,
  tokenHash: string,
  purpose: AuthTokenTable['purpose'],
  at: number,
) {
  return db.transaction().execute(async (trx) => {
    const token = await trx
      .selectFrom('auth_token')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('purpose', '=', purpose)
      .where('used_at', 'is', null)
      .where('expires_at', '>', at)
      .executeTakeFirst();
    if (!token) return null;
    const { numUpdatedRows } = await trx
      .updateTable('auth_token')
      .set({ used_at: at })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return numUpdatedRows > 0n ? token.user_id : null;
  });
}

export async function setPassword(db: Db, userId: string, passwordHash: string) {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('user_account')
      .set({ password_hash: passwordHash })
      .where('id', '=', userId)
      .execute();
    // A new password signs out every other device.
    await trx.deleteFrom('auth_session').where('user_id', '=', userId).execute();
  });
}

export function outbox(db: Db) {
  return db.selectFrom('outbox').selectAll().orderBy('created_at', 'desc').limit(50).execute();
}
