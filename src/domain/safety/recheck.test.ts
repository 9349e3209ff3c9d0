import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safetyRecheck, type CheckedIn, type LoggedPain } from './recheck';

const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}`;

describe('asking the warning signs again when things get worse (B1)', () => {
  it('asks after leg pain rises by 2 from the day logged before, not by 1', () => {
    const logs: LoggedPain[] = [
      { date: day(1), legPain: 3, updatedAt: 100 },
      { date: day(2), legPain: 4, updatedAt: 200 },
    ];
    expect(safetyRecheck({ logs, checkins: [], screenedAt: 50 })).toBeNull();
    const worse = [...logs, { date: day(4), legPain: 6, updatedAt: 300 }];
    expect(safetyRecheck({ logs: worse, checkins: [], screenedAt: 50 })).toEqual({
      kind: 'legPainRose',
      date: day(4),
      from: 4,
      to: 6,
    });
  });

  it('is settled by answering the questions again, until the next change', () => {
    const logs: LoggedPain[] = [
      { date: day(1), legPain: 2, updatedAt: 100 },
      { date: day(2), legPain: 5, updatedAt: 200 },
    ];
    expect(safetyRecheck({ logs, checkins: [], screenedAt: 250 })).toBeNull();
    const numb: CheckedIn = {
      date: day(2),
      exerciseId: 'hamstring',
      numbnessSpread: true,
      at: 300,
    };
    expect(safetyRecheck({ logs, checkins: [numb], screenedAt: 250 })).toMatchObject({
      kind: 'numbnessSpread',
      exerciseId: 'hamstring',
    });
  });

  it('matches a plain restatement of the rule for any diary and check-ins', () => {
    const logArb = fc.record({
      date: fc.integer({ min: 1, max: 28 }).map(day),
      legPain: fc.integer({ min: 0, max: 10 }),
      updatedAt: fc.integer({ min: 0, max: 1000 }),
    });
    const checkinArb = fc.record({
      date: fc.integer({ min: 1, max: 28 }).map(day),
      exerciseId: fc.constantFrom('hamstring' as const, 'figure-4' as const),
      numbnessSpread: fc.boolean(),
      at: fc.integer({ min: 0, max: 1000 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(logArb, { selector: (l) => l.date, maxLength: 10 }),
        fc.array(checkinArb, { maxLength: 6 }),
        fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
        (logs, checkins, screenedAt) => {
          const after = (t: number) => screenedAt === null || t > screenedAt;
          // A later day whose leg pain beats the nearest earlier day's by two or more.
          const rose = logs.some((log) => {
            const earlier = logs.filter((l) => l.date < log.date);
            const nearest = earlier.find((l) => earlier.every((o) => o.date <= l.date));
            return (
              nearest !== undefined && log.legPain >= nearest.legPain + 2 && after(log.updatedAt)
            );
          });
          const numb = checkins.some((c) => c.numbnessSpread && after(c.at));
          const result = safetyRecheck({ logs, checkins, screenedAt });
          expect(result !== null).toBe(rose || numb);
          if (result?.kind === 'legPainRose')
            expect(result.to - result.from).toBeGreaterThanOrEqual(2);
        },
      ),
      { numRuns: 500 },
    );
  });
});
