import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { slotLabel } from './slot-label';
import { localClock } from './zone-calendar';

/** Zones with and without daylight saving, both hemispheres, a half-hour shift, odd offsets. */
const ZONES = [
  'America/New_York',
  'America/Phoenix',
  'America/Los_Angeles',
  'Europe/London',
  'Australia/Lord_Howe',
  'Australia/Sydney',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'America/St_Johns',
  'Africa/Casablanca',
  'UTC',
];

/** The oracle: Temporal's own conversion, instant by instant. */
function temporalClock(zone: string, epochMs: number) {
  const zoned = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone);
  return {
    minute: zoned.hour * 60 + zoned.minute,
    weekday: zoned.dayOfWeek,
    isoDate: zoned.toPlainDate().toString(),
  };
}

describe('local clock from remembered offsets', () => {
  it('reads any instant from 1850 to 2150 as Temporal does, in every zone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2150, 0, 1) }),
        (zone, epochMs) => {
          expect(localClock(zone, epochMs)).toEqual(temporalClock(zone, epochMs));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('is right on each side of every change of offset from 2024 to 2030', () => {
    for (const zone of ZONES) {
      let at = Temporal.Instant.from('2024-01-01T00:00:00Z').toZonedDateTimeISO(zone);
      for (;;) {
        const change = at.getTimeZoneTransition('next');
        if (!change || change.year >= 2030) break;
        const t = change.epochMilliseconds;
        for (const ms of [t - 60_000, t - 1, t, t + 1, t + 60_000])
          expect(localClock(zone, ms), `${zone} ${new Date(ms).toISOString()}`).toEqual(
            temporalClock(zone, ms),
          );
        at = change;
      }
    }
  });

  it('labels a slot with its local date and time', () => {
    // 14:30 UTC on 2026-03-08 is 10:30 in New York, just after clocks went forward.
    expect(slotLabel('America/New_York', Date.UTC(2026, 2, 8, 14, 30))).toEqual({
      localDate: '2026-03-08',
      localTime: '10:30 AM',
    });
    expect(slotLabel('Asia/Kolkata', Date.UTC(2026, 11, 31, 19, 0))).toEqual({
      localDate: '2027-01-01',
      localTime: '12:30 AM',
    });
  });
});
