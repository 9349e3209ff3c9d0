import { z } from 'zod';
import { SlugSchema } from '../ids';
import { DoseLimitsSchema, ItemDoseSchema, outsideLimits } from './dose';
import { RULE_TEXT_KEYS, ProgressionRuleSchema, checkRuleTexts } from './rules';

export const STAGE_NUMBERS = [1, 2, 3, 4] as const;
export const StageNumberSchema = z
  .number()
  .int('use a whole stage number')
  .min(1, 'use a stage from 1 to 4')
  .max(4, 'use a stage from 1 to 4');
export type StageNumber = z.infer<typeof StageNumberSchema>;

/**
 * What the engine must know about each item a stage may hold: an exercise from the library or a
 * habit lesson, and the two conditions that keep an item out of a plan.
 */
export const ProgressionItemFactsSchema = z.strictObject({
  id: SlugSchema,
  kind: z.enum(['exercise', 'habit']),
  /** Only a therapist may prescribe it: never offered to someone self-guided. */
  therapistOnly: z.boolean().default(false),
  /** Offered only to someone whose leg symptoms move up toward the back with this movement. */
  onlyIfCentralises: z.boolean().default(false),
  /** How far a dose may go (exercises only). */
  limits: DoseLimitsSchema.optional(),
});
export type ProgressionItemFacts = z.infer<typeof ProgressionItemFactsSchema>;

export const StageItemSchema = z.strictObject({
  id: SlugSchema,
  /** `gentlest`: the library's last (gentlest) variant; `standard`: its first. Habits ignore it. */
  version: z.enum(['standard', 'gentlest']).default('standard'),
  /** A dose for this stage, within the item's limits; absent means the library's starting dose. */
  dose: ItemDoseSchema.optional(),
});
export type StageItem = z.infer<typeof StageItemSchema>;

/** What must be true before the next stage is offered. */
export const UnlockSchema = z.strictObject({
  /** Sessions in this stage where every check-in was "continue" with nothing spreading. */
  greenSessions: z.number().int().min(1).max(10),
  /**
   * Leg pain at or below the starting point less the smallest change that matters
   * (progress.smallestChangeThatMatters), or at 0.
   */
  legPainBelowBaseline: z.boolean(),
});
export type Unlock = z.infer<typeof UnlockSchema>;

export const StageSchema = z.strictObject({
  number: StageNumberSchema,
  id: SlugSchema,
  /** Shown to patients: short, plain words. */
  name: z.string().min(1).max(40),
  description: z.string().min(1).max(400),
  items: z.array(StageItemSchema).min(1).max(20),
  /** What unlocks the next stage; null for the last one, which is never left upward. */
  unlock: UnlockSchema.nullable(),
});
export type Stage = z.infer<typeof StageSchema>;

export const ProgressionSettingsSchema = z.strictObject({
  /** "The last 7 days": today and the 6 days before it. */
  windowDays: z.number().int().min(3).max(28),
  /** Days with a leg-pain score in the window needed to say whether pain is rising. */
  minLogsInWindow: z.number().int().min(2).max(7),
  /** Leg pain up this many points within `painJump.days` days means step back. */
  painJump: z.strictObject({
    points: z.number().int().min(1).max(10),
    days: z.number().int().min(1).max(7),
  }),
});
export type ProgressionSettings = z.infer<typeof ProgressionSettingsSchema>;

export const ProgressionContentSchema = z
  .strictObject({
    stages: z.array(StageSchema).length(STAGE_NUMBERS.length),
    rules: z.array(ProgressionRuleSchema),
    settings: ProgressionSettingsSchema,
    items: z.array(ProgressionItemFactsSchema).min(1),
  })
  .superRefine((content, ctx) => {
    content.stages.forEach((stage, i) => {
      if (stage.number !== i + 1)
        ctx.addIssue({ code: 'custom', path: ['stages', i], message: `stage ${i + 1} comes here` });
      const last = i === content.stages.length - 1;
      if (last !== (stage.unlock === null))
        ctx.addIssue({
          code: 'custom',
          path: ['stages', i, 'unlock'],
          message: last ? 'the last stage unlocks nothing' : 'say what unlocks the next stage',
        });
      stage.items.forEach((item, j) => {
        const facts = content.items.find((f) => f.id === item.id);
        const at = ['stages', i, 'items', j];
        if (!facts) {
          ctx.addIssue({ code: 'custom', path: at, message: `unknown item ${item.id}` });
          return;
        }
        if (item.dose && facts.kind === 'habit')
          ctx.addIssue({ code: 'custom', path: at, message: `${item.id} is a habit: no dose` });
        const beyond = item.dose && facts.limits ? outsideLimits(item.dose, facts.limits) : [];
        for (const key of beyond)
          ctx.addIssue({
            code: 'custom',
            path: [...at, 'dose', key],
            message: `${item.id}: ${key} is outside the item's limits`,
          });
      });
      const ids = stage.items.map((it) => it.id);
      if (new Set(ids).size !== ids.length)
        ctx.addIssue({ code: 'custom', path: ['stages', i, 'items'], message: 'an item twice' });
    });
    const defined = content.rules.map((r) => r.id);
    for (const id of Object.keys(RULE_TEXT_KEYS))
      if (defined.filter((d) => d === id).length !== 1)
        ctx.addIssue({ code: 'custom', path: ['rules'], message: `define rule ${id} once` });
    content.rules.forEach((rule, i) => {
      for (const message of checkRuleTexts(rule))
        ctx.addIssue({ code: 'custom', path: ['rules', i], message });
    });
  });
export type ProgressionContent = z.infer<typeof ProgressionContentSchema>;
export type ProgressionContentInput = z.input<typeof ProgressionContentSchema>;

/** The progression content, checked: fails at start-up on bad stage data. */
export function parseProgression(content: ProgressionContentInput): ProgressionContent {
  return ProgressionContentSchema.parse(content);
}
