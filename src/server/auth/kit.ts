import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import type { Db } from '../db/create-db';
import { consume } from '../db/rate-limits';
import { csrfToken, SESSION_COOKIE, sha256, type AppEnv, type SessionUser } from '../http/auth';
import type { Background } from '../http/background';
import { linkMailLimits } from '../http/limit-policy';
import type { Mail, Mailer } from '../mail';
import { rememberDevice } from './device';
import { LINK_MINUTES } from './emails';
import { createSession, storeToken } from './queries';

const SESSION_TTL = 30 * 24 * 60 * 60 * 1000;
export const TOKEN_TTL = LINK_MINUTES * 60 * 1000;

export type AuthDeps = {
  db: Db;
  now: () => Date;
  secret: string;
  publicUrl: string;
  mailer: Mailer;
  background: Background;
};

/** What every sign-in path shares: starting a session, and issuing and mailing one-time links. */
export function authKit({ db, now, secret, publicUrl, mailer, background }: AuthDeps) {
  const secure = publicUrl.startsWith('https://');

  /** `generation`: the account's credential generation when the credential was checked. */
  async function startSession(c: Context<AppEnv>, user: SessionUser, generation: number) {
    rememberDevice(c, secret, user.email, secure);
    const token = randomBytes(32).toString('base64url');
    await createSession(db, {
      idHash: sha256(token),
      userId: user.id,
      generation,
      at: now().getTime(),
      ttlMs: SESSION_TTL,
    });
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      secure,
      sameSite: 'Lax',
      path: '/',
      maxAge: SESSION_TTL / 1000,
    });
    return me(user, token);
  }

  /** What the browser learns about its session: who, and the CSRF token to send back. */
  const me = (user: SessionUser, token: string) => ({
    user: { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale },
    csrfToken: csrfToken(secret, token),
  });

  /** A one-time link for an account: the token is stored hashed, the link goes by email. */
  async function issueLink(userId: string, purpose: 'magic-link' | 'password-reset') {
    const token = randomBytes(32).toString('base64url');
    const at = now().getTime();
    await storeToken(db, {
      token_hash: sha256(token),
      user_id: userId,
      purpose,
      created_at: at,
      expires_at: at + TOKEN_TTL,
      used_at: null,
    });
    return purpose === 'magic-link'
      ? `${publicUrl}/sign-in/link?token=${token}`
      : `${publicUrl}/reset-password?token=${token}`;
  }

  /**
   * Link emails go out after the answer, so the answer takes the same time whether or not the
   * email has an account (an SMTP round trip would tell). None goes out once this address got 3
   * in 15 minutes or this caller asked for 30 in an hour; the caller can't tell that either.
   */
  function mailLinkLater(c: Context<AppEnv>, email: string, compose: () => Promise<Mail | null>) {
    const address = c.get('clientAddress') ?? 'unknown';
    background.run('link email', async () => {
      const verdict = await consume(db, linkMailLimits(email, address), now().getTime());
      const mail = verdict.allowed ? await compose() : null;
      if (mail) await mailer(mail);
    });
  }

  return { secure, startSession, me, issueLink, mailLinkLater };
}

export type AuthKit = ReturnType<typeof authKit>;
