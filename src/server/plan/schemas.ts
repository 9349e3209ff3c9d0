import { z } from 'zod';
import { DemandsSchema, PropSchema } from '../../domain/exercises/demands';
import { ExerciseIdSchema } from '../../domain/exercises/library';
import { CareAdviceSchema, RED_FLAG_IDS, UrgencySchema } from '../../domain/safety/red-flags';

const SideSchema = z.enum(['left', 'right']);

/** The response of POST /api/v1/plan/preview, as documented and as tested. */
export const PlanResultSchema = z.strictObject({
  status: z.enum(['plan', 'seek-care']),
  urgency: UrgencySchema.nullable(),
  items: z.array(
    z.strictObject({
      exerciseId: ExerciseIdSchema,
      variant: z.string(),
      name: z.string(),
      variantName: z.string(),
      mode: z.enum(['hold', 'breath', 'reps']),
      holdSeconds: z.tuple([z.number().int(), z.number().int()]).nullable(),
      reps: z.number().int().positive(),
      sets: z.number().int().positive(),
      breath: z.strictObject({ inhaleSeconds: z.number(), exhaleSeconds: z.number() }).nullable(),
      tempo: z
        .strictObject({
          outSeconds: z.number(),
          backSeconds: z.number(),
          out: z.string(),
          back: z.string(),
        })
        .nullable(),
      sides: z.array(SideSchema),
      props: z.array(PropSchema),
      demands: DemandsSchema,
      reasons: z.array(z.string()).min(1),
    }),
  ),
  excluded: z.array(
    z.strictObject({
      exerciseId: ExerciseIdSchema,
      name: z.string(),
      reasons: z.array(z.string()).min(1),
    }),
  ),
  messages: z.array(z.string()),
  redFlagsReported: z.array(z.enum(RED_FLAG_IDS)),
  care: CareAdviceSchema.nullable(),
});
