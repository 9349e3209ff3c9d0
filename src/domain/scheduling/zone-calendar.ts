import { z } from 'zod';
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
    const first = localDate(zone, start);
    const last = localDate(zone, Math.max(start, end - 1));
    const key = `${zone}|${first.toString()}|${last.toString()}`;
    let days = this.dayLists.get(key);
    if (!days) {
      days = [];
      for (let d = first; Temporal.PlainDate.compare(d, last) <= 0; d = d.add({ days: 1 }))
        days.push({ isoDate: d.toString(), weekday: d.dayOfWeek });
      this.dayLists.set(key, days);
    }
    return days;
  }
}

export function localDate(zone: string, epochMs: number): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone).toPlainDate();
}

/** Minutes since local midnight and ISO weekday of an instant in a zone. */
export function localClock(
  zone: string,
  epochMs: number,
): { minute: number; weekday: number; isoDate: string } {
  const zoned = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone);
  return {
    minute: zoned.hour * 60 + zoned.minute,
    weekday: zoned.dayOfWeek,
    isoDate: zoned.toPlainDate().toString(),
  };
}

/** An IANA zone name as people send it: checked against the zones the runtime knows. */
export const TimeZoneSchema = z
  .string()
  .max(64, 'is too long for a time zone')
  .refine((zone) => isValidZone(zone), 'use an IANA time zone such as America/Chicago');

export function isValidZone(zone: string): boolean {
  try {
    Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone);
    return true;
  } catch {
    return false;
  }
}
