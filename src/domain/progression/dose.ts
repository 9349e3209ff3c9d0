import { z } from 'zod';

export const DOSE_KEYS = ['holdSeconds', 'reps', 'sets'] as const;
export type DoseKey = (typeof DOSE_KEYS)[number];

const count = z.number().int().min(1).max(120);
const Range = z
  .tuple([count, count])
  .refine(([low, high]) => low <= high, 'a range runs from low to high');

/** One item's dose in a plan: any of hold length, repetitions and sets. */
export const ItemDoseSchema = z.strictObject({
  holdSeconds: count.optional(),
  reps: count.optional(),
  sets: count.optional(),
});
export type ItemDose = z.infer<typeof ItemDoseSchema>;

/** How far each part of an item's dose may go, from its library entry: [lowest, highest]. */
export const DoseLimitsSchema = z.strictObject({
  holdSeconds: Range.optional(),
  reps: Range.optional(),
  sets: Range.optional(),
});
export type DoseLimits = z.infer<typeof DoseLimitsSchema>;

/** How much one step of progress adds to each part. */
export type DoseSteps = Record<DoseKey, number>;
export const DOSE_STEPS: DoseSteps = { holdSeconds: 5, reps: 2, sets: 1 };

/**
 * The order in which a dose grows: longer holds first, then more repetitions, then another set
 * (the bridge goes 3→5 s, then 5→10 reps, then 2→4 sets), so a session lengthens gently.
 */
export const DOSE_ORDER: readonly DoseKey[] = ['holdSeconds', 'reps', 'sets'];

/** The parts of a dose outside its limits (too low or too high). */
export function outsideLimits(dose: ItemDose, limits: DoseLimits): DoseKey[] {
  return DOSE_KEYS.filter((key) => {
    const value = dose[key];
    const range = limits[key];
    return value !== undefined && range !== undefined && (value < range[0] || value > range[1]);
  });
}

export type DoseProgress = {
  dose: ItemDose;
  /** The part that grew, or null when the dose is already at its limits. */
  grew: DoseKey | null;
};

/**
 * One step of progress for one item: the first part (in `order`) still below its highest value
 * grows by its step, never past that value. Parts with no limit, or not in the dose, never
 * change; a part already past its limit (a therapist's choice) is left as it is, not lowered.
 */
export function progressDose(
  dose: ItemDose,
  limits: DoseLimits,
  steps: DoseSteps = DOSE_STEPS,
  order: readonly DoseKey[] = DOSE_ORDER,
): DoseProgress {
  for (const key of order) {
    const value = dose[key];
    const range = limits[key];
    if (value === undefined || range === undefined || value >= range[1]) continue;
    const next = Math.min(range[1], Math.max(range[0], value + Math.max(1, steps[key])));
    return { dose: { ...dose, [key]: next }, grew: key };
  }
  return { dose: { ...dose }, grew: null };
}
