import type { Context } from 'hono';
import type { Db } from '../db/create-db';
import { currentUser, type AppEnv } from '../http/auth';
import { problem } from '../http/problem';

/** What an admin may manage: the whole chain, or only their own locations (migration 0019). */
export type Scope = { chain: true } | { chain: false; clinics: ReadonlySet<string> };

export async function scopeOf(db: Db, c: Context<AppEnv>): Promise<Scope> {
  const rows = await db
    .selectFrom('staff_clinic')
    .select('clinic_id')
    .where('user_id', '=', currentUser(c).id)
    .execute();
  return rows.length === 0
    ? { chain: true }
    : { chain: false, clinics: new Set(rows.map((r) => r.clinic_id)) };
}

export const manages = (scope: Scope, clinicId: string) =>
  scope.chain || scope.clinics.has(clinicId);

export const notYours = (c: Context) =>
  problem(c, 403, 'Not one of your locations', { say: 'problem.notYours' });

export const chainOnly = (c: Context) =>
  problem(c, 403, 'For chain admins', { say: 'problem.chainOnly' });

/** The location a therapist works at, or undefined when there is no such therapist. */
export async function clinicOfTherapist(db: Db, therapistId: string) {
  const row = await db
    .selectFrom('therapist')
    .select('clinic_id')
    .where('id', '=', therapistId)
    .executeTakeFirst();
  return row?.clinic_id;
}

/**
 * A refusal when the caller may not manage this location (or, with `null`, when the thing it
 * belongs to does not exist: the route says 404 itself), else undefined.
 */
export async function refuseUnlessManaged(
  db: Db,
  c: Context<AppEnv>,
  clinicId: string | undefined,
) {
  if (clinicId === undefined) return undefined;
  return manages(await scopeOf(db, c), clinicId) ? undefined : notYours(c);
}
