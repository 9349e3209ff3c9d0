import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGS, LIBRARY } from '../../../content/catalog';
import { deriveAlerts, type CheckinSignal } from './alerts';
import { WORDS } from '../../../content/messages/words';
import { describeAlert, exerciseName, type AlertFormat } from './alert-words';

/** What a reader in New York with an en-US browser would be given. */
const format: AlertFormat = {
  day: (d) =>
    new Intl.DateTimeFormat('en-US', {
      weekday: 'long',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${d}T00:00:00Z`)),
  instant: (at) =>
    new Intl.DateTimeFormat('en-US', {
      weekday: 'long',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'America/New_York',
    }).format(new Date(at)),
  exercise: (id, variant) => exerciseName(LIBRARY, id, variant, WORDS.en),
};
const log = (date: string, legPain: number) => ({
  date,
  legPain,
  backPain: 2,
  psfs: [],
  notes: '',
});
const checkin = (date: string, over: Partial<CheckinSignal> = {}): CheckinSignal => ({
  date,
  exerciseId: 'knee-to-chest',
  variant: 'supine',
  tinglingSpread: true,
  numbnessSpread: false,
  painBefore: 3,
  painAfter: 4,
  ...over,
});
const base = {
  today: '2026-11-25',
  logs: [log('2026-11-25', 3)],
  checkins: [],
  sessions: [],
  screenings: [],
  joined: '2026-11-01',
};
const sentences = (input: Partial<Parameters<typeof deriveAlerts>[0]>) =>
  deriveAlerts({ ...base, ...input }).map((a) => describeAlert(a, WORDS.en, format));

describe('describeAlert', () => {
  it('says how leg pain changed, over how many days, with dates in words', () => {
    expect(sentences({ logs: [log('2026-11-22', 4), log('2026-11-25', 7)] })).toEqual([
      'Leg pain rose from 4 to 7 over 3 days (Sunday, November 22 to Wednesday, November 25).',
    ]);
    expect(sentences({ logs: [log('2026-11-24', 4), log('2026-11-25', 6)] })[0]).toContain(
      'over 1 day (',
    );
  });

  it('names the exercise from the library, never its id', () => {
    expect(sentences({ checkins: [checkin('2026-11-23')] })).toEqual([
      'Tingling spread down the leg during Knee-to-chest (on the floor) on Monday, November 23.',
    ]);
    expect(
      sentences({
        checkins: [
          checkin('2026-11-21', { exerciseId: 'figure-4', variant: 'supine' }),
          checkin('2026-11-23', { numbnessSpread: true }),
        ],
      }),
    ).toEqual([
      'Tingling and numbness spread down the leg twice this week, during Knee-to-chest (on the floor) and Figure-4 stretch (lying on your back, on the floor); last on Monday, November 23.',
    ]);
  });

  it('gives a red flag with its time in the reader’s zone, and counts with plural rules', () => {
    expect(
      sentences({
        screenings: [
          {
            date: '2026-11-25',
            at: '2026-11-25T01:30:00.000Z',
            urgency: 'emergency',
            flags: ['saddleNumbness', 'bladderOrBowelChange'],
          },
        ],
      })[0],
    ).toBe(
      'Reported new numbness or tingling in the saddle area and a new change in bladder or bowel function in the safety check on Tuesday, November 24 at 8:30 PM, and was told to get emergency care now.',
    );
    expect(
      sentences({
        sessions: [
          { date: '2026-11-24', outcome: 'stopped' },
          { date: '2026-11-25', outcome: 'stopped' },
        ],
      }),
    ).toEqual(['Stopped 2 sessions early for safety this week; last on Wednesday, November 25.']);
    expect(sentences({ logs: [log('2026-11-21', 3)] })).toEqual([
      'No session or log for 4 days, since Saturday, November 21.',
    ]);
    expect(sentences({ logs: [], joined: '2026-11-20' })).toEqual([
      'Nothing logged in the 5 days since joining on Friday, November 20.',
    ]);
  });

  it('names exercises the way the library does', () => {
    expect(exerciseName(LIBRARY, 'hamstring', 'standing-step', WORDS.en)).toBe(
      'Hamstring stretch (standing, heel on a step)',
    );
    expect(exerciseName(LIBRARY, 'figure-4', 'on-bed', WORDS.en)).toBe(
      'Figure-4 stretch (lying on your back, on a firm bed)',
    );
    expect(exerciseName(LIBRARY, 'retired-stretch', 'x', WORDS.en)).toBe(
      'an exercise no longer in the library',
    );
  });

  it('never shows an ISO date, an exercise id or a variant id, whatever happened', () => {
    const day = fc.integer({ min: 15, max: 25 }).map((d) => `2026-11-${d}`);
    const ids = LIBRARY.exercises.flatMap((e) => e.variants.map((v) => [e.id, v.id] as const));
    fc.assert(
      fc.property(
        fc.array(fc.record({ date: day, pain: fc.integer({ min: 0, max: 10 }) }), { maxLength: 8 }),
        fc.array(
          fc.record({
            date: day,
            pick: fc.constantFrom(...ids),
            tingling: fc.boolean(),
            numbness: fc.boolean(),
          }),
          { maxLength: 6 },
        ),
        fc.array(fc.record({ date: day, stopped: fc.boolean() }), { maxLength: 6 }),
        (logs, checks, sessions) => {
          const byDay = new Map(logs.map((l) => [l.date, l.pain]));
          const text = sentences({
            logs: [...byDay].map(([d, p]) => log(d, p)),
            checkins: checks.map((c) =>
              checkin(c.date, {
                exerciseId: c.pick[0],
                variant: c.pick[1],
                tinglingSpread: c.tingling,
                numbnessSpread: c.numbness,
              }),
            ),
            sessions: sessions.map((s) => ({
              date: s.date,
              outcome: s.stopped ? 'stopped' : 'finished',
            })),
          }).join('\n');
          expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
          expect(text).not.toMatch(/\b1 (days|times|sessions)\b|\b(?!1\b)\d+ (day|session)\b/);
          for (const [exercise, variant] of ids) {
            expect(text).not.toContain(`${exercise} (`);
            expect(text).not.toContain(`(${variant})`);
          }
        },
      ),
    );
  });

  it('says every alert in Spanish, with the same facts, for a Spanish-speaking therapist', () => {
    /** English function words: a Spanish sentence has none (an oracle apart from the catalogues). */
    const english = /\b(the|and|with|for|this|in|on|to|was|over|since|days?|times?|leg)\b/i;
    const inSpanish: AlertFormat = {
      day: (d) => d,
      instant: (at) => at.slice(0, 10),
      exercise: (id, variant) => exerciseName(CATALOGS.es.LIBRARY, id, variant, WORDS.es),
    };
    const kinds = fc.constantFrom(
      { logs: [log('2026-11-22', 4), log('2026-11-25', 7)] },
      { logs: [log('2026-11-21', 3)] },
      { logs: [], joined: '2026-11-20' },
      {
        checkins: [checkin('2026-11-24'), checkin('2026-11-25', { numbnessSpread: true })],
      },
      { checkins: [checkin('2026-11-25', { tinglingSpread: false, numbnessSpread: true })] },
      {
        sessions: [
          { date: '2026-11-24', outcome: 'stopped' },
          { date: '2026-11-25', outcome: 'stopped' },
        ],
      },
      {
        screenings: [
          {
            date: '2026-11-25',
            at: '2026-11-25T10:00:00Z',
            flags: ['saddleNumbness', 'fever'],
            urgency: 'emergency',
          },
        ],
      },
      {
        screenings: [
          { date: '2026-11-25', at: '2026-11-25T10:00:00Z', flags: ['unknown'], urgency: 'soon' },
        ],
      },
    );
    fc.assert(
      fc.property(kinds, (input) => {
        const alerts = deriveAlerts({ ...base, ...input });
        expect(alerts.length).toBeGreaterThan(0);
        for (const alert of alerts) {
          const spanish = describeAlert(alert, WORDS.es, inSpanish);
          expect(spanish).not.toMatch(english);
          // The numbers (scores, counts, days) are the same as the English sentence's.
          const numbers = (text: string) =>
            (
              text
                .replace(/\b(once|una vez)\b/g, '1')
                .replace(/\btwice\b/g, '2')
                .match(/\d+/g) ?? []
            ).sort();
          expect(numbers(spanish)).toEqual(numbers(describeAlert(alert, WORDS.en, inSpanish)));
        }
      }),
    );
  });
});
