import { z } from 'zod';
import { TextSchema, WordsSchema } from '../i18n/text';
import { levelRank, type Demands } from '../exercises/demands';
import { SlugSchema } from '../ids';
import { ExerciseIdSchema, type Exercise, type Variant } from '../exercises/library';
import { demandScore } from './limits';

const nprs = z.number().int().min(0).max(10);

export const CheckinReportSchema = z.strictObject({
  exerciseId: ExerciseIdSchema,
  variant: SlugSchema,
  painBefore: nprs,
  painAfter: nprs,
  tinglingSpread: z.boolean(),
  numbnessSpread: z.boolean(),
  sharpPain: z.boolean(),
  lostBalance: z.boolean(),
});
export type CheckinReport = z.infer<typeof CheckinReportSchema>;

export const ACTIONS = ['continue', 'modify', 'skip', 'stop'] as const;
export type CheckinAction = (typeof ACTIONS)[number];

export const SYMPTOMS = [
  'painUpALot',
  'painUp',
  'tinglingSpread',
  'numbnessSpread',
  'sharpPain',
  'lostBalance',
] as const;
export type Symptom = (typeof SYMPTOMS)[number];

const EASABLE = ['forwardBend', 'lumbarFlexion', 'neuralTension', 'balance'] as const;
type Easable = (typeof EASABLE)[number];

/** What to do when a symptom is reported. `modify` needs a variant easier on `ease`, else `otherwise`. */
const checkinRuleShape = <W extends z.ZodType>(words: W) =>
  z.strictObject({
    id: z.string().min(1),
    symptom: z.enum(SYMPTOMS),
    action: z.enum(['modify', 'skip', 'stop']),
    ease: z.array(z.enum(EASABLE)).default([]),
    otherwise: z.enum(['skip', 'stop']).default('skip'),
    /** What the app says after a check-in that matched: why it advises this. */
    reason: words,
    /** The same rule as advice to read before stretching, e.g. on the printed handout. */
    instruction: words,
  });
export const CheckinRuleSchema = checkinRuleShape(WordsSchema);
export type CheckinRule = z.infer<typeof CheckinRuleSchema>;
/** As written in content/: every reason and instruction in every language. */
export const CheckinRuleContentSchema = checkinRuleShape(TextSchema);
export type CheckinRuleContent = z.input<typeof CheckinRuleContentSchema>;

/** What a check-in says when no rule matched, and when it moves to a gentler version. */
const checkinWordsShape = <W extends z.ZodType>(words: W) =>
  z.strictObject({
    allClear: words,
    /** With `{name}` where the gentler version's name goes. */
    switchingTo: words,
  });
export const CheckinWordsSchema = checkinWordsShape(WordsSchema);
export type CheckinWords = z.infer<typeof CheckinWordsSchema>;
export const CheckinWordsContentSchema = checkinWordsShape(TextSchema);
export type CheckinWordsContent = z.input<typeof CheckinWordsContentSchema>;

/** The rules of a check-in with the words it says, in one language. */
export type CheckinGuide = { rules: readonly CheckinRule[]; words: CheckinWords };

export type CheckinResult = { action: CheckinAction; variant?: string; reasons: string[] };

const SYMPTOM_TESTS: Record<Symptom, (r: CheckinReport) => boolean> = {
  painUpALot: (r) => r.painAfter - r.painBefore >= 2,
  painUp: (r) => r.painAfter - r.painBefore === 1,
  tinglingSpread: (r) => r.tinglingSpread,
  numbnessSpread: (r) => r.numbnessSpread,
  sharpPain: (r) => r.sharpPain,
  lostBalance: (r) => r.lostBalance,
};

export function reportedSymptoms(report: CheckinReport): Symptom[] {
  return SYMPTOMS.filter((symptom) => SYMPTOM_TESTS[symptom](report));
}

const severity = (action: CheckinAction) => ACTIONS.indexOf(action);

/**
 * Decide what happens after an exercise. The most severe matching rule wins, so a worse
 * symptom can never be outvoted into "continue". `allowed` lets the player keep a
 * replacement variant inside the plan's own restrictions.
 */
export function evaluateCheckin(
  report: CheckinReport,
  exercise: Exercise,
  { rules, words }: CheckinGuide,
  allowed: (variant: Variant) => boolean = () => true,
): CheckinResult {
  const current = exercise.variants.find((v) => v.id === report.variant);
  if (!current) throw new RangeError(`unknown variant ${report.variant} of ${exercise.id}`);
  const symptoms = reportedSymptoms(report);
  const matched = rules.filter((rule) => symptoms.includes(rule.symptom));
  if (matched.length === 0)
    return {
      action: 'continue',
      reasons: [words.allClear],
    };

  const firm = matched.filter((rule) => rule.action !== 'modify');
  const modifying = matched.filter((rule) => rule.action === 'modify');
  const ease = [...new Set(modifying.flatMap((rule) => rule.ease))];
  const gentler = modifying.length > 0 ? findGentler(exercise, current, ease, allowed) : undefined;

  let action: CheckinAction = gentler ? 'modify' : 'continue';
  for (const rule of firm) if (severity(rule.action) > severity(action)) action = rule.action;
  if (!gentler)
    for (const rule of modifying)
      if (severity(rule.otherwise) > severity(action)) action = rule.otherwise;

  const reasons = matched.map((rule) => rule.reason);
  if (action === 'modify' && gentler)
    return {
      action,
      variant: gentler.id,
      reasons: [...reasons, words.switchingTo.replace('{name}', gentler.name)],
    };
  return { action, reasons };
}

/** The gentlest other variant that is easier on at least one eased demand and harder on none. */
export function findGentler(
  exercise: Exercise,
  current: Variant,
  ease: readonly Easable[],
  allowed: (variant: Variant) => boolean,
): Variant | undefined {
  const rank = (d: Demands, key: Easable) =>
    typeof d[key] === 'boolean' ? Number(d[key]) : levelRank(d[key]);
  return exercise.variants
    .filter((v) => v.id !== current.id && allowed(v))
    .filter((v) => ease.every((key) => rank(v.demands, key) <= rank(current.demands, key)))
    .filter((v) => ease.some((key) => rank(v.demands, key) < rank(current.demands, key)))
    .filter((v) => demandScore(v.demands) < demandScore(current.demands))
    .sort((a, b) => demandScore(a.demands) - demandScore(b.demands))[0];
}
