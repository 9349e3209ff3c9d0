import type { Demands, Prop } from '../exercises/demands';
import type { Words } from '../i18n/words';
import type { Exercise, ExerciseId, Variant } from '../exercises/library';
import { breaches, demandScore } from '../safety/limits';
import {
  screenRedFlags,
  type CareAdvice,
  type RedFlag,
  type RedFlagId,
  type Urgency,
} from '../safety/red-flags';
import { activeTriggers, type Intake } from './intake';
import type { RestrictionRule } from './rules';

export type Side = 'left' | 'right';

export type PlanItem = {
  exerciseId: ExerciseId;
  variant: string;
  name: string;
  variantName: string;
  mode: 'hold' | 'breath' | 'reps';
  /** Seconds per hold, as a range; null for breath-paced and repeated movements. */
  holdSeconds: [number, number] | null;
  /** Holds per side, breath cycles, or movements in each set. */
  reps: number;
  /** Sets of holds or of a repeated movement, with a rest between them (1 for breaths). */
  sets: number;
  breath: { inhaleSeconds: number; exhaleSeconds: number } | null;
  /** The pace of a repeated movement: how long each half takes and what to say for it. */
  tempo: { outSeconds: number; backSeconds: number; out: string; back: string } | null;
  sides: Side[];
  props: Prop[];
  demands: Demands;
  reasons: string[];
};

export type Exclusion = { exerciseId: ExerciseId; name: string; reasons: string[] };

export type PlanResult = {
  status: 'plan' | 'seek-care';
  urgency: Urgency | null;
  items: PlanItem[];
  excluded: Exclusion[];
  messages: string[];
  redFlagsReported: RedFlagId[];
  care: CareAdvice | null;
};

export type PlanRules = {
  /** What a self-guided plan chooses from. */
  exercises: readonly Exercise[];
  /** Every exercise a therapist may prescribe. */
  library: readonly Exercise[];
  restrictions: readonly RestrictionRule[];
  redFlags: readonly RedFlag[];
  careAdvice: readonly CareAdvice[];
};

/** What a plan says, by message id; each language's words are in content/messages. */
export const PLAN_MESSAGES = [
  'plan.stopReminder',
  'plan.startEasierSide',
  'plan.nothingSuits',
  'plan.highPain',
  'plan.sittingWorse',
  'plan.belowKnee',
  'plan.usualVersion',
  'plan.adjusted',
  'plan.needsProps',
  'plan.keeps',
  'plan.shorterHolds',
  'plan.prop.strap',
  'plan.prop.towel',
  'plan.prop.pillow',
  'plan.prop.chair',
  'plan.prop.step',
] as const;
export type PlanWords = Words<(typeof PLAN_MESSAGES)[number]>;

/** Intake in, plan out: pure and deterministic, with a reason for every choice. */
export function buildPlan(intake: Intake, rules: PlanRules, words: PlanWords): PlanResult {
  const screening = screenRedFlags(intake.redFlags, rules.redFlags);
  if (screening.urgency) {
    const care = rules.careAdvice.find((advice) => advice.urgency === screening.urgency) ?? null;
    return {
      status: 'seek-care',
      urgency: screening.urgency,
      items: [],
      excluded: [],
      messages: care ? [care.title, care.where, care.when] : [],
      redFlagsReported: screening.flagged.map((flag) => flag.id),
      care,
    };
  }

  const triggers = activeTriggers(intake);
  const active = rules.restrictions.filter((rule) => triggers.includes(rule.trigger));
  const items: PlanItem[] = [];
  const excluded: Exclusion[] = [];
  for (const exercise of rules.exercises) {
    const choice = chooseVariant(exercise, active, intake.props, words);
    if (choice.variant)
      items.push(toItem(exercise, choice.variant, choice.reasons, active, intake, words));
    else excluded.push({ exerciseId: exercise.id, name: exercise.name, reasons: choice.reasons });
  }
  for (const exclusion of excluded) {
    const stand = rules.exercises
      .find((e) => e.id === exclusion.exerciseId)
      ?.coveredBy.map((id) => items.find((item) => item.exerciseId === id))
      .find((item) => item !== undefined);
    if (stand) exclusion.reasons.push(words.say('plan.keeps', { name: stand.name.toLowerCase() }));
  }
  return {
    status: 'plan',
    urgency: null,
    items,
    excluded,
    messages: planMessages(
      intake,
      items.length,
      items.some((item) => item.sides.length > 1),
      words,
    ),
    redFlagsReported: [],
    care: null,
  };
}

/** Whether a variant suits this intake: inside every active restriction, with its props at hand. */
export function allowedFor(intake: Intake, restrictions: readonly RestrictionRule[]) {
  const triggers = activeTriggers(intake);
  const active = restrictions.filter((rule) => triggers.includes(rule.trigger));
  return (variant: Variant): boolean =>
    active.every((rule) => breaches(variant.demands, rule.limits).length === 0) &&
    hasProps(variant, intake.props);
}

function hasProps(variant: Variant, props: readonly Prop[]): boolean {
  return !variant.needsOneOf || variant.needsOneOf.some((p) => props.includes(p));
}

type Choice = { variant: Variant | null; reasons: string[] };

function chooseVariant(
  exercise: Exercise,
  rules: readonly RestrictionRule[],
  props: readonly Prop[],
  words: PlanWords,
): Choice {
  const verdicts = exercise.variants.map((variant) => ({
    variant,
    brokenRules: rules.filter((rule) => breaches(variant.demands, rule.limits).length > 0),
    missingProps: !hasProps(variant, props),
  }));
  const compliant = verdicts.filter((v) => v.brokenRules.length === 0 && !v.missingProps);
  const gentlest = rules.some((rule) => rule.preferGentlest);
  const picked = gentlest
    ? [...compliant].sort(
        (a, b) => demandScore(a.variant.demands) - demandScore(b.variant.demands),
      )[0]
    : compliant[0];

  const usual = verdicts[0];
  if (picked && usual && picked.variant === usual.variant)
    return {
      variant: picked.variant,
      reasons: [words.say('plan.usualVersion')],
    };

  // Explain what ruled out the variants that were passed over.
  const passedOver = picked ? verdicts.slice(0, verdicts.indexOf(picked)) : verdicts;
  const reasons = unique(
    passedOver.flatMap((v) => [
      ...v.brokenRules.map((rule) => rule.reason),
      ...(v.missingProps
        ? [
            words.say('plan.needsProps', {
              variant: v.variant.name.toLowerCase(),
              props: words.list(
                (v.variant.needsOneOf ?? []).map((prop) => words.say(`plan.prop.${prop}`)),
                'or',
              ),
            }),
          ]
        : []),
    ]),
  );
  if (!picked) return { variant: null, reasons };
  if (reasons.length === 0 && gentlest)
    reasons.push(...rules.filter((r) => r.preferGentlest).map((r) => r.reason));
  return {
    variant: picked.variant,
    // The adjustment comes first: a therapist's program replaces this line with its own.
    reasons: [
      words.say('plan.adjusted', { variant: picked.variant.name.toLowerCase() }),
      ...reasons,
    ],
  };
}

function toItem(
  exercise: Exercise,
  variant: Variant,
  reasons: string[],
  rules: readonly RestrictionRule[],
  intake: Intake,
  words: PlanWords,
): PlanItem {
  const dose = exercise.dose;
  const holdSeconds =
    dose.mode === 'hold' ? shortestHold(dose.holdSeconds, rules, reasons, words) : null;
  return {
    exerciseId: exercise.id,
    variant: variant.id,
    name: exercise.name,
    variantName: variant.name,
    mode: dose.mode,
    holdSeconds,
    reps: dose.mode === 'hold' ? dose.reps : dose.mode === 'reps' ? dose.reps[0] : dose.cycles,
    sets: dose.mode === 'breath' ? 1 : dose.sets[0],
    breath:
      dose.mode === 'breath'
        ? { inhaleSeconds: dose.inhaleSeconds, exhaleSeconds: dose.exhaleSeconds }
        : null,
    tempo:
      dose.mode === 'reps'
        ? {
            outSeconds: dose.secondsPerRep / 2,
            backSeconds: dose.secondsPerRep / 2,
            out: dose.cue.out,
            back: dose.cue.back,
          }
        : null,
    sides: exercise.sided ? sideOrder(intake.side) : [],
    props: variant.demands.props.filter((p) => intake.props.includes(p)),
    demands: variant.demands,
    reasons,
  };
}

function shortestHold(
  usual: [number, number],
  rules: readonly RestrictionRule[],
  reasons: string[],
  words: PlanWords,
): [number, number] {
  let hold = usual;
  for (const rule of rules) {
    if (!rule.holdSeconds) continue;
    const shorter: [number, number] = [
      Math.min(hold[0], rule.holdSeconds[0]),
      Math.min(hold[1], rule.holdSeconds[1]),
    ];
    if (shorter[0] !== hold[0] || shorter[1] !== hold[1]) {
      reasons.push(words.say('plan.shorterHolds', { low: shorter[0], high: shorter[1] }));
      hold = shorter;
    }
  }
  return hold;
}

/** Start on the side that hurts less, so the first hold is the easy one. */
function sideOrder(painSide: Intake['side']): [Side, Side] {
  return painSide === 'left' ? ['right', 'left'] : ['left', 'right'];
}

function planMessages(
  intake: Intake,
  itemCount: number,
  sided: boolean,
  words: PlanWords,
): string[] {
  const messages = [words.say('plan.stopReminder')];
  if (sided && intake.side !== 'both') {
    const [easier] = sideOrder(intake.side);
    messages.push(words.say('plan.startEasierSide', { side: easier }));
  }
  if (itemCount === 0) messages.push(words.say('plan.nothingSuits'));
  if (Math.max(intake.legPain, intake.backPain) >= 7) messages.push(words.say('plan.highPain'));
  if (intake.aggravators.includes('sitting')) messages.push(words.say('plan.sittingWorse'));
  if (intake.painAreas.includes('belowKnee') || intake.painAreas.includes('foot'))
    messages.push(words.say('plan.belowKnee'));
  return messages;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
