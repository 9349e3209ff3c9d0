import { describe, expect, it } from 'vitest';
import { DIALECTS, postJson, useTestApp } from '../../../tests/setup/test-db';
import { CONTRACT_INTAKE } from '../../../tests/fixtures/contract-intake';
import { PlanResultSchema } from './schemas';

const contractIntake = CONTRACT_INTAKE;

describe.each(DIALECTS)('POST /api/v1/plan/preview on %s', (dialect) => {
  const fixedNow = new Date('2026-11-25T10:00:00Z');
  const ctx = useTestApp(dialect, () => fixedNow);

  it('accepts the contract example and answers in the documented shape', async () => {
    const res = await postJson(ctx.app, '/api/v1/plan/preview', contractIntake);
    expect(res.status).toBe(200);
    const body = PlanResultSchema.parse(await res.json());
    expect(body.status).toBe('plan');
    expect(body.urgency).toBeNull();
    // Forward bending hurts: no item leans forward.
    for (const item of body.items) expect(item.demands.forwardBend).toBe(false);
    expect(body.excluded.map((e) => e.exerciseId)).toContain('childs-pose');
    expect(res.headers.get('x-request-id')).toBeTruthy();
    // A plain preview stores nothing.
    const stored = await ctx.t.db.selectFrom('safety_screening').selectAll().execute();
    expect(stored).toEqual([]);
  });

  it('returns seek-care with no items for a red flag, and records it', async () => {
    const intake = {
      ...contractIntake,
      redFlags: { ...contractIntake.redFlags, bladderOrBowelChange: true },
    };
    const res = await postJson(ctx.app, '/api/v1/plan/preview', intake);
    const body = PlanResultSchema.parse(await res.json());
    expect(body).toMatchObject({ status: 'seek-care', urgency: 'emergency', items: [] });
    const rows = await ctx.t.db
      .selectFrom('safety_screening')
      .selectAll()
      .where('status', '=', 'seek-care')
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ urgency: 'emergency', created_at: fixedNow.toISOString() });
    expect(JSON.parse(rows[0]!.red_flags)).toEqual(['bladderOrBowelChange']);
  });

  it.each([
    ['an out-of-range pain score', { ...contractIntake, legPain: 11 }, /legPain/],
    ['an unknown field', { ...contractIntake, mood: 'ok' }, /mood is not a known field/],
    [
      'an unknown red flag',
      { ...contractIntake, redFlags: { ...contractIntake.redFlags, headache: true } },
      /redFlags\.headache/,
    ],
    [
      'a missing red flag',
      { ...contractIntake, redFlags: { saddleNumbness: false } },
      /redFlags\.bladderOrBowelChange/,
    ],
    ['a wrong side', { ...contractIntake, side: 'middle' }, /side/],
    ['an unknown prop', { ...contractIntake, props: ['trampoline'] }, /props\.0/],
    ['malformed JSON', '{"redFlags": ', /JSON/],
  ])(
    'rejects %s with a 400 problem that says what to fix, writing nothing',
    async (_name, body, detail) => {
      const before = await ctx.t.db
        .selectFrom('safety_screening')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      const res = await postJson(ctx.app, '/api/v1/plan/preview', body);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const problem = (await res.json()) as { detail: string; status: number };
      expect(problem.status).toBe(400);
      expect(problem.detail).toMatch(detail);
      const after = await ctx.t.db
        .selectFrom('safety_screening')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    },
  );
});
