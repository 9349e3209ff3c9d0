import { hash, verify } from '@node-rs/argon2';
import { documented } from '../http/openapi';
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { audit } from '../db/audit';
import { isUniqueViolation } from '../db/errors';
import { sha256, type AppEnv } from '../http/auth';
import { requestLocale } from '../http/locale';
import { fieldSaid, problem } from '../http/problem';
import { jsonBody } from '../http/validate';
import { alreadyHaveAccountMail, confirmSignUpMail } from './emails';
import { TOKEN_TTL, type AuthDeps, type AuthKit } from './kit';
import {
  createUser,
  findPendingSignUp,
  findUserByEmail,
  spendPendingSignUp,
  storePendingSignUp,
} from './queries';
import { AcceptedSchema, ConfirmSignUpSchema, MeSchema, SignUpSchema } from './schemas';

/** Ties a sign-up to the browser that sent it, so that browser can finish it with one click. */
const SIGN_UP_COOKIE = 'rp_sign_up';
const SIGN_UP_ANSWER =
  'We sent you a link to finish creating your account. It can take a minute to arrive.';

/**
 * Sign-up makes no account until the emailed link is opened, so it answers the same for a new
 * address and a taken one. Opening the link in the browser that signed up finishes it; anywhere
 * else the person also types the password they chose, so nobody can pick the password of
 * someone else's account-to-be by signing up with their address.
 */
export function signUpRoutes({ db, now, publicUrl }: AuthDeps, kit: AuthKit) {
  const { secure, startSession, issueLink, mailLinkLater } = kit;

  return new Hono<AppEnv>()
    .post(
      '/auth/sign-up',
      documented({
        summary:
          'Start a patient account: emails a link that finishes it. Answers the same whether or not the email already has an account (its owner gets a note instead).',
        tags: ['accounts'],
        access: 'public',
        responses: { 202: { description: 'A link is on its way.', schema: AcceptedSchema } },
      }),
      jsonBody(SignUpSchema),
      (c) => {
        const body = c.req.valid('json');
        const at = now().getTime();
        const locale = requestLocale(c);
        const browser = randomBytes(18).toString('base64url');
        setCookie(c, SIGN_UP_COOKIE, browser, {
          httpOnly: true,
          secure,
          sameSite: 'Lax',
          path: '/api/v1/auth',
          maxAge: TOKEN_TTL / 1000,
        });
        mailLinkLater(c, body.email, async () => {
          const existing = await findUserByEmail(db, body.email);
          if (existing)
            return alreadyHaveAccountMail(
              existing.email,
              await issueLink(existing.id, 'magic-link'),
              existing.locale,
            );
          const token = randomBytes(32).toString('base64url');
          await storePendingSignUp(db, {
            token_hash: sha256(token),
            email: body.email,
            name: body.name,
            password_hash: await hash(body.password),
            browser_hash: sha256(browser),
            created_at: at,
            expires_at: at + TOKEN_TTL,
            used_at: null,
            locale,
          });
          const next = body.next ? `&next=${encodeURIComponent(body.next)}` : '';
          return confirmSignUpMail(
            body.email,
            `${publicUrl}/sign-up/confirm?token=${token}${next}`,
            locale,
          );
        });
        return c.json({ detail: SIGN_UP_ANSWER }, 202);
      },
    )
    .post(
      '/auth/sign-up/confirm',
      documented({
        summary:
          'Finish a sign-up with the emailed link: creates the account and signs in. Opened in another browser than the one that signed up, it also needs the password chosen then.',
        tags: ['accounts'],
        access: 'public',
        responses: {
          200: { description: 'Signed in to the new account.', schema: MeSchema },
          400: { description: 'The link expired or was used.' },
          409: { description: 'The email got an account meanwhile; sign in instead.' },
        },
      }),
      jsonBody(ConfirmSignUpSchema),
      async (c) => {
        const { token, password } = c.req.valid('json');
        const at = now().getTime();
        const gone = () => problem(c, 400, 'Link not valid', { say: 'problem.signUpLinkGone' });
        const pending = await findPendingSignUp(db, sha256(token), at);
        if (!pending) return gone();
        const browser = getCookie(c, SIGN_UP_COOKIE);
        const sameBrowser = browser !== undefined && sha256(browser) === pending.browser_hash;
        if (!sameBrowser) {
          if (!password || !(await verify(pending.password_hash, password))) {
            const error = fieldSaid(
              c,
              'password',
              password ? 'issue.passwordMismatch' : 'issue.passwordNeeded',
            );
            return problem(
              c,
              400,
              'Password needed',
              { say: 'problem.fixPassword', values: { problem: error.message } },
              [error],
            );
          }
        }
        if (!(await spendPendingSignUp(db, sha256(token), at))) return gone();
        const id = crypto.randomUUID();
        try {
          await createUser(db, {
            id,
            email: pending.email,
            name: pending.name,
            role: 'patient',
            passwordHash: pending.password_hash,
            locale: pending.locale,
            at,
          });
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
          return problem(c, 409, 'Account exists', { say: 'problem.accountExists' });
        }
        await audit(db, {
          actor: id,
          action: 'account.created',
          subject: id,
          at,
          requestId: c.get('requestId'),
        });
        const user = { id, email: pending.email, name: pending.name, role: 'patient' as const };
        return c.json(
          await startSession(c, { ...user, therapistId: null, locale: pending.locale }, 0),
          200,
        );
      },
    );
}
