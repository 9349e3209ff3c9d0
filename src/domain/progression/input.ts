import { z } from 'zod';
import { issue } from '../i18n/issues';
import { SlugSchema } from '../ids';
import { IsoDateSchema } from '../progress/progress';
import { ACTIONS } from '../safety/checkin';
import { RULE_IDS, type RuleId } from './rules';
import { ItemDoseSchema } from './dose';
import { StageNumberSchema } from './stages';

const nprs = z
  .number()
  .int(issue('issue.score'))
  .min(0, issue('issue.score'))
  .max(10, issue('issue.score'));

/** Enough for a year of daily sessions and logs, far below the body limit's worth. */
export const MAX_DAYS = 400;
export const MAX_CHECKINS_PER_SESSION = 40;

/**
 * What the engine decides from. Item ids are checked against the items the app knows (library
 * exercises and habit lessons), so a typo is refused rather than silently ignored.
 */
export function progressionInputSchema(itemIds: readonly [string, ...string[]]) {
  const ItemId = z.enum(itemIds, { error: issue('issue.oneOf') });
  const CheckinSchema = z.strictObject({
    exerciseId: ItemId.describe('The exercise the check-in followed.'),
    decision: z.enum(ACTIONS).describe('What the check-in decided.'),
    tinglingSpread: z.boolean(),
    numbnessSpread: z.boolean(),
  });
  const SessionSchema = z.strictObject({
    date: IsoDateSchema,
    checkins: z.array(CheckinSchema).max(MAX_CHECKINS_PER_SESSION),
  });
  const LogSchema = z.strictObject({ date: IsoDateSchema, legPain: nprs, backPain: nprs });
  return z
    .strictObject({
      stage: StageNumberSchema.describe('The stage the person is in now (1 to 4).'),
      baseline: z
        .strictObject({ legPain: nprs })
        .describe('Where the person started: their first leg-pain score.'),
      redFlag: z
        .boolean()
        .describe('A warning sign has been reported and not yet seen by a clinician.'),
      sessions: z
        .array(SessionSchema)
        .max(MAX_DAYS)
        .describe(
          'Sessions done, each with its check-ins (in the current stage unless stageSince).',
        ),
      logs: z.array(LogSchema).max(MAX_DAYS).describe('Daily pain scores, at most one a day.'),
      today: IsoDateSchema.describe("The person's own calendar day."),
      stageSince: IsoDateSchema.optional().describe(
        'The first day of the current stage; earlier sessions count only for the 7-day safety checks.',
      ),
      guidance: z
        .enum(['self-guided', 'therapist'])
        .default('self-guided')
        .describe('Self-guided people are offered the next stage; a therapist approves it.'),
      prescribed: z
        .array(ItemId)
        .max(30)
        .default([])
        .describe("Items in the therapist's current program (therapist-only items need this)."),
      centralisesWith: z
        .array(ItemId)
        .max(30)
        .default([])
        .describe('Movements that move leg symptoms up toward the back for this person.'),
    })
    .superRefine((input, ctx) => {
      const future = (path: (string | number)[], date: string) => {
        if (date > input.today)
          ctx.addIssue({
            code: 'custom',
            path,
            message: issue('issue.afterToday'),
            params: { today: input.today },
          });
      };
      input.sessions.forEach((s, i) => future(['sessions', i, 'date'], s.date));
      input.logs.forEach((l, i) => future(['logs', i, 'date'], l.date));
      if (input.stageSince) future(['stageSince'], input.stageSince);
      const seen = new Set<string>();
      input.logs.forEach((l, i) => {
        if (seen.has(l.date))
          ctx.addIssue({
            code: 'custom',
            path: ['logs', i, 'date'],
            message: issue('issue.secondLog'),
            params: { date: l.date },
          });
        seen.add(l.date);
      });
    });
}
export type ProgressionInput = z.infer<ReturnType<typeof progressionInputSchema>>;
export type ProgressionInputValues = z.input<ReturnType<typeof progressionInputSchema>>;

export const DECISIONS = ['advance', 'stay', 'step-back', 'seek-care'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The engine's answer, as documented for the API. */
export const ProgressionDecisionSchema = z.strictObject({
  decision: z.enum(DECISIONS),
  /** The stage to be in next: one up on advance, one down on step-back. */
  stage: StageNumberSchema,
  reasons: z
    .array(
      z.strictObject({
        rule: z.enum(RULE_IDS as [RuleId, ...RuleId[]]),
        passed: z.boolean().describe('Whether this condition is met.'),
        text: z.string(),
        key: z
          .string()
          .optional()
          .describe("Which of the rule's wordings; with `values`, the reason in other words."),
        values: z
          .record(z.string(), z.union([z.string(), z.number()]))
          .optional()
          .describe('What the wording names (`stage` is a stage number).'),
      }),
    )
    .min(1),
  /** What that stage holds for this person; empty when they should seek care. */
  items: z.array(
    z.strictObject({
      id: SlugSchema,
      kind: z.enum(['exercise', 'habit']),
      version: z.enum(['standard', 'gentlest']),
      dose: ItemDoseSchema.optional(),
    }),
  ),
});
export type ProgressionDecision = z.infer<typeof ProgressionDecisionSchema>;
