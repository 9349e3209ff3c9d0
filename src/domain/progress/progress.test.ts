import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeProgress, type DailyLog } from './progress';
import { WORDS } from '../../../content/messages/words';

const log = (
  date: string,
  legPain: number,
  backPain = 3,
  psfs: DailyLog['psfs'] = [],
): DailyLog => ({ date, legPain, backPain, psfs, notes: '' });

describe('summarizeProgress', () => {
  it('marks a two-point drop in leg pain as meaningful', () => {
    const p = summarizeProgress(
      [log('2026-11-01', 6), log('2026-11-10', 4)],
      [],
      '2026-11-10',
      WORDS.en,
    );
    expect(p).toMatchObject({
      legChange: -2,
      meaningfulImprovement: true,
      meaningfulWorsening: false,
    });
    expect(p.summary[0]).toMatch(/down from 6 to 4/);
  });

  it('does not call a one-point change meaningful from a high start', () => {
    const p = summarizeProgress(
      [log('2026-11-01', 8), log('2026-11-10', 7)],
      [],
      '2026-11-10',
      WORDS.en,
    );
    expect(p.meaningfulImprovement).toBe(false);
  });

  it('flags a rise of two points', () => {
    expect(
      summarizeProgress([log('2026-11-01', 3), log('2026-11-04', 5)], [], '2026-11-04', WORDS.en)
        .meaningfulWorsening,
    ).toBe(true);
  });

  it('counts adherence and the running streak', () => {
    const sessions = ['2026-11-20', '2026-11-22', '2026-11-23', '2026-11-24'].map((date) => ({
      date,
      outcome: 'finished' as const,
    }));
    const p = summarizeProgress([], sessions, '2026-11-25', WORDS.en);
    expect(p.adherence).toEqual({ done: 4, prescribed: 7, percent: 57 });
    expect(p.streakDays).toBe(3);
  });

  it('counts adherence and the streak the way a person counting on a calendar would', () => {
    // The oracle: a calendar walked one day at a time, written here without the module's helpers.
    const dayBefore = (iso: string, n = 1) =>
      new Date(Date.parse(`${iso}T12:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-11-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(
        fc.array(fc.record({ date: day, stopped: fc.boolean() }), { maxLength: 30 }),
        fc.array(day, { maxLength: 30 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 28 }),
        (sessionDays, logDays, perWeek, perDay, windowDays, todayOfMonth) => {
          const today = `2026-11-${String(todayOfMonth).padStart(2, '0')}`;
          const p = summarizeProgress(
            logDays.map((d) => log(d, 5)),
            sessionDays.map(({ date, stopped }) => ({
              date,
              outcome: stopped ? ('stopped' as const) : ('finished' as const),
            })),
            today,
            WORDS.en,
            windowDays,
            { daysPerWeek: perWeek, sessionsPerDay: perDay },
          );
          // Planned: perWeek days for every 7 days of the window, rounded to whole days, each
          // with perDay sessions.
          const prescribed = Math.round((perWeek * windowDays) / 7) * perDay;
          const window = Array.from({ length: windowDays }, (_, i) => dayBefore(today, i));
          // A day's sessions count up to the day's plan; extra ones never lift it past 100%.
          const counted = window.map((d) =>
            Math.min(perDay, sessionDays.filter((s) => s.date === d).length),
          );
          const done = Math.min(
            counted.reduce((a, b) => a + b, 0),
            prescribed,
          );
          expect(p.adherence).toEqual({
            done,
            prescribed,
            percent: prescribed === 0 ? 0 : Math.round((100 * done) / prescribed),
          });
          // The streak: consecutive days with a session (the same days adherence counts),
          // ending today or yesterday; a pain log alone is not a day of stretching.
          const active = (d: string) => sessionDays.some((s) => s.date === d);
          let streak = 0;
          let d = active(today) ? today : dayBefore(today);
          while (active(d)) {
            streak++;
            d = dayBefore(d);
          }
          expect(p.streakDays).toBe(streak);
        },
      ),
      { numRuns: 500 },
    );
  });
});
