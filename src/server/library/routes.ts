import { Hono } from 'hono';
import { z } from 'zod';
import { ExerciseSchema, SourceSchema } from '../../domain/exercises/library';
import type { Library } from '../../domain/exercises/parse';
import { SlugSchema } from '../../domain/ids';
import { RedFlagSchema, type RedFlag } from '../../domain/safety/red-flags';
import type { RouteDoc } from '../http/openapi';
import { problem } from '../http/problem';
import { params } from '../http/validate';

const ExerciseParams = z.strictObject({
  id: SlugSchema.describe('Exercise id, e.g. seated-piriformis'),
});

export const libraryDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/v1/exercises',
    summary: 'The exercise library: every stretch with its variants, demands, dose and sources.',
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
  },
  {
    method: 'get',
    path: '/api/v1/exercises/{id}',
    summary: 'One exercise by its stable id (e.g. figure-4).',
    tags: ['library'],
    access: 'public',
    params: ExerciseParams,
    responses: {
      200: { description: 'The exercise.', schema: ExerciseSchema },
      404: { description: 'No exercise has that id.' },
    },
  },
  {
    method: 'get',
    path: '/api/v1/red-flags',
    summary: 'The safety-screen questions with their urgency tiers.',
    tags: ['safety'],
    access: 'public',
    responses: { 200: { description: 'Red-flag questions.', schema: z.array(RedFlagSchema) } },
  },
];

export function libraryRoutes({
  library,
  redFlags,
}: {
  library: Library;
  redFlags: readonly RedFlag[];
}) {
  return new Hono()
    .get('/exercises', (c) => c.json(library, 200))
    .get('/exercises/:id', params(ExerciseParams), (c) => {
      const { id } = c.req.valid('param');
      const exercise = library.exercises.find((e) => e.id === id);
      if (!exercise)
        return problem(
          c,
          404,
          'Not found',
          `No exercise has the id "${id}". GET /api/v1/exercises lists them.`,
        );
      return c.json(exercise, 200);
    })
    .get('/red-flags', (c) => c.json(redFlags, 200));
}
