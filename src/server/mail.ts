import type { Locale } from '../domain/i18n/locale';
import type { Db } from './db/create-db';

/** A file sent with a mail, e.g. a visit's calendar file (`text/calendar; method=REQUEST`). */
export type Attachment = { filename: string; contentType: string; content: string };
export type Mail = {
  to: string;
  subject: string;
  body: string;
  attachments?: Attachment[];
  /** The language it is written in, sent as Content-Language. */
  language?: Locale;
};
export type Mailer = (mail: Mail) => Promise<void>;

/**
 * Without SMTP configured (demo mode) mail goes to the local outbox, which the demo-only
 * /outbox page shows (attachments too), so every email the app sends can be seen and used on a
 * fresh machine.
 */
export function outboxMailer(db: Db, now: () => Date): Mailer {
  return async (mail) => {
    await db
      .insertInto('outbox')
      .values({
        id: crypto.randomUUID(),
        to_email: mail.to,
        subject: mail.subject,
        body: mail.body,
        created_at: now().getTime(),
        attachments: mail.attachments?.length ? JSON.stringify(mail.attachments) : null,
      })
      .execute();
  };
}

/** SMTP when the environment names a server, else the demo outbox. */
export async function mailerFor(
  env: { SMTP_URL?: string | undefined; MAIL_FROM: string },
  db: Db,
): Promise<Mailer> {
  return env.SMTP_URL
    ? smtpMailer(env.SMTP_URL, env.MAIL_FROM)
    : outboxMailer(db, () => new Date());
}

/** Real delivery through an SMTP server, e.g. smtp://user:pass@mail.example.com:587. */
export async function smtpMailer(url: string, from: string): Promise<Mailer> {
  const { createTransport } = await import('nodemailer');
  const transport = createTransport(url);
  return async (mail) => {
    await transport.sendMail({
      from,
      to: mail.to,
      subject: mail.subject,
      text: mail.body,
      ...(mail.attachments ? { attachments: mail.attachments } : {}),
      ...(mail.language ? { headers: { 'Content-Language': mail.language } } : {}),
    });
  };
}

/** The bare address of a sender such as `ReliefPath <no-reply@example.com>`. */
export function addressOf(from: string): string {
  return /<([^<>\s]+)>\s*$/.exec(from)?.[1] ?? from.trim();
}
