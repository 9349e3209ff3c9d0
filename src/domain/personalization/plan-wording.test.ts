import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAN_RULES } from '../../../content/catalog';
import { intakeArb, noFlags } from '../../../tests/fixtures/intake-arbitrary';
import { buildPlan } from './plan';
import { planFromProgram, startingItem } from './program';

const safeIntakes = intakeArb.map((i) => ({ ...i, redFlags: { ...noFlags } }));
const ruleIds = PLAN_RULES.restrictions.map((r) => r.id);
const variantIds = PLAN_RULES.exercises.flatMap((e) => e.variants.map((v) => v.id));
const anyTherapistProgram = fc
  .subarray([...PLAN_RULES.exercises], { minLength: 1 })
  .chain((exercises) =>
    fc.record({
      items: fc.constant(exercises.map((e) => startingItem(e))),
      note: fc.constant(''),
      loosen: fc.subarray(PLAN_RULES.restrictions.map((r) => r.trigger)),
    }),
  );

/** Every sentence a plan shows a patient. */
const wordsOf = (plan: ReturnType<typeof buildPlan>) => [
  ...plan.messages,
  ...plan.items.flatMap((i) => i.reasons),
  ...plan.excluded.flatMap((e) => e.reasons),
];

describe('what a plan says to the patient', () => {
  it('never shows a rule id or a variant id, self-guided or from a therapist', () => {
    fc.assert(
      fc.property(safeIntakes, anyTherapistProgram, (intake, program) => {
        for (const plan of [
          buildPlan(intake, PLAN_RULES),
          planFromProgram(intake, program, PLAN_RULES),
        ])
          for (const sentence of wordsOf(plan)) {
            expect(sentence).not.toMatch(/\(rule:/);
            // Ids are kebab-case slugs; a sentence may use the words, never the hyphenated id.
            for (const id of [...ruleIds, ...variantIds].filter((x) => x.includes('-')))
              expect(sentence).not.toContain(id);
          }
      }),
      { numRuns: 200 },
    );
  });

  it('says in one line why one-sided stretches start on the side without sciatica', () => {
    fc.assert(
      fc.property(safeIntakes, (intake) => {
        const plan = buildPlan(intake, PLAN_RULES);
        const sided = plan.items.filter((i) => i.sides.length > 1);
        const explained = plan.messages.filter((m) => /start on your (left|right) side/.test(m));
        if (intake.side === 'both' || sided.length === 0) expect(explained).toEqual([]);
        else {
          const other = intake.side === 'left' ? 'right' : 'left';
          expect(explained).toHaveLength(1);
          expect(explained[0]).toContain(`start on your ${other} side`);
          for (const item of sided) expect(item.sides[0]).toBe(other);
        }
      }),
      { numRuns: 200 },
    );
  });
});
