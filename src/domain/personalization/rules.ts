import { z } from 'zod';
import { LimitsSchema } from '../safety/limits';
import { TRIGGERS } from './intake';

/** A restriction: when the intake shows the trigger, no plan item may exceed the limits. */
export const RestrictionRuleSchema = z.strictObject({
  id: z.string().min(1),
  trigger: z.enum(TRIGGERS),
  limits: LimitsSchema,
  /** Said to the person for each exercise the rule adjusts or leaves out. */
  reason: z.string().min(1),
  /** What a therapist lifts when they loosen this rule, in clinical words. */
  liftLabel: z.string().min(1),
  /** Choose the gentlest compliant variant rather than the usual one. */
  preferGentlest: z.boolean().default(false),
  /** Shorter holds on this kind of day. */
  holdSeconds: z.tuple([z.number().int().positive(), z.number().int().positive()]).optional(),
});
export type RestrictionRule = z.infer<typeof RestrictionRuleSchema>;
export type RestrictionRuleInput = z.input<typeof RestrictionRuleSchema>;
