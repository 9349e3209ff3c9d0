import { hash } from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ChildServer } from '../../tests/setup/child-server';
import { openTestDb, type TestDb } from '../../tests/setup/test-db';
import { createUser } from './auth/queries';
import { seedDemoData } from './db/seed';

const DAY = 86_400_000;
const PATIENTS = 20;
const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

/**
 * Where one machine is not enough, several stateless app processes share one PostgreSQL.
 * Everything that must hold across them lives in the database: claims, rate-limit counters,
 * notice claims, sessions and the signing secret.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('two app processes on one PostgreSQL', () => {
  let t: TestDb;
  let a: ChildServer;
  let b: ChildServer;
  const either = (i: number) => (i % 2 === 0 ? a : b);

  beforeAll(async () => {
    t = await openTestDb('postgres');
    const now = Date.now();
    await seedDemoData(t.db, now);
    await createUser(t.db, {
      id: 'scale-patient',
      email: 'scale@example.com',
      name: 'Sol Scale',
      role: 'patient',
      passwordHash: await hash('scale passphrase'),
      at: now,
    });
    // Patients who asked for missed-day emails and skipped yesterday: a nudge is due for each.
    const twoDaysAgo = new Date(now - 2 * DAY).toISOString().slice(0, 10);
    for (let i = 0; i < PATIENTS; i++) {
      const id = `quiet-${i}`;
      await createUser(t.db, {
        id,
        email: `quiet${i}@example.com`,
        name: `Quinn ${i}`,
        role: 'patient',
        passwordHash: null,
        at: now - 10 * DAY,
      });
      await t.db
        .insertInto('nudge_setting')
        .values({ user_id: id, email: 1, time_zone: 'UTC', updated_at: now })
        .execute();
      await t.db
        .insertInto('reminder')
        .values({ user_id: id, times: '["00:00"]', feed_token_hash: `feed-${i}`, updated_at: now })
        .execute();
      await t.db
        .insertInto('daily_log')
        .values({
          user_id: id,
          local_date: twoDaysAgo,
          leg_pain: 3,
          back_pain: 2,
          psfs: '[]',
          notes: '',
          updated_at: now,
        })
        .execute();
    }
    // Started together, so both run their first nudge sweep at the same moment.
    [a, b] = await Promise.all([
      startServer({ DATABASE_URL: t.url }),
      startServer({ DATABASE_URL: t.url }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await t.close();
  });

  it('sends each due nudge once although both processes sweep', async () => {
    const nudges = () =>
      t.db.selectFrom('outbox').select('to_email').where('to_email', 'like', 'quiet%').execute();
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && (await nudges()).length < PATIENTS)
      await new Promise((r) => setTimeout(r, 200));
    // Give a second, slower sweep the time to (wrongly) send again.
    await new Promise((r) => setTimeout(r, 1000));
    const mails = await nudges();
    expect(mails).toHaveLength(PATIENTS);
    expect(new Set(mails.map((m) => m.to_email)).size).toBe(PATIENTS);
  });

  it('gives one winner when 40 guests book one slot through both', async () => {
    const from = new Date(Date.now() + 2 * DAY).toISOString().slice(0, 10);
    const { slots } = (await (
      await fetch(
        `${a.url}/api/v1/slots?clinicId=denver-co-1&appointmentType=follow-up&from=${from}T00:00:00Z&to=${new Date(Date.parse(from) + 7 * DAY).toISOString()}`,
      )
    ).json()) as { slots: { start: string; therapistId: string }[] };
    const slot = slots[0]!;
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        post(`${either(i).url}/api/v1/appointments`, {
          slot: slot.start,
          therapistId: slot.therapistId,
          appointmentType: 'follow-up',
          guest: { name: `Racer ${i}`, email: `racer${i}@example.com`, phone: '303-555-0100' },
        }),
      ),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(39);
  });

  it('holds the sign-in limit in total across both', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        post(`${either(i).url}/api/v1/auth/sign-in`, {
          email: 'scale@example.com',
          password: `guess ${i}`,
        }),
      ),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(45);
  });

  it('accepts a session and its CSRF token from one process in the other', async () => {
    await t.db.deleteFrom('rate_limit').execute(); // the burst above held this address back
    const signedIn = await post(`${a.url}/api/v1/auth/sign-in`, {
      email: 'scale@example.com',
      password: 'scale passphrase',
    });
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
    const me = await fetch(`${b.url}/api/v1/auth/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    const logged = await fetch(`${b.url}/api/v1/me/logs/${today}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ legPain: 3, backPain: 2, psfs: [], notes: '' }),
    });
    expect(logged.status).toBe(200);
  });
});
