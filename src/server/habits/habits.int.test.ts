import { hash } from '@node-rs/argon2';
import { beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../tests/setup/session';
import { DIALECTS, useTestApp } from '../../../tests/setup/test-db';
import { HABITS } from '../../../content/progression';
import { createUser } from '../auth/queries';

// 15:00 UTC on the 25th: already the 26th in Kiribati (UTC+14), nowhere yet the 27th.
const NOW = new Date('2026-11-25T15:00:00Z');
type Problem = { detail: string; errors?: { field: string; message: string }[] };
type Day = { date: string; habits: Record<string, boolean> };
type Checks = {
  from: string;
  to: string;
  checks: { date: string; habitId: string; done: boolean }[];
};

const all = (done: boolean) => Object.fromEntries(HABITS.map((id) => [id, done]));

describe.each(DIALECTS)('daily habit checks on %s', (dialect) => {
  const ctx = useTestApp(dialect, () => NOW);
  const rows = async (userId?: string) =>
    (
      await ctx.t.db
        .selectFrom('habit_check')
        .selectAll()
        .$if(userId !== undefined, (q) => q.where('user_id', '=', userId!))
        .orderBy('local_date')
        .orderBy('habit_id')
        .execute()
    ).map((r) => ({ ...r, updated_at: Number(r.updated_at) }));

  let patient: Client;
  let patientId: string;
  beforeAll(async () => {
    patient = new Client(ctx.app);
    const me = await patient.signUp('Hana Habit', 'hana@example.com');
    patientId = (me.body as { user: { id: string } }).user.id;
  });

  /** A 400 problem+json naming `field`, with a message for it; nothing was written. */
  async function expectRefused(
    send: () => Promise<{ status: number; body: unknown; headers: Headers }>,
    field: string,
    message: RegExp,
  ) {
    const before = await rows();
    const res = await send();
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = res.body as Problem;
    expect(problem.errors).toEqual(
      expect.arrayContaining([{ field, message: expect.stringMatching(message) as string }]),
    );
    expect(problem.detail).toContain(field);
    expect(await rows()).toEqual(before);
  }

  it('lists the four lessons for anyone, with the sources they cite', async () => {
    const res = await new Client(ctx.app).json<{
      habits: { id: string; question: string; sources: string[] }[];
      sources: { id: string; url: string }[];
    }>('GET', '/api/v1/habits');
    expect(res.status).toBe(200);
    expect(res.body.habits.map((h) => h.id)).toEqual([...HABITS]);
    const cited = new Set(res.body.habits.flatMap((h) => h.sources));
    expect(res.body.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
    for (const s of res.body.sources) expect(s.url).toMatch(/^https:\/\//);
  });

  it('saves a day, answers with the whole day, and reads back a range', async () => {
    const first = await patient.json<Day>('PUT', '/api/v1/me/habits/2026-11-24', {
      habits: { walking: true, 'hip-hinge': false },
    });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      date: '2026-11-24',
      habits: { 'hip-hinge': false, walking: true },
    });
    // Another habit later that day: the earlier answers stay.
    const second = await patient.json<Day>('PUT', '/api/v1/me/habits/2026-11-24', {
      habits: { 'sitting-breaks': true },
    });
    expect(second.body.habits).toEqual({
      'hip-hinge': false,
      'sitting-breaks': true,
      walking: true,
    });
    // A change of mind replaces the answer.
    await patient.json('PUT', '/api/v1/me/habits/2026-11-24', { habits: { walking: false } });
    await patient.json('PUT', '/api/v1/me/habits/2026-11-25', { habits: all(true) });
    // Someone in UTC+14 may answer for their today, the 26th.
    expect(
      (await patient.json('PUT', '/api/v1/me/habits/2026-11-26', { habits: { walking: true } }))
        .status,
    ).toBe(200);

    const range = await patient.json<Checks>(
      'GET',
      '/api/v1/me/habits?from=2026-11-24&to=2026-11-25',
    );
    expect(range.status).toBe(200);
    expect(range.body).toEqual({
      from: '2026-11-24',
      to: '2026-11-25',
      checks: [
        { date: '2026-11-24', habitId: 'hip-hinge', done: false },
        { date: '2026-11-24', habitId: 'sitting-breaks', done: true },
        { date: '2026-11-24', habitId: 'walking', done: false },
        ...[...HABITS].sort().map((habitId) => ({ date: '2026-11-25', habitId, done: true })),
      ],
    });
    const oneDay = await patient.json<Checks>(
      'GET',
      '/api/v1/me/habits?from=2026-11-26&to=2026-11-26',
    );
    expect(oneDay.body.checks).toEqual([{ date: '2026-11-26', habitId: 'walking', done: true }]);
  });

  it('changes nothing when the same answers are sent again', async () => {
    const body = { habits: { 'change-position': true, walking: false } };
    const first = await patient.json<Day>('PUT', '/api/v1/me/habits/2026-11-20', body);
    const before = await rows(patientId);
    const again = await patient.json<Day>('PUT', '/api/v1/me/habits/2026-11-20', body);
    expect(again.body).toEqual(first.body);
    const after = await rows(patientId);
    expect(after.map(({ updated_at: _, ...r }) => r)).toEqual(
      before.map(({ updated_at: _, ...r }) => r),
    );
  });

  it('refuses unknown habits, bad answers and empty days, naming the field', async () => {
    const put =
      (body: unknown, date = '2026-11-23') =>
      () =>
        patient.json('PUT', `/api/v1/me/habits/${date}`, body);
    await expectRefused(put({ habits: { swimming: true } }), 'habits.swimming', /not a known/);
    await expectRefused(
      put({ habits: { walking: true, 'Walking ': true } }),
      'habits.Walking ',
      /not a known/,
    );
    await expectRefused(put({ habits: { walking: 'yes' } }), 'habits.walking', /boolean/);
    await expectRefused(put({ habits: { walking: null } }), 'habits.walking', /boolean/);
    await expectRefused(put({ habits: {} }), 'habits', /at least one habit/);
    await expectRefused(put({}), 'habits', /required/);
    await expectRefused(put({ habits: { walking: true }, extra: 1 }), 'extra', /not a known/);
    await expectRefused(put([true]), '(body)', /object/);
  });

  it('refuses malformed, impossible, future and long-ago dates', async () => {
    const put = (date: string) => () =>
      patient.json('PUT', `/api/v1/me/habits/${date}`, { habits: { walking: true } });
    for (const date of ['yesterday', '2026-13-01', '2026-02-30', '2026-1-5', '20261125'])
      await expectRefused(put(date), 'date', /calendar date/);
    // Nowhere on Earth is it the 27th yet.
    await expectRefused(put('2026-11-27'), 'date', /in the future/);
    await expectRefused(put('9999-12-31'), 'date', /in the future/);
    // More than a year before the account was made.
    await expectRefused(put('2025-11-24'), 'date', /too long ago/);
  });

  it('reads only a bounded range of well-formed dates', async () => {
    const get = (query: string) => () => patient.json('GET', `/api/v1/me/habits${query}`);
    await expectRefused(get(''), 'from', /calendar date/);
    await expectRefused(get('?from=2026-11-01'), 'to', /calendar date/);
    await expectRefused(get('?from=2026-11-01&to=next-week'), 'to', /calendar date/);
    await expectRefused(get('?from=2026-11-25&to=2026-11-24'), 'to', /before from/);
    await expectRefused(get('?from=2025-01-01&to=2026-11-25'), 'to', /at most 366 days/);
    await expectRefused(get('?from=2026-11-01&to=2026-11-02&user=x'), 'user', /not a known/);
    const year = await patient.json<Checks>(
      'GET',
      '/api/v1/me/habits?from=2025-11-26&to=2026-11-25',
    );
    expect(year.status).toBe(200);
  });

  it('keeps one row per day and habit when the same day is saved many times at once', async () => {
    const bodies = Array.from({ length: 12 }, (_, i) => ({
      habits: Object.fromEntries(HABITS.map((id, j) => [id, (i + j) % 2 === 0])),
    }));
    const answers = await Promise.all(
      bodies.map((b) => patient.json<Day>('PUT', '/api/v1/me/habits/2026-11-22', b)),
    );
    expect(answers.map((a) => a.status)).toEqual(bodies.map(() => 200));
    const day = (await rows(patientId)).filter((r) => r.local_date === '2026-11-22');
    expect(day).toHaveLength(HABITS.length);
    // Each save is one statement, so the day ends as one of the saves sent it, never a mix.
    const final = Object.fromEntries(day.map((r) => [r.habit_id, r.done === 1]));
    expect(bodies.map((b) => b.habits)).toContainEqual(final);

    // And one habit each, all at once: all four are kept.
    const single = await Promise.all(
      HABITS.map((id) =>
        patient.json<Day>('PUT', '/api/v1/me/habits/2026-11-21', { habits: { [id]: true } }),
      ),
    );
    expect(single.map((a) => a.status)).toEqual(HABITS.map(() => 200));
    const got = await patient.json<Checks>(
      'GET',
      '/api/v1/me/habits?from=2026-11-21&to=2026-11-21',
    );
    expect(got.body.checks).toEqual(
      [...HABITS].sort().map((habitId) => ({ date: '2026-11-21', habitId, done: true })),
    );
  });

  it('is for patients only: nobody signed out, no therapist, no admin', async () => {
    const anonymous = new Client(ctx.app);
    expect(
      (await anonymous.json('GET', '/api/v1/me/habits?from=2026-11-01&to=2026-11-25')).status,
    ).toBe(401);
    expect(
      (await anonymous.json('PUT', '/api/v1/me/habits/2026-11-25', { habits: { walking: true } }))
        .status,
    ).toBe(401);
    for (const role of ['therapist', 'admin'] as const) {
      await createUser(ctx.t.db, {
        id: `habit-${role}`,
        email: `habit.${role}@example.com`,
        name: role,
        role,
        passwordHash: await hash('staff passphrase'),
        at: NOW.getTime(),
      });
      const staff = new Client(ctx.app);
      await staff.signIn(`habit.${role}@example.com`, 'staff passphrase');
      const before = await rows();
      expect(
        (await staff.json('GET', '/api/v1/me/habits?from=2026-11-01&to=2026-11-25')).status,
      ).toBe(403);
      expect(
        (await staff.json('PUT', '/api/v1/me/habits/2026-11-25', { habits: { walking: true } }))
          .status,
      ).toBe(403);
      expect(await rows()).toEqual(before);
    }
  });

  it('records each save in the audit trail, and the rows go with the account', async () => {
    const c = new Client(ctx.app);
    const me = await c.signUp('Gus Gone', 'gus@example.com');
    const id = (me.body as { user: { id: string } }).user.id;
    await c.json('PUT', '/api/v1/me/habits/2026-11-25', { habits: all(true) });
    const trail = await ctx.t.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('subject_user_id', '=', id)
      .where('action', '=', 'habits.saved')
      .execute();
    expect(trail).toHaveLength(1);
    expect(JSON.parse(trail[0]!.detail)).toMatchObject({ date: '2026-11-25' });
    expect(await rows(id)).toHaveLength(HABITS.length);
    expect((await c.json('DELETE', '/api/v1/me', { confirmEmail: 'gus@example.com' })).status).toBe(
      200,
    );
    expect(await rows(id)).toEqual([]);
  });
});
