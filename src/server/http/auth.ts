import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Locale } from '../../domain/i18n/locale';
import type { Db } from '../db/create-db';
import type { Check } from './gate';
import type { Role } from '../db/schema';
import { problem } from './problem';

export const SESSION_COOKIE = 'rp_session';

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  therapistId: string | null;
  locale: Locale;
};
export type AppEnv = {
  Variables: {
    requestId: string;
    user: SessionUser | null;
    sessionToken: string | null;
    /** The caller's address as far as trusted proxies tell; null when unknown. */
    clientAddress: string | null;
  };
};

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** The CSRF token belongs to the session: only a page that read it from our API can send it. */
export function csrfToken(secret: string, sessionToken: string): string {
  return createHmac('sha256', secret).update(`csrf:${sessionToken}`).digest('base64url');
}

/** The person a session belongs to, from their account's row. */
export const sessionUserOf = (row: {
  id: string;
  email: string;
  name: string;
  role: Role;
  therapist_id: string | null;
  locale: Locale;
}): SessionUser => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  therapistId: row.therapist_id,
  locale: row.locale,
});

/** Loads the signed-in user from the session cookie (sessions live in the database). */
export function loadSession(db: Db, now: () => Date): Check {
  const signedIn = async (token: string): Promise<SessionUser | null> => {
    const row = await db
      .selectFrom('auth_session')
      .innerJoin('user_account', 'user_account.id', 'auth_session.user_id')
      .select(['user_account.id', 'email', 'name', 'role', 'therapist_id', 'locale', 'expires_at'])
      .where('id_hash', '=', sha256(token))
      // A password reset since this session began ended it.
      .whereRef('auth_session.credential_generation', '=', 'user_account.credential_generation')
      .executeTakeFirst();
    return row && row.expires_at > now().getTime() ? sessionUserOf(row) : null;
  };
  const keep = (c: Context<AppEnv>, token: string | null, user: SessionUser | null) => {
    c.set('user', user);
    c.set('sessionToken', user ? token : null);
    return undefined;
  };
  return (c) => {
    const token = getCookie(c, SESSION_COOKIE) ?? null;
    if (!token) return keep(c, null, null);
    return signedIn(token).then((user) => keep(c, token, user));
  };
}

/**
 * Every state-changing request made with a session must carry the session's CSRF token in
 * `x-csrf-token`, and any Origin header must be our own. SameSite=Lax cookies add a second wall.
 */
export function csrfProtection(
  secret: string,
  publicUrl: string,
  /**
   * Routes whose request carries a one-time secret of its own (an emailed link's token): the
   * token proves the request is meant, and a browser signed in as someone else must still be
   * able to open the link, before it has even loaded its session.
   */
  ownSecret: ReadonlySet<string> = new Set(),
): Check {
  const allowed = new Set([new URL(publicUrl).origin]);
  return (c) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) return undefined;
    const origin = c.req.header('origin');
    if (origin && !allowed.has(origin) && origin !== new URL(c.req.url).origin)
      return problem(c, 403, 'Forbidden', { say: 'problem.otherSite' });
    const session = c.get('sessionToken');
    if (session && !ownSecret.has(c.req.path)) {
      const expected = Buffer.from(csrfToken(secret, session));
      const given = Buffer.from(c.req.header('x-csrf-token') ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        return problem(c, 403, 'Forbidden', { say: 'problem.csrf' });
    }
    return undefined;
  };
}

/** 401 without a session; 403 when the role may not use the route. */
export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.get('user');
    if (!user) return problem(c, 401, 'Sign in required', { say: 'problem.signIn' });
    if (roles.length > 0 && !roles.includes(user.role))
      return problem(c, 403, 'Forbidden', { say: 'problem.notYourRole' });
    await next();
  };
}

export function currentUser(c: Context<AppEnv>): SessionUser {
  const user = c.get('user');
  if (!user) throw new Error('requireRole must run first');
  return user;
}
