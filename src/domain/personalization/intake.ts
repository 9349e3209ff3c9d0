import { z } from 'zod';
import { AnswerLocaleSchema } from '../i18n/locale';
import { PROPS, PropSchema } from '../exercises/demands';
import { RedFlagAnswersSchema } from '../safety/red-flags';

export const PAIN_AREAS = ['lowBack', 'buttock', 'thigh', 'belowKnee', 'foot'] as const;
export const AGGRAVATORS = [
  'sitting',
  'forwardBend',
  'twisting',
  'standing',
  'walking',
  'lyingFlat',
] as const;

const nprs = z.number().int().min(0).max(10);

export const IntakeSchema = z.strictObject({
  redFlags: RedFlagAnswersSchema,
  painAreas: z.array(z.enum(PAIN_AREAS)).max(PAIN_AREAS.length),
  side: z.enum(['left', 'right', 'both']),
  legPain: nprs,
  backPain: nprs,
  aggravators: z.array(z.enum(AGGRAVATORS)).max(AGGRAVATORS.length),
  canGetToFloor: z.boolean(),
  canKneel: z.boolean(),
  steadyOnFeet: z.boolean(),
  props: z.array(PropSchema).max(PROPS.length),
  nerveSensitiveToday: z.boolean(),
  locale: AnswerLocaleSchema,
});
export type Intake = z.infer<typeof IntakeSchema>;

/** Conditions from the intake that restrict what the body should be asked to do. */
export const TRIGGERS = [
  'notSteady',
  'cannotKneel',
  'cannotGetToFloor',
  'forwardBendAggravates',
  'twistingAggravates',
  'nerveSensitive',
] as const;
export type Trigger = (typeof TRIGGERS)[number];

const TRIGGER_TESTS: Record<Trigger, (intake: Intake) => boolean> = {
  notSteady: (i) => !i.steadyOnFeet,
  cannotKneel: (i) => !i.canKneel,
  cannotGetToFloor: (i) => !i.canGetToFloor,
  forwardBendAggravates: (i) => i.aggravators.includes('forwardBend'),
  twistingAggravates: (i) => i.aggravators.includes('twisting'),
  nerveSensitive: (i) => i.nerveSensitiveToday,
};

export function activeTriggers(intake: Intake): Trigger[] {
  return TRIGGERS.filter((trigger) => TRIGGER_TESTS[trigger](intake));
}
