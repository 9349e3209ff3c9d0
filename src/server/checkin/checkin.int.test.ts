import { describe, expect, it } from 'vitest';
import { checkinReport } from '../../../tests/fixtures/saved-session';
import { DIALECTS, postJson, useTestApp } from '../../../tests/setup/test-db';
import { CheckinResultSchema } from './routes';

const report = checkinReport({ exerciseId: 'hamstring', variant: 'standing-step' });

describe.each(DIALECTS)('POST /api/v1/checkin/evaluate on %s', (dialect) => {
  const ctx = useTestApp(dialect);

  const evaluate = async (body: unknown) => {
    const res = await postJson(ctx.app, '/api/v1/checkin/evaluate', body);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  it('continues when nothing got worse', async () => {
    const { status, body } = await evaluate(report);
    expect(status).toBe(200);
    expect(CheckinResultSchema.parse(body).action).toBe('continue');
  });

  it('stops when tingling spreads', async () => {
    const { body } = await evaluate({ ...report, tinglingSpread: true });
    expect(CheckinResultSchema.parse(body).action).toBe('stop');
  });

  it('names a gentler variant when balance was lost', async () => {
    const { body } = await evaluate({ ...report, lostBalance: true });
    expect(body).toMatchObject({ action: 'modify' });
    expect(['seated', 'supine-strap']).toContain(body.variant);
  });

  it.each([
    ['an unknown exercise', { ...report, exerciseId: 'pogo' }, /exerciseId/],
    [
      'a variant of another exercise',
      { ...report, variant: 'on-bed' },
      /variant is "on-bed", not a version of hamstring; use one of "seated", /,
    ],
    ['a pain score of -1', { ...report, painAfter: -1 }, /painAfter/],
    ['a missing field', { ...report, sharpPain: undefined }, /sharpPain/],
  ])('rejects %s with a 400 problem', async (_name, body, detail) => {
    const { status, body: problem } = await evaluate(body);
    expect(status).toBe(400);
    expect(String(problem.detail)).toMatch(detail);
  });
});
