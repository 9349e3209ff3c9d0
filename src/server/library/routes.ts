import { Hono } from 'hono';
import { documented } from '../http/openapi';
import { z } from 'zod';
import { ExerciseSchema, SourceSchema } from '../../domain/exercises/library';
import type { Library } from '../../domain/exercises/parse';
import { SlugSchema } from '../../domain/ids';
import { RedFlagSchema, type RedFlag } from '../../domain/safety/red-flags';

import { problem } from '../http/problem';
import { answerLocale, inLanguage, LocaleQuerySchema } from '../http/locale';
import { params, query } from '../http/validate';
import type { Locale } from '../../domain/i18n/locale';
import type { AppEnv } from '../http/auth';

const ExerciseParams = z.strictObject({
  id: SlugSchema.describe('Exercise id, e.g. seated-piriformis'),
});

export function libraryRoutes({
  library,
  redFlags,
}: {
  /** The library in each language. */
  library: Record<Locale, Library>;
  /** The questions in each language. */
  redFlags: Record<Locale, readonly RedFlag[]>;
}) {
  return new Hono<AppEnv>()
    .get(
      '/exercises',
      documented({
        summary:
          'The exercise library: every stretch with its variants, demands, dose and sources, in English or Spanish.',
        tags: ['library'],
        access: 'public',
        responses: {
          200: {
            description: 'All exercises and the sources they cite.',
            schema: z.strictObject({
              exercises: z.array(ExerciseSchema),
              sources: z.array(SourceSchema),
            }),
          },
        },
      }),
      query(LocaleQuerySchema),
      (c) => {
        const locale = answerLocale(c, c.req.valid('query').locale);
        return c.json(library[locale], 200, inLanguage(locale));
      },
    )
    .get(
      '/exercises/:id',
      documented({
        summary: 'One exercise by its stable id (e.g. figure-4), in English or Spanish.',
        tags: ['library'],
        access: 'public',
        responses: {
          200: { description: 'The exercise.', schema: ExerciseSchema },
          404: { description: 'No exercise has that id.' },
        },
      }),
      params(ExerciseParams),
      query(LocaleQuerySchema),
      (c) => {
        const { id } = c.req.valid('param');
        const locale = answerLocale(c, c.req.valid('query').locale);
        const exercise = library[locale].exercises.find((e) => e.id === id);
        if (!exercise)
          return problem(c, 404, 'Not found', { say: 'problem.noExerciseId', values: { id } });
        return c.json(exercise, 200, inLanguage(locale));
      },
    )
    .get(
      '/red-flags',
      documented({
        summary: 'The safety-screen questions with their urgency tiers, in English or Spanish.',
        tags: ['safety'],
        access: 'public',
        responses: { 200: { description: 'Red-flag questions.', schema: z.array(RedFlagSchema) } },
      }),
      query(LocaleQuerySchema),
      (c) => {
        const locale = answerLocale(c, c.req.valid('query').locale);
        return c.json(redFlags[locale], 200, inLanguage(locale));
      },
    );
}
