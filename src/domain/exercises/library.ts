import { z } from 'zod';
import { SlugSchema } from '../ids';
import { TextSchema, WordsSchema, type Text } from '../i18n/text';
import { DemandsSchema, PropSchema } from './demands';

/** The six stretches a self-guided plan starts with, while things calm down. */
export const FIRST_STRETCHES = [
  'seated-piriformis',
  'figure-4',
  'cat-cow',
  'childs-pose',
  'hamstring',
  'knee-to-chest',
] as const;
export const EXERCISE_IDS = [
  ...FIRST_STRETCHES,
  // The long-term program: nerve glides, core, hip and glute strength, directional preference.
  'seated-slider',
  'supine-slider',
  'tensioner',
  'abdominal-bracing',
  'dead-bug',
  'bird-dog',
  'bridge',
  'clamshell',
  'side-lying-abduction',
  'prone-press-up',
] as const;
export const ExerciseIdSchema = z.enum(EXERCISE_IDS);
export type ExerciseId = z.infer<typeof ExerciseIdSchema>;

const Range = z
  .tuple([z.number().int().positive(), z.number().int().positive()])
  .refine(([low, high]) => low <= high, 'a range runs from low to high');

/** A cue is spoken between breaths, so it stays short in every language. */
const CueWordsSchema = WordsSchema.max(30);
const CueTextSchema = z.strictObject({
  en: CueWordsSchema,
  es: CueWordsSchema,
}) satisfies z.ZodType<Text>;

/**
 * A hold is timed per side; a breath-paced exercise counts slow cycles; a repeated movement
 * counts reps at a tempo, with a cue word for each half ("Straighten…", "…and bend").
 * `sets` is how many rounds the item may be given, its first value the starting dose.
 */
const doseShape = <C extends z.ZodType>(cue: C) =>
  z.discriminatedUnion('mode', [
    z.strictObject({
      mode: z.literal('hold'),
      holdSeconds: Range,
      reps: z.number().int().min(1).max(10),
      /** The most holds a progression may ask for (defaults to `reps`). */
      maxReps: z.number().int().min(1).max(20).optional(),
      sets: Range.default([1, 1]),
    }),
    z.strictObject({
      mode: z.literal('reps'),
      reps: Range,
      sets: Range,
      /** Seconds for one whole movement, there and back. */
      secondsPerRep: z.number().min(2).max(20),
      cue: z.strictObject({ out: cue, back: cue }),
    }),
    z.strictObject({
      mode: z.literal('breath'),
      cycles: z.number().int().min(1).max(30),
      inhaleSeconds: z.number().positive(),
      exhaleSeconds: z.number().positive(),
    }),
  ]);

const variantShape = <T extends z.ZodType>(text: T) =>
  z.strictObject({
    id: SlugSchema,
    name: text,
    summary: text,
    steps: z.array(text).min(2),
    demands: DemandsSchema,
    /** At least one of these must be at hand (e.g. a strap or a towel). */
    needsOneOf: z.array(PropSchema).optional(),
    /** Key poses of the picture, in the order the movement goes (at least a start and a held position). */
    poses: z.array(SlugSchema).min(2),
  });

export const FAMILIES = ['stretch', 'nerve-glide', 'core', 'hip-and-glute', 'directional'] as const;

const exerciseShape = <T extends z.ZodType, C extends z.ZodType>(text: T, cue: C) =>
  z.strictObject({
    id: ExerciseIdSchema,
    /** What kind of work it is: the first stretches, or a part of the long-term program. */
    family: z.enum(FAMILIES).default('stretch'),
    name: text,
    summary: text,
    whyItHelps: text,
    cautions: z.array(text).min(1),
    /** One-sided stretches are done on the left and on the right. */
    sided: z.boolean(),
    dose: doseShape(cue),
    /** Variants in order of preference: the article's version first, gentler ones after. */
    variants: z.array(variantShape(text)).min(1),
    /** Only a therapist may prescribe it: never offered in a self-guided plan. */
    therapistOnly: z.boolean().default(false),
    /** Offered only to someone whose leg symptoms move up toward the back with this movement. */
    onlyIfCentralises: z.boolean().default(false),
    /** Exercises that stretch the same tissue more gently and can stand in for this one. */
    coveredBy: z.array(ExerciseIdSchema).default([]),
    sources: z.array(SlugSchema).min(1),
  });

export const DoseSchema = doseShape(CueWordsSchema);
export type Dose = z.infer<typeof DoseSchema>;
export const VariantSchema = variantShape(WordsSchema);
export type Variant = z.infer<typeof VariantSchema>;
export const ExerciseSchema = exerciseShape(WordsSchema, CueWordsSchema);
export type Exercise = z.infer<typeof ExerciseSchema>;
/** An exercise as written in content/: every sentence and cue in every language. */
export const ExerciseContentSchema = exerciseShape(TextSchema, CueTextSchema);
export type ExerciseContent = z.input<typeof ExerciseContentSchema>;

export const SourceSchema = z.strictObject({
  id: SlugSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url(),
});
export type Source = z.infer<typeof SourceSchema>;

export function findVariant(exercise: Exercise, variantId: string): Variant | undefined {
  return exercise.variants.find((v) => v.id === variantId);
}

export type VariantMismatch = {
  /** Which of the given items, in order. */
  index: number;
  exerciseId: string;
  variant: string;
  /** The variants that exercise does have. */
  known: string[];
};

/** The first item naming a version its exercise doesn't have; null when all are real. */
export function unknownVariant(
  exercises: readonly Exercise[],
  items: readonly { exerciseId: string; variant: string }[],
): VariantMismatch | null {
  for (const [index, item] of items.entries()) {
    const exercise = exercises.find((e) => e.id === item.exerciseId);
    if (!exercise || !findVariant(exercise, item.variant))
      return { index, ...item, known: exercise?.variants.map((v) => v.id) ?? [] };
  }
  return null;
}
