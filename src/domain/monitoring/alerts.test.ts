import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveAlerts } from './alerts';

const log = (date: string, legPain: number) => ({
  date,
  legPain,
  backPain: 2,
  psfs: [],
  notes: '',
});
const base = {
  today: '2026-11-25',
  logs: [],
  checkins: [],
  sessions: [],
  screenings: [],
  joined: '2026-11-01',
};
const kinds = (input: Parameters<typeof deriveAlerts>[0]) =>
  deriveAlerts(input).map((a) => `${a.level}:${a.kind}`);

describe('deriveAlerts', () => {
  it('raises a red flag immediately, first in the list', () => {
    const alerts = kinds({
      ...base,
      logs: [log('2026-11-25', 4)],
      screenings: [
        {
          date: '2026-11-24',
          at: '2026-11-24T18:00:00.000Z',
          urgency: 'emergency',
          flags: ['saddleNumbness'],
        },
      ],
      sessions: [
        { date: '2026-11-25', outcome: 'stopped' },
        { date: '2026-11-24', outcome: 'stopped' },
      ],
    });
    expect(alerts[0]).toBe('immediate:red-flag');
    expect(alerts).toContain('review:stopped-sessions');
  });

  it('asks for review when leg pain rises 2 points within 3 days, not over 5', () => {
    expect(kinds({ ...base, logs: [log('2026-11-22', 3), log('2026-11-25', 5)] })).toContain(
      'review:pain-rising',
    );
    expect(kinds({ ...base, logs: [log('2026-11-20', 3), log('2026-11-25', 5)] })).not.toContain(
      'review:pain-rising',
    );
    expect(kinds({ ...base, logs: [log('2026-11-22', 5), log('2026-11-25', 3)] })).not.toContain(
      'review:pain-rising',
    );
  });

  it('asks for review when tingling spreads, and nudges after three quiet days', () => {
    expect(
      kinds({
        ...base,
        logs: [log('2026-11-25', 3)],
        checkins: [
          {
            date: '2026-11-23',
            exerciseId: 'knee-to-chest',
            variant: 'supine',
            tinglingSpread: true,
            numbnessSpread: false,
            painBefore: 3,
            painAfter: 3,
          },
        ],
      }),
    ).toEqual(['review:spreading-symptoms']);
    expect(kinds({ ...base, logs: [log('2026-11-21', 3)] })).toEqual(['nudge:inactive']);
    expect(kinds({ ...base, logs: [log('2026-11-23', 3)] })).toEqual([]);
  });

  it('always alerts on any recent rise of 2+ points within 3 days', () => {
    const day = fc.integer({ min: 19, max: 25 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ d: day, pain: fc.integer({ min: 0, max: 10 }) }), { maxLength: 7 }),
        (raw) => {
          const byDay = new Map(raw.map((r) => [`2026-11-${r.d}`, r.pain]));
          const logs = [...byDay].map(([date, pain]) => log(date, pain));
          const rise = logs.some((a) =>
            logs.some((b) => {
              const gap = (Date.parse(b.date) - Date.parse(a.date)) / 86_400_000;
              return gap > 0 && gap <= 3 && b.legPain - a.legPain >= 2;
            }),
          );
          expect(kinds({ ...base, logs }).includes('review:pain-rising')).toBe(rise);
        },
      ),
    );
  });
});
