import { hash } from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT_INTAKE } from '../../../tests/fixtures/contract-intake';
import { Client } from '../../../tests/setup/session';
import { backgroundOf, DIALECTS, openTestDb, type TestDb } from '../../../tests/setup/test-db';
import { createApp } from '../app';
import { createUser } from '../auth/queries';
import { createBackground } from '../http/background';
import { createLogger } from '../http/logging';
import type { Mail } from '../mail';
import { createNotifier, type Notifier } from './notifier';

describe.each(DIALECTS)('alerts and nudges by email on %s', (dialect) => {
  let t: TestDb;
  let app: ReturnType<typeof createApp>;
  let notifier: Notifier;
  let clock = new Date('2026-11-25T15:00:00Z');
  const sent: Mail[] = [];
  let failNext = false;
  /** What the notifier sent someone (the sign-up email before it is not its doing). */
  const mailTo = (to: string) =>
    sent.filter((m) => m.to === to && !/Finish creating/.test(m.subject));

  beforeAll(async () => {
    t = await openTestDb(dialect);
    const now = () => clock;
    const mailer = (mail: Mail) => {
      if (failNext) {
        failNext = false;
        return Promise.reject(new Error('SMTP server said 421'));
      }
      sent.push(mail);
      return Promise.resolve();
    };
    const logger = createLogger('silent');
    notifier = createNotifier({ db: t.db, mailer, publicUrl: 'https://rp.test', now, logger });
    const background = createBackground(logger);
    app = createApp({
      db: t.db,
      logger,
      publicUrl: 'https://rp.test',
      secret: 'test-secret-test-secret-test-secret',
      now,
      mailer,
      notifier,
      background,
    });
    backgroundOf.set(app, background);
  });
  afterAll(() => t.close());

  async function therapist(id: string, locale: 'en' | 'es' = 'en') {
    await createUser(t.db, {
      locale,
      id,
      email: `${id}@clinic.test`,
      name: `PT ${id}`,
      role: 'therapist',
      passwordHash: await hash('staff passphrase'),
      at: clock.getTime(),
    });
    const c = new Client(app, {}, () => Promise.resolve([...sent].reverse()));
    await c.signIn(`${id}@clinic.test`, 'staff passphrase');
    return c;
  }
  async function patientOf(pt: Client | null, name: string, email: string) {
    const patient = new Client(app, {}, () => Promise.resolve([...sent].reverse()));
    await patient.signUp(name, email);
    if (pt) {
      const invite = await pt.json<{ url: string }>('POST', '/api/v1/therapist/invites');
      const token = invite.body.url.split('/join/')[1]!;
      await patient.json('POST', `/api/v1/invites/${token}/accept`);
    }
    return patient;
  }

  it('mails the care team once per new alert, without the numbers, and retries a failed send', async () => {
    const pt = await therapist('pt-mail');
    await therapist('pt-other');
    const patient = await patientOf(pt, 'Rae Rising', 'rae@example.com');
    await patient.json('PUT', '/api/v1/me/logs/2026-11-22', { legPain: 3, backPain: 2 });
    await notifier.settled();
    expect(mailTo('pt-mail@clinic.test')).toEqual([]);

    await patient.json('PUT', '/api/v1/me/logs/2026-11-24', { legPain: 6, backPain: 2 });
    await notifier.settled();
    const [review] = mailTo('pt-mail@clinic.test');
    expect(review?.subject).toBe('ReliefPath: please review your patient R. R.');
    expect(review?.body).toContain('has rising leg pain (on Tuesday, November 24).');
    expect(review?.body).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(review?.body).toMatch(/https:\/\/rp\.test\/therapist\/patients\/[\w-]+/);
    expect(review?.body).not.toMatch(/\b[36]\b/);

    // Saving the same day again is not news.
    await patient.json('PUT', '/api/v1/me/logs/2026-11-24', { legPain: 6, backPain: 3 });
    await notifier.settled();
    expect(mailTo('pt-mail@clinic.test')).toHaveLength(1);

    // A red flag goes out at once; when the mail server fails, the next change tries again.
    failNext = true;
    await patient.json('POST', '/api/v1/plan/preview', {
      ...CONTRACT_INTAKE,
      redFlags: { ...CONTRACT_INTAKE.redFlags, saddleNumbness: true },
    });
    await notifier.settled();
    expect(mailTo('pt-mail@clinic.test')).toHaveLength(1);
    await patient.json('PUT', '/api/v1/me/logs/2026-11-25', { legPain: 6, backPain: 3 });
    await notifier.settled();
    expect(mailTo('pt-mail@clinic.test').map((m) => m.subject)).toEqual([
      'ReliefPath: please review your patient R. R.',
      'ReliefPath: your patient R. R. needs you now',
    ]);
    // Only this patient's own therapist hears about them.
    expect(mailTo('pt-other@clinic.test')).toEqual([]);
  });

  it("writes each email in its reader's language: the therapist's alert and the patient's nudge", async () => {
    clock = new Date('2026-11-25T15:00:00Z');
    const pt = await therapist('pt-es', 'es');
    // An English-speaking patient of a Spanish-speaking therapist, and the reverse for the nudge.
    const patient = await patientOf(pt, 'Ivy Ingles', 'ivy@example.com');
    await patient.json('PUT', '/api/v1/me/logs/2026-11-22', { legPain: 3, backPain: 2 });
    await patient.json('PUT', '/api/v1/me/logs/2026-11-24', { legPain: 6, backPain: 2 });
    await notifier.settled();
    const [alert] = mailTo('pt-es@clinic.test');
    expect(alert?.language).toBe('es');
    expect(alert?.subject).toBe('ReliefPath: revise a su paciente I. I., por favor');
    expect(alert?.body).toContain(
      'tiene el dolor de pierna en aumento (el martes, 24 de noviembre).',
    );
    expect(alert?.body).not.toMatch(/\b(the|your|you|and|with|please|patient)\b/i);

    const hablante = await patientOf(null, 'Sol Sanchez', 'sol@example.com');
    expect((await hablante.json('PUT', '/api/v1/me/locale', { locale: 'es' })).status).toBe(200);
    await hablante.json('PUT', '/api/v1/me/nudges', { email: true, timeZone: 'UTC' });
    await hablante.json('PUT', '/api/v1/me/logs/2026-11-23', { legPain: 4, backPain: 2 });
    await notifier.sweep();
    const [nudge] = mailTo('sol@example.com');
    expect(nudge?.language).toBe('es');
    expect(nudge?.subject).toBe('Un recordatorio amable de ReliefPath');
    expect(nudge?.body).toContain('Hola, Sol:');
    expect(nudge?.body).toContain('«Escríbame por correo cuando me salte un día»');
    expect(nudge?.body).not.toMatch(/\b(the|your|you|and|with|yesterday|session)\b/i);
  });

  it('nudges a patient who asked for it after one and three missed days, in their time zone', async () => {
    clock = new Date('2026-11-25T15:00:00Z');
    const patient = await patientOf(null, 'Noor Nudge', 'noor@example.com');
    const bad = await patient.json<{ detail: string }>('PUT', '/api/v1/me/nudges', {
      email: true,
      timeZone: 'Mars/Olympus',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toMatch(/IANA time zone/);
    expect(
      (await patient.json('PUT', '/api/v1/me/nudges', { email: true, timeZone: 'America/Chicago' }))
        .body,
    ).toEqual({ email: true, timeZone: 'America/Chicago' });
    await patient.json('PUT', '/api/v1/me/logs/2026-11-23', { legPain: 4, backPain: 2 });
    const sweepAt = async (iso: string) => {
      clock = new Date(iso);
      await notifier.sweep();
      return mailTo('noor@example.com').length;
    };
    expect(await sweepAt('2026-11-25T14:30:00Z')).toBe(0); // 8:30 in Chicago: too early
    expect(await sweepAt('2026-11-25T15:05:00Z')).toBe(1); // 9:05: yesterday was missed
    const [nudge] = mailTo('noor@example.com');
    expect(nudge?.subject).toBe('A gentle nudge from ReliefPath');
    expect(nudge?.body).toContain('Yesterday slipped by');
    expect(nudge?.body).toContain('https://rp.test/progress');
    expect(await sweepAt('2026-11-25T20:00:00Z')).toBe(1); // once a day, however often we look
    expect(await sweepAt('2026-11-26T16:00:00Z')).toBe(1); // two days missed: leave them be
    expect(await sweepAt('2026-11-27T16:00:00Z')).toBe(2); // three days: one more
    expect(await sweepAt('2026-11-29T16:00:00Z')).toBe(2); // then stop

    // Opting out is honoured.
    await patient.json('PUT', '/api/v1/me/logs/2026-11-29', { legPain: 3, backPain: 2 });
    await patient.json('PUT', '/api/v1/me/nudges', { email: false, timeZone: 'America/Chicago' });
    expect((await patient.json('GET', '/api/v1/me/nudges')).body).toEqual({
      email: false,
      timeZone: 'America/Chicago',
    });
    expect(await sweepAt('2026-12-01T16:00:00Z')).toBe(2);
  });

  it('never nudges someone whose last answer was a red flag', async () => {
    clock = new Date('2026-11-25T15:00:00Z');
    const patient = await patientOf(null, 'Flo Flag', 'flo@example.com');
    await patient.json('PUT', '/api/v1/me/nudges', { email: true, timeZone: 'UTC' });
    await patient.json('PUT', '/api/v1/me/logs/2026-11-25', { legPain: 5, backPain: 2 });
    await patient.json('POST', '/api/v1/plan/preview', {
      ...CONTRACT_INTAKE,
      redFlags: { ...CONTRACT_INTAKE.redFlags, bladderOrBowelChange: true },
    });
    clock = new Date('2026-11-27T12:00:00Z');
    await notifier.sweep();
    expect(mailTo('flo@example.com')).toEqual([]);
  });
});
