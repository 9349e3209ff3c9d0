import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallestChangeThatMatters, summarizeProgress, type DailyLog } from './progress';
import { WORDS } from '../../../content/messages/words';

const log = (date: string, legPain: number): DailyLog => ({
  date,
  legPain,
  backPain: 2,
  psfs: [],
  notes: '',
});
const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}`;

describe('what the progress summary says', () => {
  it('calls 8 → 6 a change that matters, and names the change it used', () => {
    const p = summarizeProgress([log(day(1), 8), log(day(10), 6)], [], day(10), WORDS.en);
    expect(p.meaningfulImprovement).toBe(true);
    expect(p.summary[0]).toContain('2 points or more');
  });

  it('applies "2 points or 30% of the start" (either counts) for every start and end', () => {
    for (let start = 0; start <= 10; start++)
      for (let end = 0; end <= 10; end++) {
        const p = summarizeProgress([log(day(1), start), log(day(9), end)], [], day(9), WORDS.en);
        const drop = start - end;
        // The rule restated: at least 1 point, and either 2 points or 30% of the start.
        const matters = (change: number) =>
          change >= 1 && (change >= 2 || (start > 0 && change / start >= 0.3));
        expect(p.meaningfulImprovement, `${start} → ${end}`).toBe(matters(drop));
        expect(p.meaningfulWorsening, `${start} → ${end}`).toBe(matters(-drop));
        // The number the summary and the chart show is the smallest change that qualifies.
        const n = smallestChangeThatMatters(start);
        expect(matters(n), `start ${start}`).toBe(true);
        expect(matters(n - 1), `start ${start}`).toBe(false);
      }
  });

  it('never praises while pain is getting worse, and suggests talking to the therapist', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 2, max: 10 }),
        fc.integer({ min: 0, max: 20 }),
        (start, rise, streak) => {
          const end = Math.min(10, start + rise);
          const sessions = Array.from({ length: streak }, (_, i) => ({
            date: day(25 - i),
            outcome: 'finished' as const,
          }));
          const p = summarizeProgress(
            [log(day(1), start), log(day(25), end)],
            sessions,
            day(25),
            WORDS.en,
          );
          if (!p.meaningfulWorsening) return;
          const words = p.summary.join(' ');
          expect(words).not.toMatch(/nice going|well done|great/i);
          expect(words).toMatch(/talk to your physical therapist/);
        },
      ),
    );
  });

  it('never shows a streak longer than the week while the week is short of its plan', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 25 }), { maxLength: 25 }), (days) => {
        const sessions = days.map((d) => ({ date: day(d), outcome: 'finished' as const }));
        const p = summarizeProgress([], sessions, day(25), WORDS.en);
        if (p.streakDays >= 7) expect(p.adherence.done).toBe(p.adherence.prescribed);
        expect(p.adherence.done).toBeGreaterThanOrEqual(Math.min(p.streakDays, 7));
      }),
    );
  });

  it('holds back praise in a week with a session stopped for safety', () => {
    const sessions = [23, 24, 25].map((d) => ({ date: day(d), outcome: 'finished' as const }));
    const calm = summarizeProgress([], sessions, day(25), WORDS.en);
    expect(calm.summary.join(' ')).toMatch(/Nice going/);
    const stopped = summarizeProgress(
      [],
      [...sessions, { date: day(24), outcome: 'stopped' as const }],
      day(25),
      WORDS.en,
    );
    expect(stopped.summary.join(' ')).not.toMatch(/Nice going/);
  });

  it('plans each day at the pace in force that day, so a new program never rewrites the past', () => {
    // Stretching on each of the six days before today, self-guided (every day); a program of
    // five days a week assigned today.
    const sessions = [19, 20, 21, 22, 23, 24].map((d) => ({
      date: day(d),
      outcome: 'finished' as const,
    }));
    const p = summarizeProgress([], sessions, day(25), WORDS.en, 7, [
      { from: day(25), prescription: { daysPerWeek: 5, sessionsPerDay: 1 } },
    ]);
    // Six self-guided days planned (all done) and today at five a week: round(5/7) = 1.
    expect(p.adherence).toEqual({ done: 6, prescribed: 7, percent: 86 });
    expect(p.prescription).toEqual({ daysPerWeek: 5, sessionsPerDay: 1 });
  });
});
