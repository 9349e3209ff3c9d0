import { z } from 'zod';
import { issue } from '../i18n/issues';
import { PROPS, PropSchema } from '../exercises/demands';
import { SlugSchema } from '../ids';
import { ExerciseIdSchema, type Exercise } from '../exercises/library';
import { TRIGGERS, type Intake } from './intake';
import { SELF_GUIDED, type Prescription } from '../progress/progress';
import type { Words } from '../i18n/words';
import { buildPlan, type PLAN_MESSAGES, type PlanResult, type PlanRules } from './plan';

/** A therapist's prescription for one exercise. */
export const ProgramItemSchema = z.strictObject({
  exerciseId: ExerciseIdSchema,
  variant: SlugSchema,
  /** Seconds per hold: the bridge's are as short as 3. */
  holdSeconds: z.number().int().min(1).max(120),
  reps: z.number().int().min(1).max(20),
  /** Sets of holds or movements, with a rest and a check-in after each; breaths run reps × sets. */
  sets: z.number().int().min(1).max(5).default(1),
  /** One-sided stretches can be prescribed for one leg only. */
  sides: z.enum(['both', 'left', 'right']).default('both'),
  props: z.array(PropSchema).max(PROPS.length).default([]),
  sessionsPerDay: z.number().int().min(1).max(4),
  daysPerWeek: z.number().int().min(1).max(7),
});
export type ProgramItem = z.infer<typeof ProgramItemSchema>;
export type ProgramItemInput = z.input<typeof ProgramItemSchema>;

export const ProgramSchema = z.strictObject({
  items: z.array(ProgramItemSchema).min(1, issue('issue.chooseAnExercise')).max(12),
  note: z.string().max(2000).default(''),
  /** Restrictions the therapist lifts on purpose, e.g. the floor for someone they have seen get down safely. */
  loosen: z.array(z.enum(TRIGGERS)).max(TRIGGERS.length).default([]),
});
export type Program = z.infer<typeof ProgramSchema>;

/** How often a program asks the patient to stretch: its most frequent item sets the pace. */
export function prescriptionOf(program: Program | null): Prescription {
  if (!program || program.items.length === 0) return SELF_GUIDED;
  return {
    daysPerWeek: Math.max(...program.items.map((i) => i.daysPerWeek)),
    sessionsPerDay: Math.max(...program.items.map((i) => i.sessionsPerDay)),
  };
}

/** Where a newly added exercise starts in the builder: the library's own dose for it. */
export function startingItem(
  exercise: Exercise,
  variant = exercise.variants[0]?.id ?? '',
): ProgramItem {
  const { dose } = exercise;
  return {
    exerciseId: exercise.id,
    variant,
    // Breaths and repeated movements have no hold; the value is kept in range and never used.
    holdSeconds:
      dose.mode === 'hold'
        ? dose.holdSeconds[0]
        : dose.mode === 'breath'
          ? dose.inhaleSeconds + dose.exhaleSeconds
          : Math.round(dose.secondsPerRep),
    reps: dose.mode === 'hold' ? dose.reps : dose.mode === 'reps' ? dose.reps[0] : dose.cycles,
    sets: dose.mode === 'breath' ? 1 : dose.sets[0],
    sides: 'both',
    props: [],
    sessionsPerDay: 1,
    daysPerWeek: 5,
  };
}

/** What a plan from a therapist's program adds to a plan's words. */
export const PROGRAM_MESSAGES = [
  'program.chose',
  'program.ruledOut',
  'program.note',
  'program.cleared',
] as const;
export type ProgramWords = Words<
  (typeof PLAN_MESSAGES)[number] | (typeof PROGRAM_MESSAGES)[number]
>;

/** Why a prescribed item is the version it is, in the patient's words. */
function therapistReasons(
  planned: PlanResult['items'][number],
  prescribed: ProgramItem,
  exercise: Exercise | undefined,
  words: ProgramWords,
): string[] {
  const chosen = exercise?.variants.find((v) => v.id === prescribed.variant);
  if (planned.variant === prescribed.variant)
    return [
      words.say('program.chose', { variant: planned.variantName.toLowerCase() }),
      ...(chosen ? [chosen.summary] : []),
    ];
  // The plan moved off the prescribed version, so its first reason is that adjustment:
  // the line above says it in the therapist's terms instead.
  return [
    words.say('program.ruledOut', {
      prescribed: (chosen?.name ?? planned.variantName).toLowerCase(),
      variant: planned.variantName.toLowerCase(),
    }),
    ...planned.reasons.slice(1),
  ];
}

/**
 * The patient's plan from their therapist's program. It goes through the same engine as a
 * self-guided plan: red flags still mean no exercises, and every restriction from today's
 * answers still applies unless the therapist lifted that one explicitly. The prescribed variant
 * comes first; when today's answers rule it out the engine falls back to a compliant one.
 */
export function planFromProgram(
  intake: Intake,
  program: Program,
  rules: PlanRules,
  words: ProgramWords,
): PlanResult {
  const exercises: Exercise[] = program.items.flatMap((item) => {
    const exercise = rules.library.find((e) => e.id === item.exerciseId);
    if (!exercise) return [];
    const prescribed = exercise.variants.find((v) => v.id === item.variant);
    const variants = prescribed
      ? [prescribed, ...exercise.variants.filter((v) => v !== prescribed)]
      : exercise.variants;
    const dose: Exercise['dose'] =
      exercise.dose.mode === 'hold'
        ? {
            ...exercise.dose,
            holdSeconds: [item.holdSeconds, item.holdSeconds],
            reps: item.reps,
            sets: [item.sets, item.sets],
          }
        : exercise.dose.mode === 'reps'
          ? { ...exercise.dose, reps: [item.reps, item.reps], sets: [item.sets, item.sets] }
          : { ...exercise.dose, cycles: item.reps };
    return [{ ...exercise, variants, dose, coveredBy: [] }];
  });
  const restrictions = rules.restrictions.filter((rule) => !program.loosen.includes(rule.trigger));
  const built = buildPlan(intake, { ...rules, exercises, restrictions }, words);
  if (built.status !== 'plan') return built;
  // The therapist's sets, sides and props, on whichever variant today's answers allowed.
  const plan = {
    ...built,
    items: built.items.map((planned) => {
      const item = program.items.find((i) => i.exerciseId === planned.exerciseId);
      if (!item) return planned;
      const props = item.props.filter((p) => planned.demands.props.includes(p));
      const exercise = rules.library.find((e) => e.id === item.exerciseId);
      return {
        ...planned,
        reasons: therapistReasons(planned, item, exercise, words),
        // Holds and repeated movements rest between sets; breaths simply run more rounds.
        reps: planned.mode === 'breath' ? planned.reps * item.sets : planned.reps,
        sides: planned.sides.length > 0 && item.sides !== 'both' ? [item.sides] : planned.sides,
        props: props.length > 0 ? props : planned.props,
      };
    }),
  };
  const lifted = rules.restrictions
    .filter((r) => program.loosen.includes(r.trigger))
    .map((r) => r.liftLabel.toLowerCase());
  return {
    ...plan,
    messages: [
      ...(program.note ? [words.say('program.note', { note: program.note })] : []),
      ...(lifted.length ? [words.say('program.cleared', { what: words.list(lifted, 'and') })] : []),
      ...plan.messages,
    ],
  };
}
