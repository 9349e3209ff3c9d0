import { describe, expect, it } from 'vitest';
import { CONTRACT_INTAKE } from '../../../tests/fixtures/contract-intake';
import { checkinReport } from '../../../tests/fixtures/saved-session';
import { Client } from '../../../tests/setup/session';
import { DIALECTS, useTestApp } from '../../../tests/setup/test-db';
import { ProgressSchema } from './schemas';

const NOW = new Date('2026-11-25T15:00:00Z');
const session = (key: string, localDate = '2026-11-25') => ({
  idempotencyKey: key,
  localDate,
  startedAt: `${localDate}T14:00:00Z`,
  finishedAt: `${localDate}T14:12:00Z`,
  outcome: 'stopped',
  items: [
    {
      exerciseId: 'figure-4',
      variant: 'supine',
      outcome: 'done',
      heldSeconds: 80,
      checkin: {
        report: checkinReport({ painBefore: 5 }),
        action: 'continue',
      },
    },
    {
      exerciseId: 'hamstring',
      variant: 'seated',
      outcome: 'stopped',
      heldSeconds: 40,
      checkin: {
        report: checkinReport({ exerciseId: 'hamstring', variant: 'seated', tinglingSpread: true }),
        action: 'stop',
      },
    },
  ],
});

describe.each(DIALECTS)('progress on %s', (dialect) => {
  const ctx = useTestApp(dialect, () => NOW);
  const patient = async (email: string) => {
    const c = new Client(ctx.app);
    await c.signUp('Pat Progress', email);
    return c;
  };

  it('saves a session with its check-ins once, however often it is sent', async () => {
    const c = await patient('once@example.com');
    const sends = await Promise.all(
      [1, 2, 3].map(() =>
        c.json<{ id: string }>('POST', '/api/v1/me/sessions', session('session-key-0001')),
      ),
    );
    expect(sends.map((s) => s.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(sends.map((s) => s.body.id)).size).toBe(1);
    const events = await ctx.t.db
      .selectFrom('checkin_event')
      .selectAll()
      .where('session_id', '=', sends[0]!.body.id)
      .execute();
    expect(events.map((e) => [e.exercise_id, e.action, e.tingling_spread])).toEqual(
      expect.arrayContaining([
        ['figure-4', 'continue', 0],
        ['hamstring', 'stop', 1],
      ]),
    );
  });

  it.each([
    [
      'an unknown exercise',
      { ...session('bad-key-0001'), items: [{ ...session('x').items[0], exerciseId: 'pogo' }] },
      /exerciseId/,
    ],
    [
      'an end before the start',
      { ...session('bad-key-0002'), finishedAt: '2026-11-25T13:00:00Z' },
      /finishedAt must not be before startedAt/,
    ],
    ['a short key', session('short'), /idempotencyKey/],
  ])('rejects %s and saves nothing', async (_name, body, detail) => {
    const c = await patient(`bad-${Math.random().toString(36).slice(2)}@example.com`);
    const res = await c.json<{ detail: string }>('POST', '/api/v1/me/sessions', body);
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(detail);
    expect((await c.json<unknown[]>('GET', '/api/v1/me/sessions')).body).toEqual([]);
  });

  it('logs pain day by day and reports the change against baseline', async () => {
    const c = await patient('logger@example.com');
    for (const [date, leg] of [
      ['2026-11-18', 6],
      ['2026-11-21', 5],
      ['2026-11-25', 4],
    ] as const)
      expect(
        (
          await c.json('PUT', `/api/v1/me/logs/${date}`, {
            legPain: leg,
            backPain: 3,
            psfs: [{ activity: 'Sitting at work', score: 4 }],
          })
        ).status,
      ).toBe(200);
    // Correcting a day replaces it.
    await c.json('PUT', '/api/v1/me/logs/2026-11-25', { legPain: 3, backPain: 2 });
    await c.json('POST', '/api/v1/me/sessions', session('logger-session-1', '2026-11-24'));
    await c.json('POST', '/api/v1/me/sessions', session('logger-session-2', '2026-11-25'));
    const { body } = await c.json('GET', '/api/v1/me/progress?today=2026-11-25');
    const progress = ProgressSchema.parse(body);
    expect(progress.logs.map((l) => l.legPain)).toEqual([6, 5, 3]);
    expect(progress.progress).toMatchObject({
      legChange: -3,
      meaningfulImprovement: true,
      streakDays: 2,
      adherence: { done: 2, prescribed: 7 },
    });
    expect(progress.progress.summary[0]).toMatch(/down from 6 to 3/);
  });

  it('says when a day was missed, but never nudges someone just told to seek care', async () => {
    const c = await patient('quiet@example.com');
    const missed = async () =>
      ProgressSchema.parse((await c.json('GET', '/api/v1/me/progress?today=2026-11-25')).body)
        .missedADay;
    expect(await missed()).toBe(false); // nothing started yet
    await c.json('PUT', '/api/v1/me/logs/2026-11-23', { legPain: 4, backPain: 2 });
    expect(await missed()).toBe(true);
    await c.json('POST', '/api/v1/plan/preview', {
      ...CONTRACT_INTAKE,
      redFlags: { ...CONTRACT_INTAKE.redFlags, progressiveWeakness: true },
    });
    expect(await missed()).toBe(false);
  });

  it('refuses future days and bad dates', async () => {
    const c = await patient('future@example.com');
    expect(
      (await c.json('PUT', '/api/v1/me/logs/2027-01-01', { legPain: 1, backPain: 1 })).status,
    ).toBe(400);
    expect(
      (await c.json('PUT', '/api/v1/me/logs/yesterday', { legPain: 1, backPain: 1 })).status,
    ).toBe(400);
    expect(
      (await c.json('PUT', '/api/v1/me/logs/2026-11-24', { legPain: 11, backPain: 1 })).status,
    ).toBe(400);
  });
});
