import { z } from 'zod';
import { issue } from '../i18n/issues';
import { Temporal } from 'temporal-polyfill';

export type LocalDay = { isoDate: string; weekday: number };

/**
 * The instant a wall clock in `zone` first shows `wall`. A repeated time (fall back) is its
 * first occurrence; a time skipped by spring forward is the moment of the jump, because that
 * is when the clock first passes it (a shift "until 2:45" ends when 2:00 becomes 3:00).
 */
export function wallToInstant(zone: string, wall: Temporal.PlainDateTime): number {
  const zoned = wall.toZonedDateTime(zone, { disambiguation: 'compatible' });
  if (Temporal.PlainDateTime.compare(zoned.toPlainDateTime(), wall) === 0)
    return zoned.epochMilliseconds;
  // Skipped: the jump comes next after the same wall time read with the old offset.
  const before = wall.toZonedDateTime(zone, { disambiguation: 'earlier' });
  return (before.getTimeZoneTransition('next') ?? zoned).epochMilliseconds;
}

/**
 * Wall-clock ↔ instant conversions for IANA zones, memoised. Converting through Temporal costs
 * ~18 µs; schedules share zones, dates and opening times, so almost every lookup is a cache hit.
 */
export class ZoneCalendar {
  private readonly instants = new Map<string, number>();
  private readonly dayLists = new Map<string, LocalDay[]>();

  /** The instant of `minute` minutes after local midnight on `isoDate` in `zone`. */
  instant(zone: string, isoDate: string, minute: number): number {
    const key = `${zone}|${isoDate}|${minute}`;
    let ms = this.instants.get(key);
    if (ms === undefined) {
      const date = Temporal.PlainDate.from(isoDate);
      const wall =
        minute === 1440
          ? date.add({ days: 1 }).toPlainDateTime()
          : date.toPlainDateTime({ hour: Math.floor(minute / 60), minute: minute % 60 });
      ms = wallToInstant(zone, wall);
      this.instants.set(key, ms);
    }
    return ms;
  }

  /** The local calendar days in `zone` that overlap [start, end). */
  days(zone: string, start: number, end: number): LocalDay[] {
    const first = localClock(zone, start).isoDate;
    const last = localClock(zone, Math.max(start, end - 1)).isoDate;
    const key = `${zone}|${first}|${last}`;
    let days = this.dayLists.get(key);
    if (!days) {
      days = [];
      const until = Temporal.PlainDate.from(last);
      for (
        let d = Temporal.PlainDate.from(first);
        Temporal.PlainDate.compare(d, until) <= 0;
        d = d.add({ days: 1 })
      )
        days.push({ isoDate: d.toString(), weekday: d.dayOfWeek });
      this.dayLists.set(key, days);
    }
    return days;
  }
}

export function localDate(zone: string, epochMs: number): Temporal.PlainDate {
  return Temporal.PlainDate.from(localClock(zone, epochMs).isoDate);
}

/** A stretch of time over which a zone's offset from UTC stays the same. */
type OffsetSpan = { from: number; until: number; offsetMs: number };
/**
 * Spans already found, per zone: a zone changes offset about twice a year at most, so a few
 * spans answer every instant a clinic deals with. Finding one costs a Temporal conversion and
 * a transition search; reading one is arithmetic.
 */
const offsetSpans = new Map<string, OffsetSpan[]>();

function offsetSpan(zone: string, epochMs: number): OffsetSpan {
  const known = offsetSpans.get(zone) ?? [];
  const hit = known.find((s) => s.from <= epochMs && epochMs < s.until);
  if (hit) return hit;
  const zoned = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone);
  // The last change at or before this instant (searching back from a millisecond later), and
  // the next one after it.
  const previous = Temporal.Instant.fromEpochMilliseconds(epochMs + 1)
    .toZonedDateTimeISO(zone)
    .getTimeZoneTransition('previous');
  const next = zoned.getTimeZoneTransition('next');
  const span = {
    from: previous?.epochMilliseconds ?? -Infinity,
    until: next?.epochMilliseconds ?? Infinity,
    offsetMs: zoned.offsetNanoseconds / 1e6,
  };
  offsetSpans.set(zone, [...known, span]);
  return span;
}

/** Years written as four digits: the arithmetic below reads the date from an ISO string. */
const FOUR_DIGIT_YEARS = {
  from: Date.parse('0000-01-02T00:00:00Z'),
  until: Date.parse('9999-12-31T00:00:00Z'),
};

/** Minutes since local midnight, ISO weekday and local date of an instant in a zone. */
export function localClock(
  zone: string,
  epochMs: number,
): { minute: number; weekday: number; isoDate: string } {
  if (epochMs < FOUR_DIGIT_YEARS.from || epochMs >= FOUR_DIGIT_YEARS.until) {
    const zoned = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone);
    return {
      minute: zoned.hour * 60 + zoned.minute,
      weekday: zoned.dayOfWeek,
      isoDate: zoned.toPlainDate().toString(),
    };
  }
  // The wall clock is the instant moved by the zone's offset, read as if it were UTC.
  const wall = new Date(Math.floor(epochMs + offsetSpan(zone, epochMs).offsetMs));
  return {
    minute: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
    weekday: ((wall.getUTCDay() + 6) % 7) + 1,
    isoDate: wall.toISOString().slice(0, 10),
  };
}

/** An IANA zone name as people send it: checked against the zones the runtime knows. */
export const TimeZoneSchema = z
  .string()
  .max(64, issue('issue.timeZoneTooLong'))
  .refine((zone) => isValidZone(zone), issue('issue.timeZone'));

export function isValidZone(zone: string): boolean {
  try {
    Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone);
    return true;
  } catch {
    return false;
  }
}
