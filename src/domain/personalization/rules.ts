import { z } from 'zod';
import { TextSchema, WordsSchema } from '../i18n/text';
import { LimitsSchema } from '../safety/limits';
import { TRIGGERS } from './intake';

/** A restriction: when the intake shows the trigger, no plan item may exceed the limits. */
const restrictionRuleShape = <W extends z.ZodType>(words: W) =>
  z.strictObject({
    id: z.string().min(1),
    trigger: z.enum(TRIGGERS),
    limits: LimitsSchema,
    /** Said to the person for each exercise the rule adjusts or leaves out. */
    reason: words,
    /** What a therapist lifts when they loosen this rule, in clinical words. */
    liftLabel: words,
    /** Choose the gentlest compliant variant rather than the usual one. */
    preferGentlest: z.boolean().default(false),
    /** Shorter holds on this kind of day. */
    holdSeconds: z.tuple([z.number().int().positive(), z.number().int().positive()]).optional(),
  });
export const RestrictionRuleSchema = restrictionRuleShape(WordsSchema);
/** As written in content/: the reason and label in every language. */
export const RestrictionRuleContentSchema = restrictionRuleShape(TextSchema);
export type RestrictionRuleContent = z.input<typeof RestrictionRuleContentSchema>;
export type RestrictionRule = z.infer<typeof RestrictionRuleSchema>;
