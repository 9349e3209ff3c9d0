import {
  DAY,
  MINUTE,
  type AppointmentRules,
  type Interval,
  type TherapistSchedule,
} from './schedule';
import type { ZoneCalendar } from './zone-calendar';

/**
 * Bookable start instants for one therapist in [range.start, range.end): inside a working
 * window (local wall-clock rules in the location's zone), on the window's step grid, with the
 * whole appointment inside the window, clear of time off and of existing appointments plus
 * buffers, no sooner than the minimum notice and before the booking horizon ends.
 *
 * Integer millisecond arithmetic over sorted intervals: O(days × windows + busy) per therapist,
 * with wall-clock conversions memoised in the shared ZoneCalendar.
 */
export function computeSlots(
  schedule: TherapistSchedule,
  rules: AppointmentRules,
  range: Interval,
  now: number,
  calendar: ZoneCalendar,
): number[] {
  const earliest = Math.max(range.start, now + rules.minNoticeMinutes * MINUTE);
  const latest = Math.min(range.end, now + rules.horizonDays * DAY);
  if (earliest >= latest) return [];
  const duration = rules.durationMinutes * MINUTE;
  const step = rules.stepMinutes * MINUTE;
  const blocked = blockedIntervals(schedule, rules.bufferMinutes * MINUTE);

  const slots: number[] = [];
  let b = 0;
  for (const day of calendar.days(schedule.zone, earliest, latest)) {
    for (const hours of schedule.hours) {
      if (hours.weekday !== day.weekday) continue;
      const windowStart = calendar.instant(schedule.zone, day.isoDate, hours.startMinute);
      const windowEnd = calendar.instant(schedule.zone, day.isoDate, hours.endMinute);
      let start = windowStart;
      if (start < earliest) start += Math.ceil((earliest - start) / step) * step;
      while (b > 0 && blocked[b - 1]!.end > start) b--; // windows of one day may come out of order
      for (; start + duration <= windowEnd && start < latest; start += step) {
        while (b < blocked.length && blocked[b]!.end <= start) b++;
        const next = blocked[b];
        if (next && next.start < start + duration) {
          // Jump past the blocking interval, staying on the grid.
          start += Math.max(0, Math.ceil((next.end - start) / step) - 1) * step;
          continue;
        }
        slots.push(start);
      }
    }
  }
  return slots.sort((x, y) => x - y);
}

/** Time off and appointments (widened by the buffer), sorted and merged. */
function blockedIntervals(schedule: TherapistSchedule, buffer: number): Interval[] {
  const all = [
    ...schedule.timeOff,
    ...schedule.busy.map((i) => ({ start: i.start - buffer, end: i.end + buffer })),
  ].sort((x, y) => x.start - y.start);
  const merged: Interval[] = [];
  for (const interval of all) {
    const last = merged.at(-1);
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}
