import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeProgress, type DailyLog } from './progress';

const log = (
  date: string,
  legPain: number,
  backPain = 3,
  psfs: DailyLog['psfs'] = [],
): DailyLog => ({ date, legPain, backPain, psfs, notes: '' });

describe('summarizeProgress', () => {
  it('marks a two-point drop in leg pain as meaningful', () => {
    const p = summarizeProgress([log('2026-11-01', 6), log('2026-11-10', 4)], [], '2026-11-10');
    expect(p).toMatchObject({
      legChange: -2,
      meaningfulImprovement: true,
      meaningfulWorsening: false,
    });
    expect(p.summary[0]).toMatch(/down from 6 to 4/);
  });

  it('does not call a one-point change meaningful from a high start', () => {
    const p = summarizeProgress([log('2026-11-01', 8), log('2026-11-10', 7)], [], '2026-11-10');
    expect(p.meaningfulImprovement).toBe(false);
  });

  it('flags a rise of two points', () => {
    expect(
      summarizeProgress([log('2026-11-01', 3), log('2026-11-04', 5)], [], '2026-11-04')
        .meaningfulWorsening,
    ).toBe(true);
  });

  it('counts adherence and the running streak', () => {
    const sessions = ['2026-11-20', '2026-11-22', '2026-11-23', '2026-11-24'].map((date) => ({
      date,
      outcome: 'finished' as const,
    }));
    const p = summarizeProgress([], sessions, '2026-11-25');
    expect(p.adherence).toEqual({ done: 4, prescribed: 7, percent: 57 });
    expect(p.streakDays).toBe(3);
  });

  it('keeps adherence between 0 and 100% and the streak within the days seen', () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-11-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(
        fc.array(day),
        fc.array(day),
        fc.integer({ min: 1, max: 7 }),
        (sessionDays, logDays, perWeek) => {
          const p = summarizeProgress(
            logDays.map((d) => log(d, 5)),
            sessionDays.map((date) => ({ date, outcome: 'finished' })),
            '2026-11-28',
            7,
            perWeek,
          );
          expect(p.adherence.percent).toBeGreaterThanOrEqual(0);
          expect(p.adherence.percent).toBeLessThanOrEqual(100);
          expect(p.streakDays).toBeLessThanOrEqual(new Set([...sessionDays, ...logDays]).size);
          expect(p.summary.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
