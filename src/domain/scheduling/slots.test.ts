import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { referenceSlots } from './reference-slots';
import {
  MINUTE,
  type AppointmentRules,
  type TherapistSchedule,
  type WorkingHours,
} from './schedule';
import { computeSlots } from './slots';
import { ZoneCalendar, localClock } from './zone-calendar';

const at = (iso: string) => Temporal.Instant.from(iso).epochMilliseconds;
const iso = (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms).toString();
const local = (ms: number, zone: string) =>
  Temporal.Instant.fromEpochMilliseconds(ms)
    .toZonedDateTimeISO(zone)
    .toString({ timeZoneName: 'never' });

const NEW_YEAR = at('2026-01-01T00:00:00Z');
const hourly: AppointmentRules = {
  durationMinutes: 60,
  bufferMinutes: 0,
  stepMinutes: 60,
  minNoticeMinutes: 0,
  horizonDays: 365,
};
const everyDay = (startMinute: number, endMinute: number): WorkingHours[] =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute, endMinute }));
const schedule = (
  zone: string,
  hours: WorkingHours[],
  extra: Partial<TherapistSchedule> = {},
): TherapistSchedule => ({
  therapistId: 't1',
  zone,
  hours,
  timeOff: [],
  busy: [],
  ...extra,
});

describe('computeSlots', () => {
  it('offers 9:00–16:00 starts for a 9-to-5 day with hour-long visits', () => {
    const slots = computeSlots(
      schedule('America/New_York', everyDay(9 * 60, 17 * 60)),
      hourly,
      { start: at('2026-06-10T00:00:00Z'), end: at('2026-06-11T00:00:00Z') },
      NEW_YEAR,
      new ZoneCalendar(),
    );
    expect(slots.map((s) => local(s, 'America/New_York'))).toEqual(
      [9, 10, 11, 12, 13, 14, 15, 16].map(
        (h) => `2026-06-10T${String(h).padStart(2, '0')}:00:00-04:00`,
      ),
    );
  });

  it('keeps 9:00 local across the spring-forward change in New York', () => {
    const calendar = new ZoneCalendar();
    const day = (d: string) =>
      computeSlots(
        schedule('America/New_York', everyDay(9 * 60, 10 * 60)),
        hourly,
        { start: at(`${d}T00:00:00Z`), end: at(`${d}T23:59:00Z`) },
        NEW_YEAR,
        calendar,
      );
    expect(day('2026-03-07').map(iso)).toEqual(['2026-03-07T14:00:00Z']); // EST, UTC-5
    expect(day('2026-03-09').map(iso)).toEqual(['2026-03-09T13:00:00Z']); // EDT, UTC-4
  });

  it('skips the missing hour on spring-forward night', () => {
    const slots = computeSlots(
      schedule('America/New_York', everyDay(60, 4 * 60)),
      hourly,
      { start: at('2026-03-08T05:00:00Z'), end: at('2026-03-08T12:00:00Z') },
      NEW_YEAR,
      new ZoneCalendar(),
    );
    // 01:00–04:00 local is only two real hours that night: 01:00 EST and 03:00 EDT.
    expect(slots.map((s) => local(s, 'America/New_York'))).toEqual([
      '2026-03-08T01:00:00-05:00',
      '2026-03-08T03:00:00-04:00',
    ]);
  });

  it('ends a window whose end time is skipped at the moment the clocks jump', () => {
    // Los Angeles springs forward at 2:00 on 8 March 2026; a shift "until 2:45" ends at 3:00 PDT.
    const slots = computeSlots(
      schedule('America/Los_Angeles', everyDay(30, 2 * 60 + 45)),
      { ...hourly, durationMinutes: 15, stepMinutes: 15 },
      { start: at('2026-03-08T08:00:00Z'), end: at('2026-03-08T12:00:00Z') },
      NEW_YEAR,
      new ZoneCalendar(),
    );
    expect(slots.map((s) => local(s, 'America/Los_Angeles').slice(11, 19))).toEqual([
      '00:30:00',
      '00:45:00',
      '01:00:00',
      '01:15:00',
      '01:30:00',
      '01:45:00',
    ]);
  });

  it('offers the repeated hour twice on fall-back night', () => {
    const slots = computeSlots(
      schedule('America/New_York', everyDay(0, 3 * 60)),
      hourly,
      { start: at('2026-11-01T00:00:00Z'), end: at('2026-11-01T12:00:00Z') },
      NEW_YEAR,
      new ZoneCalendar(),
    );
    expect(slots.map((s) => local(s, 'America/New_York'))).toEqual([
      '2026-11-01T00:00:00-04:00',
      '2026-11-01T01:00:00-04:00',
      '2026-11-01T01:00:00-05:00',
      '2026-11-01T02:00:00-05:00',
    ]);
  });

  it('keeps Phoenix on UTC-7 all year', () => {
    const calendar = new ZoneCalendar();
    const first = (d: string) =>
      computeSlots(
        schedule('America/Phoenix', everyDay(9 * 60, 10 * 60)),
        hourly,
        { start: at(`${d}T00:00:00Z`), end: at(`${d}T23:59:00Z`) },
        NEW_YEAR,
        calendar,
      )[0];
    expect(iso(first('2026-01-15')!)).toBe('2026-01-15T16:00:00Z');
    expect(iso(first('2026-07-15')!)).toBe('2026-07-15T16:00:00Z');
  });

  it('leaves room for buffers around existing visits and respects notice', () => {
    const rules = {
      ...hourly,
      durationMinutes: 45,
      stepMinutes: 15,
      bufferMinutes: 15,
      minNoticeMinutes: 120,
    };
    const busy = [{ start: at('2026-06-10T15:00:00Z'), end: at('2026-06-10T15:45:00Z') }]; // 11:00–11:45 EDT
    const now = at('2026-06-10T12:30:00Z'); // 08:30 EDT: nothing before 10:30
    const slots = computeSlots(
      schedule('America/New_York', everyDay(9 * 60, 13 * 60), { busy }),
      rules,
      { start: at('2026-06-10T00:00:00Z'), end: at('2026-06-11T00:00:00Z') },
      now,
      new ZoneCalendar(),
    );
    expect(slots.map((s) => local(s, 'America/New_York').slice(11, 16))).toEqual([
      '12:00',
      '12:15',
    ]);
  });
});

const ZONES = [
  'America/New_York',
  'America/Phoenix',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Europe/London',
];
// Ranges around DST changes as well as ordinary weeks.
const STARTS = [
  '2026-03-06',
  '2026-03-27',
  '2026-04-03',
  '2026-06-01',
  '2026-10-02',
  '2026-10-30',
].map((d) => at(`${d}T00:00:00Z`));

const hoursArb = fc
  .array(
    fc.record({
      weekday: fc.integer({ min: 1, max: 7 }),
      a: fc.integer({ min: 0, max: 96 }),
      b: fc.integer({ min: 0, max: 96 }),
    }),
    { maxLength: 6 },
  )
  .map((raw) => {
    const hours: WorkingHours[] = [];
    for (const r of raw) {
      const [s, e] = [Math.min(r.a, r.b) * 15, Math.max(r.a, r.b) * 15];
      if (s === e) continue;
      const clash = hours.some(
        (h) => h.weekday === r.weekday && s <= h.endMinute && h.startMinute <= e,
      );
      if (!clash) hours.push({ weekday: r.weekday, startMinute: s, endMinute: e });
    }
    return hours;
  });
const intervalsArb = (base: number) =>
  fc.array(
    fc
      .record({
        offset: fc.integer({ min: 0, max: 4 * 24 * 4 }),
        length: fc.integer({ min: 1, max: 16 }),
      })
      .map(({ offset, length }) => ({
        start: base + offset * 15 * MINUTE,
        end: base + (offset + length) * 15 * MINUTE,
      })),
    { maxLength: 8 },
  );
const caseArb = fc
  .record({ zone: fc.constantFrom(...ZONES), base: fc.constantFrom(...STARTS), hours: hoursArb })
  .chain(({ zone, base, hours }) =>
    fc.record({
      schedule: fc.record({
        therapistId: fc.constant('t'),
        zone: fc.constant(zone),
        hours: fc.constant(hours),
        timeOff: intervalsArb(base),
        busy: intervalsArb(base),
      }),
      rules: fc.record({
        durationMinutes: fc.constantFrom(15, 30, 45, 60),
        bufferMinutes: fc.constantFrom(0, 10, 15),
        stepMinutes: fc.constantFrom(15, 30, 60),
        minNoticeMinutes: fc.constantFrom(0, 120, 1440),
        horizonDays: fc.constantFrom(1, 3, 30),
      }),
      range: fc
        .record({ from: fc.integer({ min: 0, max: 96 }), days: fc.integer({ min: 1, max: 4 }) })
        .map(({ from, days }) => ({
          start: base + from * 15 * MINUTE,
          end: base + from * 15 * MINUTE + days * 24 * 60 * MINUTE,
        })),
      now: fc.integer({ min: -48, max: 96 }).map((q) => base + q * 15 * MINUTE),
    }),
  );

const tables = new Map<string, { t: number; isoDate: string; minute: number }[]>();
/**
 * Brute force: the first moment the wall clock reads `minute` or later on `isoDate`. UTC offsets
 * are whole quarter-hours, so stepping through the day in quarter-hours finds it exactly.
 */
function firstMomentShowing(zone: string, isoDate: string, minute: number): number {
  const key = `${zone}|${isoDate}`;
  let table = tables.get(key);
  if (!table) {
    const from = Date.parse(`${isoDate}T00:00:00Z`) - 15 * 60 * MINUTE;
    table = Array.from({ length: 4 * 56 }, (_, i) => ({
      t: from + i * 15 * MINUTE,
      ...localClock(zone, from + i * 15 * MINUTE),
    }));
    tables.set(key, table);
  }
  const hit = table.find(
    (c) => c.isoDate > isoDate || (c.isoDate === isoDate && c.minute >= minute),
  );
  if (!hit) throw new Error(`no moment shows ${minute} on ${isoDate} in ${zone}`);
  return hit.t;
}

describe('computeSlots properties', () => {
  it('matches the per-minute reference exactly, DST days included', () => {
    const calendar = new ZoneCalendar();
    fc.assert(
      fc.property(caseArb, ({ schedule: s, rules, range, now }) => {
        expect(computeSlots(s, rules, range, now, calendar)).toEqual(
          referenceSlots(s, rules, range, now),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('never offers a slot outside working hours, against a busy time or its buffer, or before the notice', () => {
    const calendar = new ZoneCalendar();
    fc.assert(
      fc.property(caseArb, ({ schedule: s, rules, range, now }) => {
        const duration = rules.durationMinutes * MINUTE;
        const buffer = rules.bufferMinutes * MINUTE;
        for (const slot of computeSlots(s, rules, range, now, calendar)) {
          expect(slot).toBeGreaterThanOrEqual(now + rules.minNoticeMinutes * MINUTE);
          expect(slot).toBeGreaterThanOrEqual(range.start);
          expect(slot).toBeLessThan(range.end);
          // A window runs from the first moment the wall clock shows its start to the first
          // moment it shows its end, found here by stepping through the day minute by minute.
          const day = localClock(s.zone, slot);
          const inHours = s.hours.some(
            (h) =>
              h.weekday === day.weekday &&
              firstMomentShowing(s.zone, day.isoDate, h.startMinute) <= slot &&
              slot + duration <= firstMomentShowing(s.zone, day.isoDate, h.endMinute),
          );
          expect(inHours).toBe(true);
          for (const b of s.busy)
            expect(b.start - buffer < slot + duration && slot < b.end + buffer).toBe(false);
          for (const o of s.timeOff) expect(o.start < slot + duration && slot < o.end).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
