import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGS, PLAN_RULES } from '../../../content/catalog';
import { intakeArb, noFlags } from '../../../tests/fixtures/intake-arbitrary';
import { planItemDoseInWords } from './dose-words';
import type { Intake } from './intake';
import { buildPlan } from './plan';
import { planFromProgram, startingItem } from './program';
import { WORDS } from '../../../content/messages/words';

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
          buildPlan(intake, PLAN_RULES, WORDS.en),
          planFromProgram(intake, program, PLAN_RULES, WORDS.en),
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
        const plan = buildPlan(intake, PLAN_RULES, WORDS.en);
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

/** English function words: a Spanish sentence has none of them (an oracle apart from the catalogues). */
const ENGLISH_WORDS = /\b(the|your|you|and|with|for|this|that|is|are|today|side)\b/i;

describe('a plan in Spanish', () => {
  const es = CATALOGS.es.PLAN_RULES;
  const choices = (plan: ReturnType<typeof buildPlan>) => ({
    status: plan.status,
    items: plan.items.map(({ exerciseId, variant, holdSeconds, reps, sets, sides, props }) => ({
      exerciseId,
      variant,
      holdSeconds,
      reps,
      sets,
      sides,
      props,
    })),
    excluded: plan.excluded.map((e) => e.exerciseId),
    sentences: wordsOf(plan).length,
  });

  it('makes the same choices as in English and says every sentence in Spanish', () => {
    fc.assert(
      fc.property(intakeArb, anyTherapistProgram, (intake, program) => {
        const pairs = [
          [buildPlan(intake, PLAN_RULES, WORDS.en), buildPlan(intake, es, WORDS.es)],
          [
            planFromProgram(intake, program, PLAN_RULES, WORDS.en),
            planFromProgram(intake, program, es, WORDS.es),
          ],
        ] as const;
        for (const [english, spanish] of pairs) {
          expect(choices(spanish)).toEqual(choices(english));
          for (const sentence of [
            ...wordsOf(spanish),
            ...spanish.items.flatMap((i) => [
              i.name,
              i.variantName,
              planItemDoseInWords(i, WORDS.es),
            ]),
          ])
            expect(sentence).not.toMatch(ENGLISH_WORDS);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('words doses in Spanish, plurals included', () => {
    const intake: Intake = {
      redFlags: { ...noFlags },
      painAreas: ['buttock'],
      side: 'left',
      legPain: 4,
      backPain: 2,
      aggravators: [],
      canGetToFloor: true,
      canKneel: true,
      steadyOnFeet: true,
      props: [],
      nerveSensitiveToday: false,
    };
    const [first] = buildPlan(intake, es, WORDS.es).items;
    expect(first && planItemDoseInWords(first, WORDS.es)).toBe(
      'Sostenga de 20 a 30 segundos, 2 veces de cada lado, empezando por el derecho.',
    );
  });
});
