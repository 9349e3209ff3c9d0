import type { Dose, Exercise } from '../exercises/library';
import type { DoseLimits } from './dose';
import type { ProgressionItemFacts } from './stages';

/** How far a library item's dose may go: its ranges, a hold's reps up to `maxReps`. */
export function limitsOfLibraryDose(dose: Dose): DoseLimits {
  if (dose.mode === 'hold')
    return {
      holdSeconds: [dose.holdSeconds[0], dose.holdSeconds[1]],
      reps: [dose.reps, Math.max(dose.reps, dose.maxReps ?? dose.reps)],
      sets: [dose.sets[0], dose.sets[1]],
    };
  if (dose.mode === 'reps')
    return { reps: [dose.reps[0], dose.reps[1]], sets: [dose.sets[0], dose.sets[1]] };
  return { reps: [dose.cycles, dose.cycles], sets: [1, 1] };
}

/**
 * The facts the engine needs about every item a stage may hold: each library exercise with its
 * dose limits and its two conditions (therapist-only; only where it centralises), then the habit
 * lessons. A stage naming anything else is refused at start-up.
 */
export function progressionItems({
  library,
  habits,
}: {
  library: readonly Exercise[];
  habits: readonly string[];
}): ProgressionItemFacts[] {
  return [
    ...library.map((e) => ({
      id: e.id,
      kind: 'exercise' as const,
      therapistOnly: e.therapistOnly,
      onlyIfCentralises: e.onlyIfCentralises,
      limits: limitsOfLibraryDose(e.dose),
    })),
    ...habits.map((id) => ({
      id,
      kind: 'habit' as const,
      therapistOnly: false,
      onlyIfCentralises: false,
    })),
  ];
}
