import type { DoseLimits } from './dose';
import type { ProgressionItemFacts } from './stages';

type Range = readonly [number, number];

/** The parts of a library dose the engine reads; the six stretches and the new items alike. */
export type LibraryDoseLike =
  | { mode: 'hold'; holdSeconds: Range; reps: number; maxReps?: number; sets?: Range }
  | { mode: 'reps'; reps: Range; sets: Range }
  | { mode: 'breath'; cycles: number };

export type LibraryExerciseLike = {
  id: string;
  dose: LibraryDoseLike;
  therapistOnly?: boolean;
  onlyIfCentralises?: boolean;
};

/** How far a library item's dose may go: its ranges, a hold's reps up to `maxReps`. */
export function limitsOfLibraryDose(dose: LibraryDoseLike): DoseLimits {
  if (dose.mode === 'hold')
    return {
      holdSeconds: [dose.holdSeconds[0], dose.holdSeconds[1]],
      reps: [dose.reps, Math.max(dose.reps, dose.maxReps ?? dose.reps)],
      sets: dose.sets ? [dose.sets[0], dose.sets[1]] : [1, 1],
    };
  if (dose.mode === 'reps')
    return { reps: [dose.reps[0], dose.reps[1]], sets: [dose.sets[0], dose.sets[1]] };
  return { reps: [dose.cycles, dose.cycles], sets: [1, 1] };
}

/**
 * The facts the engine needs about every item a stage may hold: library exercises first, then
 * exercises still on their way into the library (`pending`), then habit lessons. The safety
 * lists hold whatever either source says: an item is therapist-only, or needs centralising,
 * when the library or the progression content says so.
 */
export function progressionItems({
  library,
  pending,
  habits,
  therapistOnly,
  onlyIfCentralises,
}: {
  library: readonly LibraryExerciseLike[];
  pending: readonly { id: string; limits: DoseLimits }[];
  habits: readonly string[];
  therapistOnly: readonly string[];
  onlyIfCentralises: readonly string[];
}): ProgressionItemFacts[] {
  const inLibrary = new Set(library.map((e) => e.id));
  const exercise = (id: string, limits: DoseLimits, flags: Partial<LibraryExerciseLike>) => ({
    id,
    kind: 'exercise' as const,
    therapistOnly: (flags.therapistOnly ?? false) || therapistOnly.includes(id),
    onlyIfCentralises: (flags.onlyIfCentralises ?? false) || onlyIfCentralises.includes(id),
    limits,
  });
  return [
    ...library.map((e) => exercise(e.id, limitsOfLibraryDose(e.dose), e)),
    ...pending.filter((p) => !inLibrary.has(p.id)).map((p) => exercise(p.id, p.limits, {})),
    ...habits.map((id) => ({
      id,
      kind: 'habit' as const,
      therapistOnly: false,
      onlyIfCentralises: false,
    })),
  ];
}
