import type { Exercise } from '../exercises/library';
import { startingItem, type Program, type ProgramItem } from '../personalization/program';
import { limitsOfLibraryDose } from './items';
import { progressDose, type ItemDose } from './dose';
import type { ProgressionDecision } from './input';
import type { ProgressionItemFacts, Stage } from './stages';

type StageItems = ProgressionDecision['items'];

/** The library variant a stage item names: `standard` is the first, `gentlest` the last. */
export function stageVariant(exercise: Exercise, version: 'standard' | 'gentlest'): string {
  const variants = exercise.variants;
  return (version === 'gentlest' ? variants.at(-1) : variants[0])?.id ?? '';
}

const doseOf = (item: ProgramItem): ItemDose => ({
  holdSeconds: item.holdSeconds,
  reps: item.reps,
  sets: item.sets,
});

/** A stage item the patient does not do yet: the stage's version and dose, at the program's pace. */
function newStageItem(
  exercise: Exercise,
  item: StageItems[number],
  pace: ProgramItem | undefined,
): ProgramItem {
  const start = startingItem(exercise, stageVariant(exercise, item.version));
  return {
    ...start,
    ...item.dose,
    sessionsPerDay: pace?.sessionsPerDay ?? start.sessionsPerDay,
    daysPerWeek: pace?.daysPerWeek ?? start.daysPerWeek,
  };
}

/**
 * The program a therapist approves when a patient moves to the next stage: the stage's
 * exercises (habits are lessons, not program items). An exercise the patient already does keeps
 * its version, sides, props and pace and grows by one step within the library's limits; a new
 * one starts at the stage's dose, or the library's starting dose. How often to exercise follows
 * the current program, so approving changes what, not how often.
 */
export function proposedProgram(
  current: Program | null,
  items: StageItems,
  library: readonly Exercise[],
  note: string,
): Program {
  const pace = current?.items[0];
  const programItems = items.flatMap((item): ProgramItem[] => {
    const exercise = library.find((e) => e.id === item.id);
    if (item.kind !== 'exercise' || !exercise) return [];
    const limits = limitsOfLibraryDose(exercise.dose);
    const already = current?.items.find((i) => i.exerciseId === item.id);
    if (already) {
      const { dose } = progressDose(doseOf(already), limits);
      return [{ ...already, ...dose }];
    }
    return [newStageItem(exercise, item, pace)];
  });
  return { items: programItems, note, loosen: current?.loosen ?? [] };
}

/**
 * A stage as a starting point in the program builder: its exercises at the stage's versions and
 * doses, at the draft's pace, with its note and lifted restrictions kept. The press-up is left
 * out: it belongs only to someone whose symptoms centralise with it, which the therapist judges
 * and ticks by hand.
 */
export function stageStarter(
  stage: Stage,
  facts: readonly ProgressionItemFacts[],
  library: readonly Exercise[],
  draft: Program,
): Program {
  const items = stage.items.flatMap((item): ProgramItem[] => {
    const exercise = library.find((e) => e.id === item.id);
    const fact = facts.find((f) => f.id === item.id);
    if (!exercise || fact?.kind !== 'exercise' || fact.onlyIfCentralises) return [];
    return [newStageItem(exercise, { ...item, kind: 'exercise' }, draft.items[0])];
  });
  return { ...draft, items };
}

/**
 * A self-guided person's exercises for their stage, ready for the plan engine: the stage's
 * version first (today's answers may still rule it out), at the stage's dose within the
 * library's range, covering nothing else.
 */
export function stageExercises(items: StageItems, library: readonly Exercise[]): Exercise[] {
  return items.flatMap((item) => {
    const exercise = library.find((e) => e.id === item.id);
    if (item.kind !== 'exercise' || !exercise) return [];
    const first = exercise.variants.find((v) => v.id === stageVariant(exercise, item.version));
    const variants = first ? [first, ...exercise.variants.filter((v) => v !== first)] : [];
    return [{ ...exercise, variants, dose: withDose(exercise.dose, item.dose), coveredBy: [] }];
  });
}

function withDose(dose: Exercise['dose'], chosen: ItemDose | undefined): Exercise['dose'] {
  if (!chosen) return dose;
  if (dose.mode === 'hold') {
    const hold = chosen.holdSeconds;
    return {
      ...dose,
      holdSeconds: hold === undefined ? dose.holdSeconds : [hold, hold],
      reps: chosen.reps ?? dose.reps,
      sets: chosen.sets === undefined ? dose.sets : [chosen.sets, chosen.sets],
    };
  }
  if (dose.mode === 'reps')
    return {
      ...dose,
      reps: chosen.reps === undefined ? dose.reps : [chosen.reps, chosen.reps],
      sets: chosen.sets === undefined ? dose.sets : [chosen.sets, chosen.sets],
    };
  return { ...dose, cycles: chosen.reps ?? dose.cycles };
}
