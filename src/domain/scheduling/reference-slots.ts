import { Temporal } from 'temporal-polyfill';
import { MINUTE, type AppointmentRules, type Interval, type TherapistSchedule } from './schedule';
import { wallToInstant } from './zone-calendar';

/**
 * The straightforward way, kept as the oracle for tests and the baseline for benchmarks:
 * try every minute of the range, convert each day's windows afresh, and check every busy
 * interval for every candidate. Same answer as computeSlots, far slower.
 */
export function referenceSlots(
  schedule: TherapistSchedule,
  rules: AppointmentRules,
  range: Interval,
  now: number,
): number[] {
  const duration = rules.durationMinutes * MINUTE;
  const buffer = rules.bufferMinutes * MINUTE;
  const windows = workingWindows(schedule, range);
  const slots: number[] = [];
  for (let t = Math.ceil(range.start / MINUTE) * MINUTE; t < range.end; t += MINUTE) {
    if (t < now + rules.minNoticeMinutes * MINUTE) continue;
    if (t >= now + rules.horizonDays * 24 * 60 * MINUTE) continue;
    const inWindow = windows.some(
      (w) =>
        t >= w.start && t + duration <= w.end && (t - w.start) % (rules.stepMinutes * MINUTE) === 0,
    );
    if (!inWindow) continue;
    const clashes =
      schedule.timeOff.some((o) => o.start < t + duration && t < o.end) ||
      schedule.busy.some((a) => a.start - buffer < t + duration && t < a.end + buffer);
    if (!clashes) slots.push(t);
  }
  return slots;
}

function workingWindows(schedule: TherapistSchedule, range: Interval): Interval[] {
  const windows: Interval[] = [];
  const toLocal = (ms: number) =>
    Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(schedule.zone).toPlainDate();
  const last = toLocal(range.end);
  for (
    let day = toLocal(range.start).subtract({ days: 1 });
    Temporal.PlainDate.compare(day, last) <= 0;
    day = day.add({ days: 1 })
  )
    for (const hours of schedule.hours) {
      if (hours.weekday !== day.dayOfWeek) continue;
      const at = (minute: number) =>
        wallToInstant(schedule.zone, day.toPlainDateTime().add({ minutes: minute }));
      windows.push({ start: at(hours.startMinute), end: at(hours.endMinute) });
    }
  return windows;
}
