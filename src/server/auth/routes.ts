import { hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { audit } from '../db/audit';
import type { Db } from '../db/create-db';
import { isUniqueViolation } from '../db/errors';
import {
  csrfToken,
  requireRole,
  SESSION_COOKIE,
  sha256,
  type AppEnv,
  type SessionUser,
} from '../http/auth';
import { isLoopbackRequest } from '../http/client-address';
import { problem } from '../http/problem';
import { jsonBody } from '../http/validate';
import type { Background } from '../http/background';
import type { Mail, Mailer } from '../mail';
import { consume, refund } from '../db/rate-limits';
import { linkMailLimits, signInLimits } from '../http/rate-limits';
import { rememberDevice, trustedDevice } from './device';
import {
  alreadyHaveAccountMail,
  confirmSignUpMail,
  LINK_MINUTES,
  resetMail,
  signInLinkMail,
} from './emails';
import {
  createSession,
  createUser,
  deleteSession,
  findUserByEmail,
  findUserById,
  outbox,
  redeemToken,
  resetPassword,
  spendPendingSignUp,
  storePendingSignUp,
  storeToken,
} from './queries';
import { EmailOnlySchema, ResetSchema, SignInSchema, SignUpSchema, TokenSchema } from './schemas';

const SESSION_TTL = 30 * 24 * 60 * 60 * 1000;
const TOKEN_TTL = LINK_MINUTES * 60 * 1000;
const SAME_ANSWER =
  'If an account uses that email, a message is on its way. It can take a minute to arrive.';
const SIGN_UP_ANSWER =
  'We sent you a link to finish creating your account. It can take a minute to arrive.';
// Checked when no account matches, so a wrong email costs the same time as a wrong password.
const DUMMY_HASH = hash('not-a-real-password-0000');

type Deps = {
  db: Db;
  now: () => Date;
  secret: string;
  publicUrl: string;
  mailer: Mailer;
  demoMode: boolean;
  background: Background;
};

export function authRoutes({ db, now, secret, publicUrl, mailer, demoMode, background }: Deps) {
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
    user: { id: user.id, email: user.email, name: user.name, role: user.role },
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

  /** The account behind a live sign-in link, spending the link. */
  async function redeem(token: string, at: number) {
    const spent = await redeemToken(db, sha256(token), 'magic-link', at);
    const user = spent ? await findUserById(db, spent.userId) : undefined;
    return user && spent ? { user, generation: spent.generation } : undefined;
  }

  const userOf = (row: {
    id: string;
    email: string;
    name: string;
    role: SessionUser['role'];
    therapist_id: string | null;
  }): SessionUser => ({
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    therapistId: row.therapist_id,
  });

  const app = new Hono<AppEnv>()
    .post('/auth/sign-up', jsonBody(SignUpSchema), (c) => {
      const body = c.req.valid('json');
      const at = now().getTime();
      mailLinkLater(c, body.email, async () => {
        const existing = await findUserByEmail(db, body.email);
        if (existing)
          return alreadyHaveAccountMail(existing.email, await issueLink(existing.id, 'magic-link'));
        const token = randomBytes(32).toString('base64url');
        await storePendingSignUp(db, {
          token_hash: sha256(token),
          email: body.email,
          name: body.name,
          password_hash: await hash(body.password),
          created_at: at,
          expires_at: at + TOKEN_TTL,
          used_at: null,
        });
        const next = body.next ? `&next=${encodeURIComponent(body.next)}` : '';
        return confirmSignUpMail(
          body.email,
          body.name,
          `${publicUrl}/sign-up/confirm?token=${token}${next}`,
        );
      });
      return c.json({ detail: SIGN_UP_ANSWER }, 202);
    })
    .post('/auth/sign-up/confirm', jsonBody(TokenSchema), async (c) => {
      const at = now().getTime();
      const pending = await spendPendingSignUp(db, sha256(c.req.valid('json').token), at);
      if (!pending)
        return problem(
          c,
          400,
          'Link not valid',
          'This link has expired or was already used. Sign up again to get a new one.',
        );
      const id = crypto.randomUUID();
      try {
        await createUser(db, {
          id,
          email: pending.email,
          name: pending.name,
          role: 'patient',
          passwordHash: pending.password_hash,
          at,
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        return problem(
          c,
          409,
          'Account exists',
          'This email already has an account. Sign in, or ask for an emailed sign-in link.',
        );
      }
      await audit(db, {
        actor: id,
        action: 'account.created',
        subject: id,
        at,
        requestId: c.get('requestId'),
      });
      const user = { id, email: pending.email, name: pending.name, role: 'patient' as const };
      return c.json(await startSession(c, { ...user, therapistId: null }, 0), 200);
    })
    .post('/auth/sign-in', jsonBody(SignInSchema), async (c) => {
      const { email, password } = c.req.valid('json');
      const at = now().getTime();
      const device = trustedDevice(c, secret, email);
      const verdict = await consume(
        db,
        signInLimits(email, c.get('clientAddress') ?? 'unknown', device),
        at,
      );
      if (!verdict.allowed) {
        const minutes = Math.ceil(verdict.retryAfterMs / 60_000);
        c.header('retry-after', String(Math.ceil(verdict.retryAfterMs / 1000)));
        return problem(
          c,
          429,
          'Too many attempts',
          `Too many sign-in attempts. Sign in with an emailed link now, or try your password again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
        );
      }
      const user = await findUserByEmail(db, email);
      const ok = user?.password_hash
        ? await verify(user.password_hash, password)
        : (await verify(await DUMMY_HASH, password), false);
      if (!user || !ok)
        return problem(
          c,
          401,
          'Sign-in failed',
          'That email and password do not match an account.',
        );
      // Only failures (and attempts still being checked) count against the limits.
      await refund(db, verdict.hits);
      await audit(db, {
        actor: user.id,
        action: 'session.started',
        subject: user.id,
        at,
        requestId: c.get('requestId'),
      });
      return c.json(await startSession(c, userOf(user), user.credential_generation), 200);
    })
    .post('/auth/sign-out', requireRole(), async (c) => {
      const token = c.get('sessionToken');
      if (token) await deleteSession(db, sha256(token));
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    })
    .get('/auth/me', requireRole(), (c) => {
      return c.json(me(c.get('user')!, c.get('sessionToken')!), 200);
    })
    .get('/auth/session', (c) => {
      const user = c.get('user');
      const token = c.get('sessionToken');
      if (!user || !token) return c.json({ user: null, csrfToken: null }, 200);
      return c.json(me(user, token), 200);
    })
    .post('/auth/magic-link', jsonBody(EmailOnlySchema), (c) => {
      const { email } = c.req.valid('json');
      mailLinkLater(c, email, async () => {
        const user = await findUserByEmail(db, email);
        return user ? signInLinkMail(user.email, await issueLink(user.id, 'magic-link')) : null;
      });
      return c.json({ detail: SAME_ANSWER }, 202);
    })
    .post('/auth/magic-link/verify', jsonBody(TokenSchema), async (c) => {
      const at = now().getTime();
      const redeemed = await redeem(c.req.valid('json').token, at);
      if (!redeemed)
        return problem(
          c,
          400,
          'Link not valid',
          'This sign-in link has expired, was already used, or was cancelled by a password reset. Ask for a new one.',
        );
      const { user } = redeemed;
      await audit(db, {
        actor: user.id,
        action: 'session.started',
        subject: user.id,
        detail: { via: 'magic-link' },
        at,
        requestId: c.get('requestId'),
      });
      return c.json(await startSession(c, userOf(user), redeemed.generation), 200);
    })
    .post('/auth/password-reset', jsonBody(EmailOnlySchema), (c) => {
      const { email } = c.req.valid('json');
      mailLinkLater(c, email, async () => {
        const user = await findUserByEmail(db, email);
        return user ? resetMail(user.email, await issueLink(user.id, 'password-reset')) : null;
      });
      return c.json({ detail: SAME_ANSWER }, 202);
    })
    .post('/auth/password-reset/confirm', jsonBody(ResetSchema), async (c) => {
      const body = c.req.valid('json');
      const at = now().getTime();
      const reset = await resetPassword(db, sha256(body.token), await hash(body.password), at);
      const user = reset ? await findUserById(db, reset.userId) : undefined;
      if (!reset || !user)
        return problem(
          c,
          400,
          'Link not valid',
          'This reset link has expired, was already used, or a newer one replaced it. Ask for a new one.',
        );
      await audit(db, {
        actor: user.id,
        action: 'password.reset',
        subject: user.id,
        at,
        requestId: c.get('requestId'),
      });
      return c.json(await startSession(c, userOf(user), reset.generation), 200);
    });

  if (demoMode)
    app.get('/dev/outbox', async (c) =>
      !isLoopbackRequest(c)
        ? problem(
            c,
            404,
            'Not found',
            'The outbox can only be read on the machine running the server.',
          )
        : c.json(
            (await outbox(db)).map((m) => ({
              id: m.id,
              to: m.to_email,
              subject: m.subject,
              body: m.body,
              sentAt: new Date(m.created_at).toISOString(),
            })),
            200,
          ),
    );
  return app;
}
