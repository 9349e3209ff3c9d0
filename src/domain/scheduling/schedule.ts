import { z } from 'zod';
import { issue } from '../i18n/issues';
import { formatMinute } from './opening-hours';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const WeekdaySchema = z.number().int().min(1).max(7);
const MINUTES_PER_DAY = 24 * 60;

/** A weekly working window in the location's local wall-clock time, [startMinute, endMinute). */
export const WorkingHoursSchema = z
  .strictObject({
    weekday: WeekdaySchema,
    startMinute: z.number().int().min(0).max(MINUTES_PER_DAY),
    endMinute: z.number().int().min(0).max(MINUTES_PER_DAY),
  })
  .refine((h) => h.startMinute < h.endMinute, {
    path: ['endMinute'],
    message: issue('issue.endAfterStart'),
  });
export type WorkingHours = z.infer<typeof WorkingHoursSchema>;

const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];
const span = (h: WorkingHours) => `${formatMinute(h.startMinute)}–${formatMinute(h.endMinute)}`;

/**
 * Any number of windows a day (a split shift is two), none overlapping or touching: touching
 * ones are one window, and an appointment could not span the seam. A refusal names the later
 * window's start, by its place in the list, so a form can show it beside that window.
 * A week of split shifts fits easily in the limit: seven days of up to six windows.
 */
const MAX_WINDOWS = 42;
export const WeeklyHoursSchema = z
  .array(WorkingHoursSchema)
  .max(MAX_WINDOWS, issue('issue.windowsPerWeek'))
  .superRefine((hours, ctx) => {
    const valid = hours
      .map((h, index) => ({ h, index }))
      .filter(({ h }) => h.startMinute < h.endMinute);
    for (let day = 1; day <= 7; day++) {
      const windows = valid
        .filter(({ h }) => h.weekday === day)
        .sort((a, b) => a.h.startMinute - b.h.startMinute || a.index - b.index);
      // Compared with the earlier window that reaches latest, so 8–6 catches 9–10 and 11–12.
      let before: WorkingHours | undefined;
      for (const { h, index } of windows) {
        const reach = before;
        if (!reach || h.endMinute > reach.endMinute) before = h;
        if (!reach || h.startMinute > reach.endMinute) continue;
        ctx.addIssue({
          code: 'custom',
          path: [index, 'startMinute'],
          message:
            h.startMinute === reach.endMinute
              ? `${WEEKDAY_NAMES[day - 1]} ${span(h)} starts just as ${span(reach)} ends; make them one window`
              : `${WEEKDAY_NAMES[day - 1]} ${span(h)} overlaps ${span(reach)}; change one of them or merge the two`,
        });
      }
    }
  });

/** "07:45" → 465: wall-clock times as minutes after midnight, the unit of working hours. */
export function minuteOfDay(time: string): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
}

/** 465 → "07:45", for time inputs. */
export function timeOfDay(minute: number): string {
  return `${String(Math.floor(minute / 60) % 24).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** Half-open interval of epoch milliseconds. */
export type Interval = { start: number; end: number };

export const AppointmentRulesSchema = z.strictObject({
  durationMinutes: z.number().int().min(5).max(480).multipleOf(5),
  /** Kept free before and after every appointment. */
  bufferMinutes: z.number().int().min(0).max(120).multipleOf(5),
  /** Distance between offered start times. */
  stepMinutes: z.number().int().min(5).max(240).multipleOf(5),
  minNoticeMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 14),
  horizonDays: z.number().int().min(1).max(365),
});
export type AppointmentRules = z.infer<typeof AppointmentRulesSchema>;

export type TherapistSchedule = {
  therapistId: string;
  zone: string;
  hours: readonly WorkingHours[];
  timeOff: readonly Interval[];
  /** Existing appointments; the appointment type's buffer is added around each. */
  busy: readonly Interval[];
};

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;
