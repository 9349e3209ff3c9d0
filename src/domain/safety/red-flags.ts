import { z } from 'zod';
import { TextSchema, WordsSchema } from '../i18n/text';

export const URGENCIES = ['emergency', 'urgent', 'soon'] as const;
export const UrgencySchema = z.enum(URGENCIES);
export type Urgency = z.infer<typeof UrgencySchema>;

/** The nine flags of the public contract, then the review-tier flags from the clinical brief. */
export const RED_FLAG_IDS = [
  'saddleNumbness',
  'bladderOrBowelChange',
  'sexualDysfunction',
  'newSymptomsBothLegs',
  'progressiveWeakness',
  'fever',
  'cancerHistory',
  'majorTrauma',
  'unexplainedWeightLoss',
  'osteoporosisOrSteroids',
  'inflammatoryPattern',
  'constantOrNightPain',
  'noImprovementAfterMonth',
] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

const CONTRACT_FLAGS = RED_FLAG_IDS.slice(0, 9) as readonly RedFlagId[];
type ContractFlag = (typeof RED_FLAG_IDS)[0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8];
type ReviewFlag = Exclude<RedFlagId, ContractFlag>;

/** Contract flags are required; the extra review flags are optional so older clients still work. */
export const RedFlagAnswersSchema = z.strictObject({
  ...(Object.fromEntries(CONTRACT_FLAGS.map((id) => [id, z.boolean()])) as Record<
    ContractFlag,
    z.ZodBoolean
  >),
  ...(Object.fromEntries(
    RED_FLAG_IDS.filter((id) => !CONTRACT_FLAGS.includes(id)).map((id) => [
      id,
      z.boolean().optional(),
    ]),
  ) as Record<ReviewFlag, z.ZodOptional<z.ZodBoolean>>),
});
export type RedFlagAnswers = Partial<Record<RedFlagId, boolean>>;

/** A red flag's shape, with `words` for what a person reads (one language, or all: content). */
const redFlagShape = <W extends z.ZodType>(words: W) =>
  z.strictObject({
    id: z.enum(RED_FLAG_IDS),
    urgency: UrgencySchema,
    question: words,
    hint: words,
    sources: z.array(z.string()).min(1),
  });
export const RedFlagSchema = redFlagShape(WordsSchema);
export type RedFlag = z.infer<typeof RedFlagSchema>;
/** As written in content/: every question and hint in every language. */
export const RedFlagContentSchema = redFlagShape(TextSchema);
export type RedFlagContent = z.input<typeof RedFlagContentSchema>;

const careAdviceShape = <W extends z.ZodType>(words: W) =>
  z.strictObject({
    urgency: UrgencySchema,
    title: words,
    /** Why this answer means being checked first, at this tier's pace. */
    lead: words,
    where: words,
    when: words,
    meanwhile: z.array(words).min(1),
    /** A number to ring from the page itself: on a phone, one tap dials it. */
    call: z.strictObject({ label: words, number: z.string().regex(/^\+?[0-9]{2,15}$/) }).optional(),
  });
export const CareAdviceSchema = careAdviceShape(WordsSchema);
export type CareAdvice = z.infer<typeof CareAdviceSchema>;
export const CareAdviceContentSchema = careAdviceShape(TextSchema);
export type CareAdviceContent = z.input<typeof CareAdviceContentSchema>;

export type Screening = { urgency: Urgency | null; flagged: RedFlag[] };

/** The most urgent tier among the flags answered "yes"; null when none are. */
export function screenRedFlags(answers: RedFlagAnswers, flags: readonly RedFlag[]): Screening {
  const flagged = flags.filter((flag) => answers[flag.id] === true);
  const urgency = URGENCIES.find((tier) => flagged.some((flag) => flag.urgency === tier)) ?? null;
  return { urgency, flagged };
}
