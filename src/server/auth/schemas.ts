import { LocaleSchema } from '../../domain/i18n/locale';
import { issue } from '../../domain/i18n/issues';
import { z } from 'zod';

export const EmailSchema = z
  .email(issue('issue.giveEmail'))
  .max(254)
  .transform((e) => e.trim().toLowerCase());

/** Length beats complexity rules (NIST SP 800-63B): at least 10 characters, at most 200. */
export const PasswordSchema = z
  .string()
  .min(10, issue('issue.passwordShort'))
  .max(200, issue('issue.passwordLong'));

/** Where to go after a link signs someone in: a path on this site, never another site. */
export const NextPathSchema = z
  .string()
  .max(200, issue('issue.tooLong'))
  .regex(/^\/([\w\-.?=&%~][\w\-./?=&%~]*)?$/, issue('issue.pathOnSite'));

export const SignUpSchema = z.strictObject({
  name: z.string().trim().min(2, issue('issue.giveName')).max(100),
  email: EmailSchema,
  password: PasswordSchema,
  /** Where the emailed link takes the new patient once it has signed them in. */
  next: NextPathSchema.optional(),
});

export const SignInSchema = z.strictObject({
  email: EmailSchema,
  password: z.string().min(1).max(200),
});
export const EmailOnlySchema = z.strictObject({ email: EmailSchema });
export const TokenSchema = z.strictObject({ token: z.string().min(20).max(200) });
/** The password is asked for only when the link is opened in another browser. */
export const ConfirmSignUpSchema = TokenSchema.extend({
  password: z.string().min(1).max(200).optional(),
});
export const ResetSchema = z.strictObject({
  token: z.string().min(20).max(200),
  password: PasswordSchema,
});

export const MeSchema = z.strictObject({
  user: z.strictObject({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(['patient', 'therapist', 'admin']),
    locale: LocaleSchema.describe('What the app, emails and printouts are written in.'),
  }),
  csrfToken: z.string(),
});

export const LocaleChoiceSchema = z.strictObject({ locale: LocaleSchema });

export const AcceptedSchema = z.strictObject({ detail: z.string() });

/** Files sent with a mail (a visit's calendar file), as text. */
export const OutboxAttachmentsSchema = z.array(
  z.strictObject({ filename: z.string(), contentType: z.string(), content: z.string() }),
);
