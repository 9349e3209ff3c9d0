import { describe, expect, it } from 'vitest';
import { CONTRACT_INTAKE } from '../../../tests/fixtures/contract-intake';
import { checkinReport, savedSession } from '../../../tests/fixtures/saved-session';
import { Client } from '../../../tests/setup/session';
import { DIALECTS, useTestApp } from '../../../tests/setup/test-db';
import { ProgressSchema, SavedLogSchema } from './schemas';

const NOW = new Date('2026-11-25T15:00:00Z');
const log = (legPain: number) => ({ legPain, backPain: 2, psfs: [], notes: '' });
const report = (numbnessSpread: boolean) => checkinReport({ numbnessSpread });

describe.each(DIALECTS)('asking the warning signs again on %s (B1)', (dialect) => {
  let clock = NOW.getTime();
  const ctx = useTestApp(dialect, () => new Date((clock += 1000)));
  const patient = async (email: string) => {
    const c = new Client(ctx.app);
    await c.signUp('Pat Recheck', email);
    return c;
  };
  const recheck = async (c: Client) =>
    ProgressSchema.parse((await c.json('GET', '/api/v1/me/progress?today=2026-11-25')).body)
      .safetyRecheck;

  it('is due after leg pain rises by 2 and settled by answering the questions again', async () => {
    const c = await patient('pain-rose@example.com');
    const first = await c.json('PUT', '/api/v1/me/logs/2026-11-23', log(3));
    expect(SavedLogSchema.parse(first.body).safetyRecheck).toBeNull();
    const upOne = await c.json('PUT', '/api/v1/me/logs/2026-11-24', log(4));
    expect(SavedLogSchema.parse(upOne.body).safetyRecheck).toBeNull();
    const upTwo = await c.json('PUT', '/api/v1/me/logs/2026-11-25', log(6));
    expect(SavedLogSchema.parse(upTwo.body).safetyRecheck).toEqual({
      kind: 'legPainRose',
      date: '2026-11-25',
      from: 4,
      to: 6,
    });
    expect(await recheck(c)).toMatchObject({ kind: 'legPainRose' });
    // The light route says the same, and only about the patient asking.
    const own = await c.json('GET', '/api/v1/me/safety-recheck');
    expect(own.body).toEqual({ safetyRecheck: await recheck(c) });
    const stranger = await patient('stranger@example.com');
    expect((await stranger.json('GET', '/api/v1/me/safety-recheck')).body).toEqual({
      safetyRecheck: null,
    });
    expect((await new Client(ctx.app).json('GET', '/api/v1/me/safety-recheck')).status).toBe(401);
    const plan = await c.json('POST', '/api/v1/me/plan', { ...CONTRACT_INTAKE, legPain: 6 });
    expect(plan.status).toBe(200);
    expect(await recheck(c)).toBeNull();
  });

  it('is due after a check-in where numbness spread, until the next safety check', async () => {
    const c = await patient('numb@example.com');
    const calm = savedSession(
      'calm-session-1',
      '2026-11-25',
      {},
      {
        checkin: { report: report(false), action: 'continue' },
      },
    );
    expect((await c.json('POST', '/api/v1/me/sessions', calm)).status).toBe(201);
    expect(await recheck(c)).toBeNull();
    const numb = savedSession(
      'numb-session-1',
      '2026-11-25',
      { outcome: 'stopped' },
      {
        outcome: 'stopped',
        checkin: { report: report(true), action: 'stop' },
      },
    );
    expect((await c.json('POST', '/api/v1/me/sessions', numb)).status).toBe(201);
    expect(await recheck(c)).toEqual({
      kind: 'numbnessSpread',
      date: '2026-11-25',
      exerciseId: 'figure-4',
    });
    await c.json('POST', '/api/v1/me/plan', CONTRACT_INTAKE);
    expect(await recheck(c)).toBeNull();
  });

  it('counts a one-sided stretch once however many sides were checked in', async () => {
    const c = await patient('two-sides@example.com');
    const side = (s: 'left' | 'right') => ({
      exerciseId: 'figure-4',
      variant: 'supine',
      side: s,
      outcome: 'done',
      heldSeconds: 40,
      checkin: { report: report(false), action: 'continue' },
    });
    const body = {
      ...savedSession('both-sides-1', '2026-11-25'),
      items: [side('right'), side('left')],
    };
    const saved = await c.json<{ exercises: number; checkins: number }>(
      'POST',
      '/api/v1/me/sessions',
      body,
    );
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ exercises: 1, checkins: 2 });
  });

  it('trusts the server clock, not the device: a session stamped in the past still counts', async () => {
    const c = await patient('old-clock@example.com');
    await c.json('POST', '/api/v1/me/plan', CONTRACT_INTAKE);
    const stale = savedSession(
      'stale-clock-1',
      '2026-11-25',
      {
        startedAt: '2026-11-25T01:00:00Z',
        finishedAt: '2026-11-25T01:10:00Z',
      },
      { checkin: { report: report(true), action: 'stop' } },
    );
    await c.json('POST', '/api/v1/me/sessions', stale);
    expect(await recheck(c)).toMatchObject({ kind: 'numbnessSpread' });
  });
});
