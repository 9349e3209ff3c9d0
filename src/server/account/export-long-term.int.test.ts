import { describe, expect, it } from 'vitest';
import { checkinReport, savedSession } from '../../../tests/fixtures/saved-session';
import { Client } from '../../../tests/setup/session';
import { DIALECTS, useTestApp } from '../../../tests/setup/test-db';

const NOW = new Date('2026-11-25T15:00:00Z');

describe.each(DIALECTS)('exporting long-term items on %s', (dialect) => {
  const ctx = useTestApp(dialect, () => NOW);

  it('writes a check-in row for every set and side, and counts each exercise once', async () => {
    const c = new Client(ctx.app);
    await c.signUp('Lena Longterm', 'lena@example.com');
    // As the player saves it: the glide in 2 sets on each leg, each set checked in; then the
    // bridge stopped after its first set.
    const glide = (side: 'right' | 'left', pain: number) => ({
      exerciseId: 'seated-slider',
      variant: 'seated',
      side,
      outcome: 'done',
      heldSeconds: 50,
      checkin: {
        report: checkinReport({ exerciseId: 'seated-slider', variant: 'seated', painAfter: pain }),
        action: 'continue',
      },
    });
    const saved = await c.request(
      'POST',
      '/api/v1/me/sessions',
      savedSession('long-term-1', '2026-11-24', {
        outcome: 'stopped',
        items: [
          glide('right', 4),
          glide('right', 4),
          glide('left', 3),
          glide('left', 3),
          {
            exerciseId: 'bridge',
            variant: 'floor',
            side: null,
            outcome: 'stopped',
            heldSeconds: 15,
            checkin: {
              report: checkinReport({
                exerciseId: 'bridge',
                variant: 'floor',
                tinglingSpread: true,
              }),
              action: 'stop',
            },
          },
        ],
      }),
    );
    expect(saved.status).toBe(201);
    const lines = (await (await c.request('GET', '/api/v1/me/export.csv')).text())
      .trim()
      .split('\r\n');
    const header = lines[0]!.split(',');
    const rows = lines.slice(1).map((line) => {
      const cells = line.split(',');
      return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
    });
    const session = rows.filter((r) => r.record === 'session');
    expect(session).toEqual([
      expect.objectContaining({ session_outcome: 'stopped', exercises_done: '1' }),
    ]);
    const checkins = rows
      .filter((r) => r.record === 'check-in')
      .map(
        (r) =>
          `${r.exercise} ${r.variant} ${r.pain_after} ${r.tingling_spread} ${r.checkin_advice}`,
      );
    // Check-ins saved together are ordered by exercise, so compare them as a set.
    expect(checkins.sort()).toEqual([
      'bridge floor 4 yes stop',
      'seated-slider seated 3 no continue',
      'seated-slider seated 3 no continue',
      'seated-slider seated 4 no continue',
      'seated-slider seated 4 no continue',
    ]);
  });
});
