import { z } from 'zod';

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
    message: 'a working window must end after it starts',
  });
export type WorkingHours = z.infer<typeof WorkingHoursSchema>;

/** Non-overlapping, non-touching windows per weekday: touching ones should be one window. */
/** A week of split shifts fits easily: seven days of up to six windows. */
const MAX_WINDOWS = 42;
export const WeeklyHoursSchema = z
  .array(WorkingHoursSchema)
  .max(MAX_WINDOWS, `use at most ${MAX_WINDOWS} windows a week`)
  .superRefine((hours, ctx) => {
    for (let day = 1; day <= 7; day++) {
      const windows = hours
        .filter((h) => h.weekday === day)
        .sort((a, b) => a.startMinute - b.startMinute);
      for (let i = 1; i < windows.length; i++)
        if (windows[i]!.startMinute <= windows[i - 1]!.endMinute)
          ctx.addIssue({
            code: 'custom',
            message: `weekday ${day}: windows overlap or touch; merge them`,
          });
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
