import { Hono } from 'hono';
import { documented } from '../http/openapi';
import { z } from 'zod';
import { unknownVariant, type Exercise } from '../../domain/exercises/library';
import { AnswerLocaleSchema, type Locale } from '../../domain/i18n/locale';
import {
  CheckinReportSchema,
  evaluateCheckin,
  type CheckinGuide,
} from '../../domain/safety/checkin';
import type { AppEnv } from '../http/auth';
import { answerLocale, inLanguage } from '../http/locale';

import { fieldSaid, fieldsProblem } from '../http/problem';
import { jsonBody } from '../http/validate';

const CheckinRequestSchema = CheckinReportSchema.extend({
  locale: AnswerLocaleSchema,
});

export const CheckinResultSchema = z.strictObject({
  action: z.enum(['continue', 'modify', 'skip', 'stop']),
  variant: z.string().optional(),
  reasons: z.array(z.string()).min(1),
});

export function checkinRoutes({
  exercises,
  guides,
}: {
  /** The library in each language, for the names of gentler versions. */
  exercises: Record<Locale, readonly Exercise[]>;
  /** The rules with their words in each language. */
  guides: Record<Locale, CheckinGuide>;
}) {
  return new Hono<AppEnv>().post(
    '/checkin/evaluate',
    documented({
      summary:
        'Decide whether to continue, switch to a gentler variant, skip, or stop after an exercise.',
      tags: ['session'],
      access: 'public',
      responses: {
        200: {
          description: 'What the player should do next, and why.',
          schema: CheckinResultSchema,
        },
      },
    }),
    jsonBody(CheckinRequestSchema),
    (c) => {
      const { locale: asked, ...report } = c.req.valid('json');
      const locale = answerLocale(c, asked);
      const mismatch = unknownVariant(exercises[locale], [report]);
      const exercise = exercises[locale].find((e) => e.id === report.exerciseId);
      if (mismatch || !exercise) {
        const known = (mismatch?.known ?? []).map((v) => `"${v}"`).join(', ');
        return fieldsProblem(c, [
          fieldSaid(c, 'variant', 'issue.unknownVariant', {
            variant: report.variant,
            exercise: report.exerciseId,
            known,
          }),
        ]);
      }
      return c.json(evaluateCheckin(report, exercise, guides[locale]), 200, inLanguage(locale));
    },
  );
}
