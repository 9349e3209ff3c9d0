import { z } from 'zod';
import { hash, verify } from '@node-rs/argon2';
import { documented } from '../http/openapi';
import { Hono, type Context } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { audit } from '../db/audit';
import type { Db } from '../db/create-db';
import { consume, refund } from '../db/rate-limits';
import { requireRole, SESSION_COOKIE, sessionUserOf, sha256, type AppEnv } from '../http/auth';
import type { Background } from '../http/background';
import { isLoopbackRequest } from '../http/client-address';
import { problem } from '../http/problem';
import { signInLimits } from '../http/limit-policy';
import { jsonBody } from '../http/validate';
import type { Mailer } from '../mail';
import { trustedDevice } from './device';
import { resetMail, signInLinkMail } from './emails';
import { authKit } from './kit';
import {
  deleteSession,
  findUserByEmail,
  findUserById,
  outbox,
  redeemToken,
  resetPassword,
  setLocale,
} from './queries';
import {
  AcceptedSchema,
  EmailOnlySchema,
  LocaleChoiceSchema,
  MeSchema,
  OutboxAttachmentsSchema,
  ResetSchema,
  SignInSchema,
  TokenSchema,
} from './schemas';
import { signUpRoutes } from './sign-up';

const SAME_ANSWER =
  'If an account uses that email, a message is on its way. It can take a minute to arrive.';
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
  const deps = { db, now, secret, publicUrl, mailer, background };
  const kit = authKit(deps);
  const { startSession, me, issueLink, mailLinkLater } = kit;

  /**
   * A one-time link of this kind to the account that has the address, if one does; the
   * caller answers the same either way, so nobody learns who has an account.
   */
  function mailLinkIfKnown(
    c: Context<AppEnv>,
    email: string,
    kind: 'magic-link' | 'password-reset',
    mail: typeof signInLinkMail,
  ) {
    mailLinkLater(c, email, async () => {
      const user = await findUserByEmail(db, email);
      return user ? mail(user.email, await issueLink(user.id, kind), user.locale) : null;
    });
  }

  /** The account behind a live sign-in link, spending the link. */
  async function redeem(token: string, at: number) {
    const spent = await redeemToken(db, sha256(token), 'magic-link', at);
    const user = spent ? await findUserById(db, spent.userId) : undefined;
    return user && spent ? { user, generation: spent.generation } : undefined;
  }

  const app = new Hono<AppEnv>()
    .route('/', signUpRoutes(deps, kit))
    .post(
      '/auth/sign-in',
      documented({
        summary: 'Sign in with email and password.',
        tags: ['accounts'],
        access: 'public',
        responses: {
          200: { description: 'Signed in.', schema: MeSchema },
          401: { description: 'Email or password wrong (the same answer either way).' },
          429: {
            description:
              'Too many attempts: wait for Retry-After, or sign in with an emailed link (see ADR 0005).',
          },
        },
      }),
      jsonBody(SignInSchema),
      async (c) => {
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
          return problem(c, 429, 'Too many attempts', {
            say: 'problem.tooManySignIns',
            values: { minutes },
          });
        }
        const user = await findUserByEmail(db, email);
        const ok = user?.password_hash
          ? await verify(user.password_hash, password)
          : (await verify(await DUMMY_HASH, password), false);
        if (!user || !ok)
          return problem(c, 401, 'Sign-in failed', { say: 'problem.wrongPassword' });
        // Only failures (and attempts still being checked) count against the limits.
        await refund(db, verdict.hits);
        await audit(db, {
          actor: user.id,
          action: 'session.started',
          subject: user.id,
          at,
          requestId: c.get('requestId'),
        });
        return c.json(await startSession(c, sessionUserOf(user), user.credential_generation), 200);
      },
    )
    .post(
      '/auth/sign-out',
      documented({
        summary: 'End this session.',
        tags: ['accounts'],
        access: 'signed-in',
        responses: { 204: { description: 'Signed out.' } },
      }),
      requireRole(),
      async (c) => {
        const token = c.get('sessionToken');
        if (token) await deleteSession(db, sha256(token));
        deleteCookie(c, SESSION_COOKIE, { path: '/' });
        return c.body(null, 204);
      },
    )
    .get(
      '/auth/me',
      documented({
        summary: 'The signed-in user and the CSRF token for state-changing requests.',
        tags: ['accounts'],
        access: 'signed-in',
        responses: { 200: { description: 'The user.', schema: MeSchema } },
      }),
      requireRole(),
      (c) => {
        return c.json(me(c.get('user')!, c.get('sessionToken')!), 200);
      },
    )
    .put(
      '/me/locale',
      documented({
        summary:
          'The language the app, emails and printouts use for the signed-in person (en or es).',
        tags: ['accounts'],
        access: 'signed-in',
        responses: { 200: { description: 'Saved.', schema: LocaleChoiceSchema } },
      }),
      requireRole(),
      jsonBody(LocaleChoiceSchema),
      async (c) => {
        const user = c.get('user')!;
        const { locale } = c.req.valid('json');
        await setLocale(db, user.id, locale);
        return c.json({ locale }, 200);
      },
    )
    .get(
      '/auth/session',
      documented({
        summary: 'Who is signed in on this browser, if anyone, with the CSRF token.',
        tags: ['accounts'],
        access: 'public',
        responses: {
          200: {
            description: 'The user and token, or nulls.',
            schema: z.union([MeSchema, z.strictObject({ user: z.null(), csrfToken: z.null() })]),
          },
        },
      }),
      (c) => {
        const user = c.get('user');
        const token = c.get('sessionToken');
        if (!user || !token) return c.json({ user: null, csrfToken: null }, 200);
        return c.json(me(user, token), 200);
      },
    )
    .post(
      '/auth/magic-link',
      documented({
        summary:
          'Email a one-time sign-in link (always answers the same; at most 3 link emails to one address in 15 minutes).',
        tags: ['accounts'],
        access: 'public',
        responses: { 202: { description: 'Sent if the account exists.', schema: AcceptedSchema } },
      }),
      jsonBody(EmailOnlySchema),
      (c) => {
        const { email } = c.req.valid('json');
        mailLinkIfKnown(c, email, 'magic-link', signInLinkMail);
        return c.json({ detail: SAME_ANSWER }, 202);
      },
    )
    .post(
      '/auth/magic-link/verify',
      documented({
        summary: 'Sign in with a one-time link token.',
        tags: ['accounts'],
        access: 'public',
        responses: { 200: { description: 'Signed in.', schema: MeSchema } },
      }),
      jsonBody(TokenSchema),
      async (c) => {
        const at = now().getTime();
        const redeemed = await redeem(c.req.valid('json').token, at);
        if (!redeemed) return problem(c, 400, 'Link not valid', { say: 'problem.signInLinkGone' });
        const { user } = redeemed;
        await audit(db, {
          actor: user.id,
          action: 'session.started',
          subject: user.id,
          detail: { via: 'magic-link' },
          at,
          requestId: c.get('requestId'),
        });
        return c.json(await startSession(c, sessionUserOf(user), redeemed.generation), 200);
      },
    )
    .post(
      '/auth/password-reset',
      documented({
        summary: 'Email a password-reset link (always answers the same).',
        tags: ['accounts'],
        access: 'public',
        responses: { 202: { description: 'Sent if the account exists.', schema: AcceptedSchema } },
      }),
      jsonBody(EmailOnlySchema),
      (c) => {
        const { email } = c.req.valid('json');
        mailLinkIfKnown(c, email, 'password-reset', resetMail);
        return c.json({ detail: SAME_ANSWER }, 202);
      },
    )
    .post(
      '/auth/password-reset/confirm',
      documented({
        summary: 'Set a new password with a reset token; signs out other devices.',
        tags: ['accounts'],
        access: 'public',
        responses: { 200: { description: 'Signed in with the new password.', schema: MeSchema } },
      }),
      jsonBody(ResetSchema),
      async (c) => {
        const body = c.req.valid('json');
        const at = now().getTime();
        const reset = await resetPassword(db, sha256(body.token), await hash(body.password), at);
        const user = reset ? await findUserById(db, reset.userId) : undefined;
        if (!reset || !user)
          return problem(c, 400, 'Link not valid', { say: 'problem.resetLinkGone' });
        await audit(db, {
          actor: user.id,
          action: 'password.reset',
          subject: user.id,
          at,
          requestId: c.get('requestId'),
        });
        return c.json(await startSession(c, sessionUserOf(user), reset.generation), 200);
      },
    );

  if (demoMode)
    app.get(
      '/dev/outbox',
      documented({
        summary: 'Demo mode only: the mail the app would have sent.',
        tags: ['demo'],
        access: 'public',
        responses: {
          200: {
            description: 'Latest messages.',
            schema: z.array(
              z.strictObject({
                id: z.string(),
                to: z.string(),
                subject: z.string(),
                body: z.string(),
                sentAt: z.string(),
                attachments: OutboxAttachmentsSchema,
              }),
            ),
          },
        },
      }),
      async (c) =>
        !isLoopbackRequest(c)
          ? problem(c, 404, 'Not found', { say: 'problem.outboxLocal' })
          : c.json(
              (await outbox(db)).map((m) => ({
                id: m.id,
                to: m.to_email,
                subject: m.subject,
                body: m.body,
                sentAt: new Date(m.created_at).toISOString(),
                attachments: m.attachments
                  ? OutboxAttachmentsSchema.parse(JSON.parse(m.attachments))
                  : [],
              })),
              200,
            ),
    );
  return app;
}
