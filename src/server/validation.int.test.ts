import { hash } from '@node-rs/argon2';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT_INTAKE } from '../../tests/fixtures/contract-intake';
import { savedSession } from '../../tests/fixtures/saved-session';
import { Client } from '../../tests/setup/session';
import { DIALECTS, useSeededApp } from '../../tests/setup/test-db';
import { createUser } from './auth/queries';

const NOW = new Date('2026-11-25T15:00:00Z');
type Problem = { title: string; detail: string; errors?: { field: string; message: string }[] };

const session = (overrides: Record<string, unknown> = {}, item: Record<string, unknown> = {}) =>
  savedSession(`key-${Math.random().toString(36).slice(2, 12)}`, '2026-11-25', overrides, item);
const log = { legPain: 4, backPain: 3, psfs: [], notes: '' };

describe.each(DIALECTS)('bad input is refused whole, on %s', (dialect) => {
  const ctx = useSeededApp(dialect, NOW);
  const who = {} as Record<'anonymous' | 'patient' | 'admin', Client>;
  const count = async (
    table:
      'safety_screening' | 'exercise_session' | 'daily_log' | 'appointment_type' | 'habit_check',
  ) =>
    Number(
      (
        await ctx.t.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    who.anonymous = new Client(ctx.app, { 'x-forwarded-for': '198.51.100.77' });
    who.patient = new Client(ctx.app);
    await who.patient.signUp('Val Validate', 'val@example.com');
    await createUser(ctx.t.db, {
      id: 'validation-admin',
      email: 'validation-admin@example.com',
      name: 'Vera Admin',
      role: 'admin',
      passwordHash: await hash('admin passphrase'),
      at: NOW.getTime(),
    });
    who.admin = new Client(ctx.app);
    await who.admin.signIn('validation-admin@example.com', 'admin passphrase');
  });

  const expectRefused = (
    res: { status: number; body: unknown; headers: Headers },
    field: RegExp,
  ) => {
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = res.body as Problem;
    expect(body.detail).toMatch(field);
    return body;
  };

  it.each([
    ['a NUL byte', 'Pat\u0000Doe', /control character/],
    ['a bell', 'Pat\u0007Doe', /control character/],
    ['half an emoji', 'Pat \ud83d Doe', /broken character/],
  ])('refuses %s in any text field, naming the field', async (_what, text, why) => {
    const before = await count('daily_log');
    const logged = await who.patient.json('PUT', '/api/v1/me/logs/2026-11-24', {
      ...log,
      notes: text,
    });
    expect(expectRefused(logged, why).errors?.[0]?.field).toBe('notes');
    expect(await count('daily_log')).toBe(before);
    const nested = await who.patient.json('PUT', '/api/v1/me/logs/2026-11-24', {
      ...log,
      psfs: [{ activity: text, score: 4 }],
    });
    expect(expectRefused(nested, why).errors?.[0]?.field).toBe('psfs.0.activity');
    const guest = await who.anonymous.json('POST', '/api/v1/appointments', {
      slot: '2026-12-01T15:00:00Z',
      therapistId: 'x-1',
      appointmentType: 'follow-up',
      guest: { name: text, email: 'g@example.com', phone: '212-555-0100' },
    });
    expect(expectRefused(guest, why).errors?.[0]?.field).toBe('guest.name');
  });

  it.each([
    ['GET', '/api/v1/clinics/%00'],
    ['GET', '/api/v1/exercises/figure%004'],
    ['GET', '/api/v1/appointments/%00?token=abcdefghijklmnopqrstuvwxyz'],
    ['POST', '/api/v1/appointments/%00/cancel?token=abcdefghijklmnopqrstuvwxyz'],
    ['GET', '/api/v1/invites/%00'],
    ['GET', '/api/v1/calendar/%00.ics'],
    ['GET', '/api/v1/clinics?zip=%00'],
    [
      'GET',
      '/api/v1/slots?clinicId=boston-ma-1%00&appointmentType=follow-up&from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z',
    ],
    ['GET', '/api/v1/clinics/%E0%A4%A'],
  ])('answers %s %s with a 400, never a 500', async (method, path) => {
    const res = await who.anonymous.request(method, path, method === 'GET' ? undefined : {});
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it.each([20, 5_000, 32_000])('refuses JSON nested %i levels deep with a 400', async (depth) => {
    const nested = '['.repeat(depth) + '1' + ']'.repeat(depth);
    for (const path of ['/api/v1/auth/sign-in', '/api/v1/plan/preview', '/api/v1/appointments']) {
      const res = await who.anonymous.raw('POST', path, nested, 'application/json');
      expect(res.status, path).toBe(400);
      expect(((await res.json()) as Problem).detail).toMatch(/nested more than 16 levels/);
    }
  });

  it('checks a session’s exercises against the library and refuses an empty one', async () => {
    const before = await count('exercise_session');
    expectRefused(
      await who.patient.json(
        'POST',
        '/api/v1/me/sessions',
        session({}, { variant: 'upside-down' }),
      ),
      /items\.0\.variant is "upside-down", not a version of figure-4/,
    );
    expectRefused(
      await who.patient.json(
        'POST',
        '/api/v1/me/sessions',
        session({}, { variant: 'x'.repeat(10_000) }),
      ),
      /items\.0\.variant/,
    );
    expectRefused(
      await who.patient.json('POST', '/api/v1/me/sessions', session({ items: [] })),
      /at least one exercise/,
    );
    const huge = await who.patient.request(
      'POST',
      '/api/v1/me/sessions',
      session({}, { variant: 'x'.repeat(10 * 1024 * 1024) }),
    );
    expect(huge.status).toBe(413);
    expect(await count('exercise_session')).toBe(before);
    const good = await who.patient.json('POST', '/api/v1/me/sessions', session());
    expect(good.status).toBe(201);
  });

  it('takes logs only for days between a year before joining and the patient’s today', async () => {
    const before = await count('daily_log');
    for (const day of ['0001-01-01', '2025-11-24', '2026-11-27', '9999-12-31'])
      expectRefused(await who.patient.json('PUT', `/api/v1/me/logs/${day}`, log), /date/);
    expectRefused(
      await who.patient.json('POST', '/api/v1/me/sessions', session({ localDate: '1970-01-01' })),
      /localDate/,
    );
    expect(await count('daily_log')).toBe(before);
    // Someone in Kiribati (UTC+14) is already on the 26th at 15:00 UTC on the 25th.
    for (const day of ['2025-11-25', '2026-11-25', '2026-11-26'])
      expect((await who.patient.json('PUT', `/api/v1/me/logs/${day}`, log)).status).toBe(200);
  });

  it('takes habit answers on the same days as logs, and only for known habits', async () => {
    const before = await count('habit_check');
    const walked = { habits: { walking: true } };
    for (const day of ['0001-01-01', '2025-11-24', '2026-11-27', '2026-02-30', 'today'])
      expectRefused(await who.patient.json('PUT', `/api/v1/me/habits/${day}`, walked), /date/);
    expectRefused(
      await who.patient.json('PUT', '/api/v1/me/habits/2026-11-25', { habits: { yoga: true } }),
      /habits\.yoga/,
    );
    expect(await count('habit_check')).toBe(before);
    for (const day of ['2025-11-25', '2026-11-25', '2026-11-26'])
      expect((await who.patient.json('PUT', `/api/v1/me/habits/${day}`, walked)).status).toBe(200);
  });

  it('gives admin ids a pattern and a length limit before anything is stored or shown', async () => {
    const before = await count('appointment_type');
    const type = {
      name: 'Long visit',
      description: '',
      durationMinutes: 45,
      bufferMinutes: 0,
      stepMinutes: 15,
      minNoticeMinutes: 60,
      horizonDays: 30,
    };
    for (const id of ['x'.repeat(10_000), 'Upper-Case', 'has space', 'a--b'])
      expectRefused(
        await who.admin.json(
          'PUT',
          `/api/v1/admin/appointment-types/${encodeURIComponent(id)}`,
          type,
        ),
        /address/,
      );
    expect(await count('appointment_type')).toBe(before);
    const longTherapist = await who.admin.json(
      'PUT',
      `/api/v1/admin/therapists/${'t'.repeat(10_000)}/hours`,
      { workingHours: [] },
    );
    expectRefused(longTherapist, /too long/);
  });

  it('answers every anonymous red-flag preview but stores only 20 an hour from one address', async () => {
    const before = await count('safety_screening');
    const flagged = { ...CONTRACT_INTAKE, redFlags: { ...CONTRACT_INTAKE.redFlags, fever: true } };
    const answers = await Promise.all(
      Array.from({ length: 25 }, () => who.anonymous.json('POST', '/api/v1/plan/preview', flagged)),
    );
    for (const a of answers) expect(a.body).toMatchObject({ status: 'seek-care', items: [] });
    expect((await count('safety_screening')) - before).toBe(20);
  });
});
