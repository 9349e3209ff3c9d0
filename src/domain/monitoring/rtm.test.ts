import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rtmPeriod } from './rtm';

const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}`;

describe('rtmPeriod', () => {
  it('needs 16 days of data for 98977 and counts minutes in 20-minute blocks', () => {
    const fifteen = rtmPeriod(
      '2026-11-01',
      Array.from({ length: 15 }, (_, i) => day(i + 1)),
      [{ date: day(3), minutes: 19 }],
    );
    expect(fifteen.codes).toEqual([]);
    const sixteen = rtmPeriod(
      '2026-11-01',
      Array.from({ length: 16 }, (_, i) => day(i + 1)),
      [
        { date: day(3), minutes: 25 },
        { date: day(9), minutes: 40 },
      ],
    );
    expect(sixteen.codes.map((c) => [c.code, c.units])).toEqual([
      ['98977', 1],
      ['98980', 1],
      ['98981', 2],
    ]);
    expect(sixteen.end).toBe('2026-11-30');
  });

  it('counts each day once and ignores days outside the period', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 30 })), (days) => {
        const period = rtmPeriod('2026-11-01', [...days.map(day), '2026-10-31', '2026-12-01'], []);
        expect(period.daysWithData).toBe(new Set(days).size);
      }),
    );
  });
});
