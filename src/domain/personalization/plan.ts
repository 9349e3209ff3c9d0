import type { Demands, Prop } from '../exercises/demands';
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

const STOP_REMINDER =
  'Stop and tell us in the check-in if pain goes up, if tingling or numbness spreads further down the leg, or if anything feels sharp or unsteady.';

/** Intake in, plan out: pure and deterministic, with a reason for every choice. */
export function buildPlan(intake: Intake, rules: PlanRules): PlanResult {
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
    const choice = chooseVariant(exercise, active, intake.props);
    if (choice.variant)
      items.push(toItem(exercise, choice.variant, choice.reasons, active, intake));
    else excluded.push({ exerciseId: exercise.id, name: exercise.name, reasons: choice.reasons });
  }
  for (const exclusion of excluded) {
    const stand = rules.exercises
      .find((e) => e.id === exclusion.exerciseId)
      ?.coveredBy.map((id) => items.find((item) => item.exerciseId === id))
      .find((item) => item !== undefined);
    if (stand)
      exclusion.reasons.push(
        `Your plan keeps the ${stand.name.toLowerCase()}, which stretches the same muscles in a gentler position.`,
      );
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
      reasons: ['Nothing you told us rules out the usual version.'],
    };

  // Explain what ruled out the variants that were passed over.
  const passedOver = picked ? verdicts.slice(0, verdicts.indexOf(picked)) : verdicts;
  const reasons = unique(
    passedOver.flatMap((v) => [
      ...v.brokenRules.map((rule) => rule.reason),
      ...(v.missingProps
        ? [
            `The “${v.variant.name.toLowerCase()}” version needs ${listProps(v.variant.needsOneOf ?? [])}, which you didn't list as at hand.`,
          ]
        : []),
    ]),
  );
  if (!picked) return { variant: null, reasons };
  if (reasons.length === 0 && gentlest)
    reasons.push(...rules.filter((r) => r.preferGentlest).map((r) => r.reason));
  return {
    variant: picked.variant,
    reasons: [`Adjusted: you'll do it ${picked.variant.name.toLowerCase()}.`, ...reasons],
  };
}

function toItem(
  exercise: Exercise,
  variant: Variant,
  reasons: string[],
  rules: readonly RestrictionRule[],
  intake: Intake,
): PlanItem {
  const dose = exercise.dose;
  const holdSeconds = dose.mode === 'hold' ? shortestHold(dose.holdSeconds, rules, reasons) : null;
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
): [number, number] {
  let hold = usual;
  for (const rule of rules) {
    if (!rule.holdSeconds) continue;
    const shorter: [number, number] = [
      Math.min(hold[0], rule.holdSeconds[0]),
      Math.min(hold[1], rule.holdSeconds[1]),
    ];
    if (shorter[0] !== hold[0] || shorter[1] !== hold[1]) {
      reasons.push(`Shorter holds today: ${shorter[0]}–${shorter[1]} seconds.`);
      hold = shorter;
    }
  }
  return hold;
}

/** Start on the side that hurts less, so the first hold is the easy one. */
function sideOrder(painSide: Intake['side']): Side[] {
  return painSide === 'left' ? ['right', 'left'] : ['left', 'right'];
}

function planMessages(intake: Intake, itemCount: number, sided: boolean): string[] {
  const messages = [STOP_REMINDER];
  if (sided && intake.side !== 'both') {
    const [easier] = sideOrder(intake.side);
    messages.push(
      `Stretches done on each side start on your ${easier} side, the one without sciatica, so you learn each move before the sore side takes its turn.`,
    );
  }
  if (itemCount === 0)
    messages.push(
      'Nothing in the library suits what you told us today. A physical therapist can find movements that do: that is a good next step.',
    );
  if (Math.max(intake.legPain, intake.backPain) >= 7)
    messages.push(
      'Your pain is high right now. Go extra gently: a light stretch is plenty, and the check-ins will stop the session if things get worse.',
    );
  if (intake.aggravators.includes('sitting'))
    messages.push(
      'Sitting makes it worse for you: between sessions, get up and change position often.',
    );
  if (intake.painAreas.includes('belowKnee') || intake.painAreas.includes('foot'))
    messages.push(
      'Pain below the knee is a sign the nerve is involved. Notice where the leg symptoms are after each stretch: moving up toward the back is a good sign; spreading further down means stop.',
    );
  return messages;
}

function listProps(props: readonly Prop[]): string {
  const names = props.map((p) => `a ${p}`);
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
