import { z } from 'zod';
import type { RouteDoc } from '../http/openapi';
import {
  AcceptedSchema,
  ConfirmSignUpSchema,
  EmailOnlySchema,
  LocaleChoiceSchema,
  MeSchema,
  ResetSchema,
  SignInSchema,
  SignUpSchema,
  TokenSchema,
} from './schemas';

export const authDocs: RouteDoc[] = [
  {
    method: 'post',
    path: '/api/v1/auth/sign-up',
    summary:
      'Start a patient account: emails a link that finishes it. Answers the same whether or not the email already has an account (its owner gets a note instead).',
    tags: ['accounts'],
    access: 'public',
    body: SignUpSchema,
    responses: { 202: { description: 'A link is on its way.', schema: AcceptedSchema } },
  },
  {
    method: 'post',
    path: '/api/v1/auth/sign-up/confirm',
    summary:
      'Finish a sign-up with the emailed link: creates the account and signs in. Opened in another browser than the one that signed up, it also needs the password chosen then.',
    tags: ['accounts'],
    access: 'public',
    body: ConfirmSignUpSchema,
    responses: {
      200: { description: 'Signed in to the new account.', schema: MeSchema },
      400: { description: 'The link expired or was used.' },
      409: { description: 'The email got an account meanwhile; sign in instead.' },
    },
  },
  {
    method: 'post',
    path: '/api/v1/auth/sign-in',
    summary: 'Sign in with email and password.',
    tags: ['accounts'],
    access: 'public',
    body: SignInSchema,
    responses: {
      200: { description: 'Signed in.', schema: MeSchema },
      401: { description: 'Email or password wrong (the same answer either way).' },
      429: {
        description:
          'Too many attempts: wait for Retry-After, or sign in with an emailed link (see ADR 0005).',
      },
    },
  },
  {
    method: 'post',
    path: '/api/v1/auth/sign-out',
    summary: 'End this session.',
    tags: ['accounts'],
    access: 'signed-in',
    responses: { 204: { description: 'Signed out.' } },
  },
  {
    method: 'get',
    path: '/api/v1/auth/me',
    summary: 'The signed-in user and the CSRF token for state-changing requests.',
    tags: ['accounts'],
    access: 'signed-in',
    responses: { 200: { description: 'The user.', schema: MeSchema } },
  },
  {
    method: 'put',
    path: '/api/v1/me/locale',
    summary: 'The language the app, emails and printouts use for the signed-in person (en or es).',
    tags: ['accounts'],
    access: 'signed-in',
    body: LocaleChoiceSchema,
    responses: { 200: { description: 'Saved.', schema: LocaleChoiceSchema } },
  },
  {
    method: 'get',
    path: '/api/v1/auth/session',
    summary: 'Who is signed in on this browser, if anyone, with the CSRF token.',
    tags: ['accounts'],
    access: 'public',
    responses: {
      200: {
        description: 'The user and token, or nulls.',
        schema: z.union([MeSchema, z.strictObject({ user: z.null(), csrfToken: z.null() })]),
      },
    },
  },
  {
    method: 'post',
    path: '/api/v1/auth/magic-link',
    summary:
      'Email a one-time sign-in link (always answers the same; at most 3 link emails to one address in 15 minutes).',
    tags: ['accounts'],
    access: 'public',
    body: EmailOnlySchema,
    responses: { 202: { description: 'Sent if the account exists.', schema: AcceptedSchema } },
  },
  {
    method: 'post',
    path: '/api/v1/auth/magic-link/verify',
    summary: 'Sign in with a one-time link token.',
    tags: ['accounts'],
    access: 'public',
    body: TokenSchema,
    responses: { 200: { description: 'Signed in.', schema: MeSchema } },
  },
  {
    method: 'post',
    path: '/api/v1/auth/password-reset',
    summary: 'Email a password-reset link (always answers the same).',
    tags: ['accounts'],
    access: 'public',
    body: EmailOnlySchema,
    responses: { 202: { description: 'Sent if the account exists.', schema: AcceptedSchema } },
  },
  {
    method: 'post',
    path: '/api/v1/auth/password-reset/confirm',
    summary: 'Set a new password with a reset token; signs out other devices.',
    tags: ['accounts'],
    access: 'public',
    body: ResetSchema,
    responses: { 200: { description: 'Signed in with the new password.', schema: MeSchema } },
  },
];

/** Files sent with a mail (a visit's calendar file), as text. */
export const OutboxAttachmentsSchema = z.array(
  z.strictObject({ filename: z.string(), contentType: z.string(), content: z.string() }),
);

export const outboxDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/v1/dev/outbox',
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
  },
];
