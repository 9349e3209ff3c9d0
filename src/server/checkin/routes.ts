import { Hono } from 'hono';
import { z } from 'zod';
import { unknownVariant, type Exercise } from '../../domain/exercises/library';
import {
  CheckinReportSchema,
  evaluateCheckin,
  type CheckinRule,
} from '../../domain/safety/checkin';
import type { RouteDoc } from '../http/openapi';
import { problem } from '../http/problem';
import { jsonBody } from '../http/validate';

export const CheckinResultSchema = z.strictObject({
  action: z.enum(['continue', 'modify', 'skip', 'stop']),
  variant: z.string().optional(),
  reasons: z.array(z.string()).min(1),
});

export const checkinDocs: RouteDoc[] = [
  {
    method: 'post',
    path: '/api/v1/checkin/evaluate',
    summary:
      'Decide whether to continue, switch to a gentler variant, skip, or stop after an exercise.',
    tags: ['session'],
    access: 'public',
    body: CheckinReportSchema,
    responses: {
      200: { description: 'What the player should do next, and why.', schema: CheckinResultSchema },
    },
  },
];

export function checkinRoutes({
  exercises,
  rules,
}: {
  exercises: readonly Exercise[];
  rules: readonly CheckinRule[];
}) {
  return new Hono().post('/checkin/evaluate', jsonBody(CheckinReportSchema), (c) => {
    const report = c.req.valid('json');
    const mismatch = unknownVariant(exercises, [report]);
    const exercise = exercises.find((e) => e.id === report.exerciseId);
    if (mismatch || !exercise) {
      const known = (mismatch?.known ?? []).map((v) => `"${v}"`).join(', ');
      return problem(
        c,
        400,
        'Invalid request',
        `Fix the request body: variant "${report.variant}" is not a variant of ${report.exerciseId}; use one of ${known}.`,
        [{ field: 'variant', message: `use one of ${known}` }],
      );
    }
    return c.json(evaluateCheckin(report, exercise, rules), 200);
  });
}
