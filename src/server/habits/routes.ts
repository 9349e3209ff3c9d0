import { Hono } from 'hono';
import { documented } from '../http/openapi';
import { issue } from '../../domain/i18n/issues';
import { z } from 'zod';
import { daysBetween } from '../../domain/calendar-days';
import { HabitLessonSchema, type HabitLesson } from '../../domain/education/habits';
import { SourceSchema, type Source } from '../../domain/exercises/library';
import { IsoDateSchema } from '../../domain/progress/progress';
import { audit } from '../db/audit';
import type { Db } from '../db/create-db';
import { listHabitChecks } from '../db/patient-records';
import { currentUser, requireRole, type AppEnv } from '../http/auth';

import { implausibleDay } from '../http/loggable-day';
import { jsonBody, params, query } from '../http/validate';
import { saveHabitDay } from './queries';

/** A year of answers at most in one read: enough for any chart, never the whole table. */
const MAX_RANGE_DAYS = 366;

const HabitDayParams = z.strictObject({
  date: IsoDateSchema.describe('Your local date, YYYY-MM-DD'),
});

const RangeQuerySchema = z
  .strictObject({
    from: IsoDateSchema.describe('First local date, YYYY-MM-DD'),
    to: IsoDateSchema.describe('Last local date, YYYY-MM-DD (included)'),
  })
  .refine((r) => r.from <= r.to, { path: ['to'], message: issue('issue.notBeforeFrom') })
  .refine((r) => daysBetween(r.from, r.to) < MAX_RANGE_DAYS, {
    path: ['to'],
    message: issue('issue.tooFarAfterFrom'),
    params: { days: MAX_RANGE_DAYS },
  });

/** `{ habits: { "<habitId>": true | false, … } }`: only the content's habits, at least one. */
function habitAnswersSchema(habitIds: readonly string[]) {
  const answers = z
    .strictObject(Object.fromEntries(habitIds.map((id) => [id, z.boolean().optional()])))
    .refine((a) => Object.values(a).some((v) => v !== undefined), {
      message: issue('issue.nameAHabit'),
      params: { habits: habitIds.join(', ') },
    });
  return z.strictObject({ habits: answers });
}

const CheckViewSchema = z.strictObject({
  date: z.string(),
  habitId: z.string(),
  done: z.boolean(),
});
const ChecksViewSchema = z.strictObject({
  from: z.string(),
  to: z.string(),
  checks: z.array(CheckViewSchema),
});
const DayViewSchema = z.strictObject({
  date: z.string(),
  /** Every habit answered for that day, not only those just sent. */
  habits: z.record(z.string(), z.boolean()),
});

type Deps = {
  db: Db;
  now: () => Date;
  lessons: readonly HabitLesson[];
  sources: readonly Source[];
};

export function habitRoutes({ db, now, lessons, sources }: Deps) {
  const Answers = habitAnswersSchema(lessons.map((l) => l.id));
  const cited = new Set(lessons.flatMap((l) => l.sources));
  const catalog = { habits: lessons, sources: sources.filter((s) => cited.has(s.id)) };
  return new Hono<AppEnv>()
    .get(
      '/habits',
      documented({
        summary:
          'The posture and movement habit lessons (stage 4): each with its sections, daily question, tips and sources.',
        tags: ['habits'],
        access: 'public',
        responses: {
          200: {
            description: 'Every habit lesson and the sources they cite.',
            schema: z.strictObject({
              habits: z.array(HabitLessonSchema),
              sources: z.array(SourceSchema),
            }),
          },
        },
      }),
      (c) => c.json(catalog, 200),
    )
    .get(
      '/me/habits',
      documented({
        summary: `Your daily habit answers from one local date to another (both included, at most ${MAX_RANGE_DAYS} days).`,
        tags: ['habits'],
        access: 'patient',
        responses: {
          200: { description: 'Answers, by day then habit.', schema: ChecksViewSchema },
        },
      }),
      requireRole('patient'),
      query(RangeQuerySchema),
      async (c) => {
        const range = c.req.valid('query');
        const checks = await listHabitChecks(db, currentUser(c).id, range);
        return c.json({ ...range, checks }, 200);
      },
    )
    .put(
      '/me/habits/:date',
      documented({
        summary:
          "Answer one day's habit questions (done or not) for any of the habits; sending the same answers again changes nothing.",
        tags: ['habits'],
        access: 'patient',
        responses: { 200: { description: "Saved: that day's answers.", schema: DayViewSchema } },
      }),
      requireRole('patient'),
      params(HabitDayParams),
      jsonBody(Answers),
      async (c) => {
        const user = currentUser(c);
        const { date } = c.req.valid('param');
        const at = now().getTime();
        const outOfRange = await implausibleDay(c, db, {
          userId: user.id,
          day: date,
          field: 'date',
          at,
        });
        if (outOfRange) return outOfRange;
        const answers = Object.entries(c.req.valid('json').habits).flatMap(([habitId, done]) =>
          done === undefined ? [] : [{ habitId, done }],
        );
        await saveHabitDay(db, user.id, date, answers, at);
        await audit(db, {
          actor: user.id,
          action: 'habits.saved',
          subject: user.id,
          detail: { date, habits: answers.map((a) => a.habitId) },
          at,
          requestId: c.get('requestId'),
        });
        const day = await listHabitChecks(db, user.id, { from: date, to: date });
        return c.json(
          { date, habits: Object.fromEntries(day.map((d) => [d.habitId, d.done])) },
          200,
        );
      },
    );
}
