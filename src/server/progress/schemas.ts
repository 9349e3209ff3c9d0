import { z } from 'zod';
import { issue } from '../../domain/i18n/issues';
import { ExerciseIdSchema } from '../../domain/exercises/library';
import { SlugSchema } from '../../domain/ids';
import { DailyLogSchema, IsoDateSchema } from '../../domain/progress/progress';
import { CheckinReportSchema } from '../../domain/safety/checkin';

const instant = z.iso.datetime({ offset: true, message: issue('issue.instant') });

export const SavedSessionSchema = z
  .strictObject({
    /** Made by the player once per session, so a retry or an offline resend counts once. */
    idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,128}$/, issue('issue.idempotencyKeyShape')),
    localDate: IsoDateSchema,
    startedAt: instant,
    finishedAt: instant,
    outcome: z.enum(['finished', 'stopped']),
    items: z
      .array(
        z.strictObject({
          exerciseId: ExerciseIdSchema,
          variant: SlugSchema,
          /** Which side a one-sided stretch's check-in was about; absent when it covers both. */
          side: z.enum(['left', 'right']).nullable().optional(),
          outcome: z.enum(['done', 'skipped', 'stopped']),
          heldSeconds: z.number().int().min(0).max(3600),
          checkin: z
            .strictObject({
              report: CheckinReportSchema,
              action: z.enum(['continue', 'modify', 'skip', 'stop']),
            })
            .nullable(),
        }),
      )
      .min(1, issue('issue.atLeastOneExercise'))
      // One record per set on each side: 12 exercises × 2 sides × 5 sets at the very most.
      .max(120),
  })
  .refine((s) => Date.parse(s.finishedAt) >= Date.parse(s.startedAt), {
    path: ['finishedAt'],
    message: issue('issue.notBeforeStarted'),
  });
export type SavedSession = z.infer<typeof SavedSessionSchema>;

export const SessionSummarySchema = z.strictObject({
  id: z.string(),
  localDate: z.string(),
  outcome: z.enum(['finished', 'stopped']),
  startedAt: z.string(),
  /** Exercises done (skipped and stopped ones are not counted). */
  exercises: z.number(),
  checkins: z.number(),
});

export const DailyLogViewSchema = DailyLogSchema.extend({ date: z.string() });

/** Why the warning-sign questions are due again (B1), or null when they are not. */
export const SafetyRecheckSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('legPainRose'),
      date: z.string(),
      from: z.number(),
      to: z.number(),
    }),
    z.strictObject({
      kind: z.literal('numbnessSpread'),
      date: z.string(),
      exerciseId: ExerciseIdSchema,
    }),
  ])
  .nullable();

export const SavedLogSchema = DailyLogViewSchema.extend({ safetyRecheck: SafetyRecheckSchema });

export const ProgressQuerySchema = z.strictObject({ today: IsoDateSchema });

export const ProgressSchema = z.strictObject({
  logs: z.array(DailyLogViewSchema),
  sessions: z.array(SessionSummarySchema),
  /** Yesterday went by with nothing (never said after a red flag). */
  missedADay: z.boolean(),
  safetyRecheck: SafetyRecheckSchema,
  progress: z.strictObject({
    baseline: z
      .strictObject({ date: z.string(), legPain: z.number(), backPain: z.number() })
      .nullable(),
    latest: z
      .strictObject({ date: z.string(), legPain: z.number(), backPain: z.number() })
      .nullable(),
    legChange: z.number().nullable(),
    meaningfulImprovement: z.boolean(),
    meaningfulWorsening: z.boolean(),
    psfsBaseline: z.number().nullable(),
    psfsLatest: z.number().nullable(),
    adherence: z.strictObject({ done: z.number(), prescribed: z.number(), percent: z.number() }),
    /** Six weeks of done against prescribed, oldest first; the last week ends today. */
    weeks: z.array(
      z.strictObject({
        from: z.string(),
        to: z.string(),
        done: z.number(),
        prescribed: z.number(),
      }),
    ),
    prescription: z.strictObject({ daysPerWeek: z.number(), sessionsPerDay: z.number() }),
    streakDays: z.number(),
    summary: z.array(z.string()),
  }),
});
