import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDayOf, rtmMonth, type RtmMonth } from './rtm';

// ---------------------------------------------------------------------------------------------
// An independent restatement of the counting rules, walking the calendar one day at a time with
// plain Date arithmetic. It shares nothing with rtm.ts.
const DAY_MS = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

type Input = Parameters<typeof rtmMonth>[0];

function reference(input: Input) {
  const data = new Set(input.dataDays);
  // Every day from the start, in order; a new period begins after every 30th day.
  type P = { number: number; start: string; end: string; days: number; touchesMonth: boolean };
  const periods: P[] = [];
  let current: P | null = null;
  let dayInPeriod = 30;
  const stop = ms(input.month + '-01') + 62 * DAY_MS; // well past the month's end
  for (let t = ms(input.startedOn); t <= stop; t += DAY_MS) {
    const day = iso(t);
    if (dayInPeriod === 30) {
      current = { number: periods.length + 1, start: day, end: '', days: 0, touchesMonth: false };
      periods.push(current);
      dayInPeriod = 0;
    }
    dayInPeriod++;
    current!.end = day;
    if (day.startsWith(input.month)) current!.touchesMonth = true;
    if (data.has(day) && day <= input.today) current!.days++;
  }
  const status = (p: P) => (p.days >= 16 ? 'met' : p.end < input.today ? 'missed' : 'open');
  const shown = periods.filter((p) => p.touchesMonth && p.start <= input.today);

  let minutes = 0;
  let live = false;
  for (const m of input.minutes)
    if (m.date.startsWith(input.month) && m.date >= input.startedOn) {
      minutes += m.minutes;
      if (m.liveContact) live = true;
    }
  // 98980 at 20 minutes, then one 98981 each time another 20 are complete.
  let more = 0;
  for (let reached = 40; reached <= minutes; reached += 20) more++;

  const codes: string[] = [];
  const firstP = periods[0];
  if (
    firstP &&
    input.setupOn !== null &&
    input.setupOn <= firstP.end &&
    firstP.days >= 16 &&
    firstP.end.startsWith(input.month)
  )
    codes.push(`98975:${firstP.start}`);
  for (const p of shown)
    if (p.days >= 16 && p.end.startsWith(input.month)) codes.push(`98977:${p.start}`);
  // Management codes need a live call or video with the patient in the month.
  if (minutes >= 20 && live) codes.push('98980x1');
  if (more > 0 && live) codes.push(`98981x${more}`);
  return {
    periods: shown.map((p) => ({
      start: p.start,
      end: p.end,
      days: p.days,
      status: status(p),
    })),
    minutes,
    codes,
  };
}

const summary = (r: RtmMonth) => ({
  periods: r.periods.map((p) => ({
    start: p.start,
    end: p.end,
    days: p.daysWithData,
    status: p.status,
  })),
  minutes: r.minutes,
  codes: r.codes.map((c) =>
    'period' in c ? `${c.code}:${c.period.start}` : `${c.code}x${c.units}`,
  ),
});

const range = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) => iso(ms(from) + i * DAY_MS));
// ---------------------------------------------------------------------------------------------

describe('rtmMonth', () => {
  it('counts day 31 in the second period, and starts periods at the start of monitoring', () => {
    // Monitoring from Nov 10: 30 days end Dec 9; Dec 10 opens the second period.
    const report = rtmMonth({
      month: '2026-12',
      today: '2026-12-31',
      startedOn: '2026-11-10',
      setupOn: '2026-11-10',
      dataDays: [...range('2026-11-10', 16), '2026-12-10'],
      minutes: [],
    });
    expect(report.periods.map((p) => [p.number, p.start, p.end, p.daysWithData])).toEqual([
      [1, '2026-11-10', '2026-12-09', 16],
      [2, '2026-12-10', '2027-01-08', 1],
    ]);
    // The first period ends in December, so December carries it, and the set-up with it.
    expect(report.codes.map((c) => c.code)).toEqual(['98975', '98977']);
    // A month with 31 days: the 31st is counted, not dropped.
    const may = rtmMonth({
      month: '2026-05',
      today: '2026-06-15',
      startedOn: '2026-05-01',
      setupOn: null,
      dataDays: ['2026-05-31'],
      minutes: [],
    });
    expect(may.periods.map((p) => [p.start, p.end, p.daysWithData])).toEqual([
      ['2026-05-01', '2026-05-30', 0],
      ['2026-05-31', '2026-06-29', 1],
    ]);
  });

  it('does not show everyone at "1 of 16" on the 1st: a period in progress keeps its days', () => {
    const report = rtmMonth({
      month: '2026-12',
      today: '2026-12-01',
      startedOn: '2026-11-20',
      setupOn: null,
      dataDays: range('2026-11-20', 12),
      minutes: [],
    });
    expect(report.periods).toEqual([
      {
        number: 1,
        start: '2026-11-20',
        end: '2026-12-19',
        daysWithData: 12,
        status: 'open',
        reportedIn: '2026-12',
      },
    ]);
  });

  it('counts minutes a therapist logged on their own today, already tomorrow for the patient', () => {
    // 00:10 UTC on Dec 2 is still Dec 1 in New York: the therapist's entry is dated Dec 2.
    const report = rtmMonth({
      month: '2026-12',
      today: '2026-12-01',
      startedOn: '2026-11-20',
      setupOn: null,
      dataDays: [],
      minutes: [{ date: '2026-12-02', minutes: 25, liveContact: true }],
    });
    expect(report.minutes).toBe(25);
  });

  it('counts treatment minutes per calendar month, not per period', () => {
    const minutes = [
      { date: '2026-11-30', minutes: 30, liveContact: true },
      { date: '2026-12-01', minutes: 15 },
      { date: '2026-12-20', minutes: 30, liveContact: true },
    ];
    const base = { today: '2027-01-05', startedOn: '2026-11-10', setupOn: null, dataDays: [] };
    const nov = rtmMonth({ ...base, month: '2026-11', minutes });
    const dec = rtmMonth({ ...base, month: '2026-12', minutes });
    expect([nov.minutes, nov.codes]).toEqual([30, [{ code: '98980', units: 1 }]]);
    expect([dec.minutes, dec.codes]).toEqual([
      45,
      [
        { code: '98980', units: 1 },
        { code: '98981', units: 1 },
      ],
    ]);
    expect(dec.minutesToNextCode).toBe(15);
    // Without a live call or video that month, the minutes support no management code.
    const quiet = rtmMonth({
      ...base,
      month: '2026-12',
      minutes: minutes.map((m) => ({ ...m, liveContact: false })),
    });
    expect([quiet.minutes, quiet.liveContact, quiet.codes]).toEqual([45, false, []]);
  });

  it('reports 98975 once per episode, only with a recorded set-up and 16 days in the first period', () => {
    const base = {
      month: '2026-12',
      today: '2027-02-01',
      startedOn: '2026-11-10',
      dataDays: range('2026-11-10', 80),
      minutes: [],
    };
    expect(rtmMonth({ ...base, setupOn: null }).codes.map((c) => c.code)).toEqual(['98977']);
    expect(rtmMonth({ ...base, setupOn: '2026-11-12' }).codes.map((c) => c.code)).toEqual([
      '98975',
      '98977',
    ]);
    // January carries the second period, but never the set-up again.
    expect(
      rtmMonth({ ...base, month: '2027-01', setupOn: '2026-11-12' }).codes.map((c) => c.code),
    ).toEqual(['98977']);
  });

  it('agrees with a day-by-day count for any start, data, minutes and day of reading', () => {
    const day = (from: string, span: number) =>
      fc.integer({ min: 0, max: span }).map((n) => iso(ms(from) + n * DAY_MS));
    fc.assert(
      fc.property(
        day('2026-01-01', 400),
        fc.integer({ min: -1, max: 5 }),
        fc.integer({ min: 0, max: 200 }),
        fc.uniqueArray(fc.integer({ min: -5, max: 200 }), { maxLength: 120 }),
        fc.array(
          fc.record({
            offset: fc.integer({ min: -5, max: 200 }),
            minutes: fc.integer({ min: 1, max: 90 }),
            live: fc.boolean(),
          }),
          { maxLength: 12 },
        ),
        fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
        (startedOn, monthsAfter, todayOffset, dataOffsets, minuteLogs, setupOffset) => {
          const startMonth = new Date(ms(startedOn));
          const month = new Date(
            Date.UTC(startMonth.getUTCFullYear(), startMonth.getUTCMonth() + monthsAfter, 1),
          )
            .toISOString()
            .slice(0, 7);
          const at = (n: number) => iso(ms(startedOn) + n * DAY_MS);
          const input: Input = {
            month,
            today: at(todayOffset),
            startedOn,
            setupOn: setupOffset === null ? null : at(setupOffset),
            dataDays: dataOffsets.map(at),
            minutes: minuteLogs.map((m) => ({
              date: at(m.offset),
              minutes: m.minutes,
              liveContact: m.live,
            })),
          };
          expect(summary(rtmMonth(input))).toEqual(reference(input));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('puts each day of data in exactly one period over any run of months', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 365 }), { maxLength: 200 }),
        (offsets) => {
          const startedOn = '2026-01-17';
          const dataDays = offsets.map((n) => iso(ms(startedOn) + n * DAY_MS));
          const seen = new Map<number, number>();
          for (let m = 0; m < 14; m++) {
            const month = new Date(Date.UTC(2026, m, 1)).toISOString().slice(0, 7);
            const r = rtmMonth({
              month,
              today: '2027-12-31',
              startedOn,
              setupOn: null,
              dataDays,
              minutes: [],
            });
            for (const p of r.periods) seen.set(p.number, p.daysWithData);
          }
          expect([...seen.values()].reduce((a, b) => a + b, 0)).toBe(dataDays.length);
        },
      ),
    );
  });
});

describe('localDayOf', () => {
  it('finds the calendar day in the patient’s zone, not UTC', () => {
    // 03:30 UTC on Nov 1 is still the evening of Oct 31 in Los Angeles.
    expect(localDayOf(Date.parse('2026-11-01T03:30:00Z'), 'America/Los_Angeles')).toBe(
      '2026-10-31',
    );
    expect(localDayOf(Date.parse('2026-11-01T03:30:00Z'), 'Asia/Tokyo')).toBe('2026-11-01');
  });

  it('matches Intl for any instant and zone', () => {
    const zones = [
      'America/New_York',
      'America/Phoenix',
      'Pacific/Honolulu',
      'Europe/Madrid',
      'UTC',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2026-01-01'), max: Date.parse('2028-01-01') }),
        fc.constantFrom(...zones),
        (at, zone) => {
          const expected = new Intl.DateTimeFormat('en-CA', {
            timeZone: zone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
          }).format(new Date(at));
          expect(localDayOf(at, zone)).toBe(expected);
        },
      ),
    );
  });
});
