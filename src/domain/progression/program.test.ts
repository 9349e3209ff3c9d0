import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIBRARY, PROGRESSION } from '../../../content/catalog';
import { ProgramSchema, type Program } from '../personalization/program';
import { limitsOfLibraryDose } from './items';
import { proposedProgram, stageExercises, stageStarter, stageVariant } from './program';

const library = LIBRARY.exercises;
const exerciseOf = (id: string) => library.find((e) => e.id === id)!;
const stageItems = (n: number) =>
  PROGRESSION.stages
    .find((s) => s.number === n)!
    .items.map((i) => ({
      id: i.id,
      kind: PROGRESSION.items.find((f) => f.id === i.id)!.kind,
      version: i.version,
      ...(i.dose ? { dose: i.dose } : {}),
    }));

/** A therapist's current program: any library items at any dose the program schema allows. */
const currentProgram: fc.Arbitrary<Program> = fc
  .uniqueArray(fc.constantFrom(...library.map((e) => e.id)), { minLength: 1, maxLength: 6 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record({
          exerciseId: fc.constant(id),
          variant: fc.constantFrom(...exerciseOf(id).variants.map((v) => v.id)),
          holdSeconds: fc.integer({ min: 1, max: 120 }),
          reps: fc.integer({ min: 1, max: 20 }),
          sets: fc.integer({ min: 1, max: 5 }),
          sessionsPerDay: fc.integer({ min: 1, max: 4 }),
          daysPerWeek: fc.integer({ min: 1, max: 7 }),
        }),
      ),
    ),
  )
  .map((items) => ProgramSchema.parse({ items, note: 'Keep going.' }));

describe('the program a therapist approves for the next stage', () => {
  it('holds exactly the stage’s exercises, grows a continuing dose by at most one step and never past the library’s limit, and keeps the pace', () => {
    fc.assert(
      fc.property(currentProgram, fc.constantFrom(2, 3, 4), (current, stage) => {
        const items = stageItems(stage);
        const next = proposedProgram(current, items, library, current.note);
        expect(ProgramSchema.safeParse(next).success).toBe(true);
        expect(next.items.map((i) => i.exerciseId)).toEqual(
          items.filter((i) => i.kind === 'exercise').map((i) => i.id),
        );
        for (const item of next.items) {
          const limits = limitsOfLibraryDose(exerciseOf(item.exerciseId).dose);
          const before = current.items.find((i) => i.exerciseId === item.exerciseId);
          const grown = (['holdSeconds', 'reps', 'sets'] as const).filter(
            (k) => before && item[k] !== before[k],
          );
          expect(grown.length).toBeLessThanOrEqual(1);
          for (const key of grown) {
            expect(item[key]).toBeGreaterThan(before![key]);
            expect(item[key]).toBeLessThanOrEqual(limits[key]![1]);
          }
          if (!before) expect(item.sessionsPerDay).toBe(current.items[0]!.sessionsPerDay);
        }
        expect(next.note).toBe('Keep going.');
      }),
    );
  });

  it('starts a new exercise at the stage’s version and dose', () => {
    const next = proposedProgram(null, stageItems(2), library, '');
    const bridge = next.items.find((i) => i.exerciseId === 'bridge')!;
    expect(bridge).toMatchObject({ holdSeconds: 3, reps: 5, sets: 2 });
    const calm = proposedProgram(null, stageItems(1), library, '');
    const figure4 = calm.items.find((i) => i.exerciseId === 'figure-4')!;
    expect(figure4.variant).toBe(exerciseOf('figure-4').variants.at(-1)!.id);
  });
});

describe("a self-guided person's stage exercises", () => {
  it("put the stage's version first and keep the dose inside the library's range", () => {
    for (const stage of [2, 3, 4]) {
      for (const exercise of stageExercises(stageItems(stage), library)) {
        const item = stageItems(stage).find((i) => i.id === exercise.id)!;
        const original = exerciseOf(exercise.id);
        expect(exercise.variants[0]!.id).toBe(stageVariant(original, item.version));
        expect(exercise.variants).toHaveLength(original.variants.length);
        const limits = limitsOfLibraryDose(original.dose);
        const dose = limitsOfLibraryDose(exercise.dose);
        for (const key of ['holdSeconds', 'sets'] as const)
          if (dose[key] && limits[key]) {
            expect(dose[key][0]).toBeGreaterThanOrEqual(limits[key][0]);
            expect(dose[key][1]).toBeLessThanOrEqual(limits[key][1]);
          }
      }
    }
  });
});

describe('a stage as a starting point in the program builder', () => {
  it('holds the stage’s exercises at their versions and doses, except the press-up, at the draft’s pace', () => {
    fc.assert(
      fc.property(currentProgram, fc.constantFrom(1, 2, 3, 4), (draft, number) => {
        const stage = PROGRESSION.stages.find((s) => s.number === number)!;
        const started = stageStarter(stage, PROGRESSION.items, library, draft);
        expect(ProgramSchema.safeParse(started).success).toBe(true);
        // Written out from content/progression.ts: the habits and the press-up are not items.
        const habits = ['sitting-breaks', 'hip-hinge', 'change-position', 'walking'];
        expect(started.items.map((i) => i.exerciseId)).toEqual(
          stage.items
            .map((i) => i.id)
            .filter((id) => id !== 'prone-press-up' && !habits.includes(id)),
        );
        for (const item of started.items) {
          const planned = stage.items.find((i) => i.id === item.exerciseId)!;
          const variants = exerciseOf(item.exerciseId).variants;
          expect(item.variant).toBe(
            planned.version === 'gentlest' ? variants.at(-1)!.id : variants[0]!.id,
          );
          if (planned.dose) expect(item).toMatchObject(planned.dose);
          expect(item.sessionsPerDay).toBe(draft.items[0]!.sessionsPerDay);
          expect(item.daysPerWeek).toBe(draft.items[0]!.daysPerWeek);
        }
        expect(started.note).toBe(draft.note);
        expect(started.loosen).toEqual(draft.loosen);
      }),
    );
  });

  it('gives stage 3 the tensioner, which a therapist may prescribe', () => {
    const stage = PROGRESSION.stages.find((s) => s.number === 3)!;
    const empty = { items: [], note: '', loosen: [] };
    const ids = stageStarter(stage, PROGRESSION.items, library, empty).items.map(
      (i) => i.exerciseId,
    );
    expect(ids).toContain('tensioner');
    expect(ids).not.toContain('prone-press-up');
  });
});
