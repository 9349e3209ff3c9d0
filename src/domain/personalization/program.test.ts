import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAN_RULES } from '../../../content/catalog';
import { breaches } from '../safety/limits';
import { activeTriggers } from './intake';
import { intakeArb, noFlags } from '../../../tests/fixtures/intake-arbitrary';
import { IntakeSchema, type Intake } from './intake';
import { CONTRACT_INTAKE } from '../../../tests/fixtures/contract-intake';
import { ProgramSchema, planFromProgram, startingItem } from './program';
import { WORDS } from '../../../content/messages/words';

const program = ProgramSchema.parse({
  items: [
    {
      exerciseId: 'hamstring',
      variant: 'supine-strap',
      holdSeconds: 30,
      reps: 3,
      sessionsPerDay: 1,
      daysPerWeek: 5,
    },
    {
      exerciseId: 'childs-pose',
      variant: 'kneeling',
      holdSeconds: 25,
      reps: 2,
      sessionsPerDay: 1,
      daysPerWeek: 5,
    },
  ],
  note: 'Gently, and stop at the first tingle.',
  loosen: [],
});
const safeIntakes = intakeArb.map((i) => ({ ...i, redFlags: { ...noFlags } }));

describe('planFromProgram', () => {
  it("uses the therapist's variants and doses, with their note", () => {
    fc.assert(
      fc.property(safeIntakes, (intake) => {
        const free = {
          ...intake,
          canGetToFloor: true,
          canKneel: true,
          steadyOnFeet: true,
          nerveSensitiveToday: false,
          aggravators: [],
          props: ['strap' as const],
        };
        const plan = planFromProgram(free, program, PLAN_RULES, WORDS.en);
        expect(plan.items.map((i) => [i.exerciseId, i.variant, i.holdSeconds, i.reps])).toEqual([
          ['hamstring', 'supine-strap', [30, 30], 3],
          ['childs-pose', 'kneeling', [25, 25], 2],
        ]);
        expect(plan.messages[0]).toMatch(/From your therapist/);
      }),
      { numRuns: 20 },
    );
  });

  it('still applies every restriction the therapist did not lift, and red flags still win', () => {
    fc.assert(
      fc.property(
        intakeArb,
        fc.subarray([
          'notSteady',
          'cannotKneel',
          'cannotGetToFloor',
          'forwardBendAggravates',
          'twistingAggravates',
          'nerveSensitive',
        ] as const),
        (intake, loosen) => {
          const plan = planFromProgram(
            intake,
            { ...program, loosen: [...loosen] },
            PLAN_RULES,
            WORDS.en,
          );
          if (Object.values(intake.redFlags).some(Boolean)) {
            expect(plan.items).toEqual([]);
            return;
          }
          const kept = PLAN_RULES.restrictions.filter(
            (r) => activeTriggers(intake).includes(r.trigger) && !loosen.includes(r.trigger),
          );
          for (const item of plan.items)
            for (const rule of kept) expect(breaches(item.demands, rule.limits)).toEqual([]);
        },
      ),
    );
  });

  it('applies sets, one-sided prescriptions and props', () => {
    const oneSided = ProgramSchema.parse({
      items: [
        {
          exerciseId: 'figure-4',
          variant: 'supine',
          holdSeconds: 30,
          reps: 2,
          sets: 3,
          sides: 'left',
          props: ['pillow'],
          sessionsPerDay: 1,
          daysPerWeek: 5,
        },
      ],
    });
    const intake: Intake = {
      redFlags: { ...noFlags },
      painAreas: [],
      side: 'left',
      legPain: 3,
      backPain: 2,
      aggravators: [],
      canGetToFloor: true,
      canKneel: true,
      steadyOnFeet: true,
      props: [],
      nerveSensitiveToday: false,
      locale: 'en',
    };
    const [item] = planFromProgram(intake, oneSided, PLAN_RULES, WORDS.en).items;
    // Sets stay sets (each with a rest and a check-in), not more holds in one go.
    expect(item).toMatchObject({ reps: 2, sets: 3, sides: ['left'], props: ['pillow'] });
  });

  it('lets the therapist clear one restriction explicitly, and only that one', () => {
    const intake: Intake = {
      redFlags: { ...noFlags },
      painAreas: [],
      side: 'left',
      legPain: 4,
      backPain: 2,
      aggravators: [],
      canGetToFloor: true,
      canKneel: false,
      steadyOnFeet: true,
      props: [],
      nerveSensitiveToday: false,
      locale: 'en',
    };
    const without = planFromProgram(intake, program, PLAN_RULES, WORDS.en);
    expect(without.items.map((i) => i.exerciseId)).not.toContain('childs-pose');
    const cleared = planFromProgram(
      intake,
      { ...program, loosen: ['cannotKneel'] },
      PLAN_RULES,
      WORDS.en,
    );
    expect(cleared.items.map((i) => i.exerciseId)).toContain('childs-pose');
    expect(cleared.messages.join(' ')).toMatch(/cleared you for: kneeling and all-fours positions/);
  });
});

describe('a program item newly added in the builder', () => {
  const contractIntake = (): Intake => ({
    ...IntakeSchema.parse(CONTRACT_INTAKE),
    aggravators: [],
  });
  // The brief's default doses (clinical-facts.md: 2 × 20–30 s, knee-to-chest 3 × 15–20 s, the
  // short end first), written out here rather than read from the library.
  const BRIEF_DOSES = {
    'seated-piriformis': { holdSeconds: 20, reps: 2 },
    'figure-4': { holdSeconds: 20, reps: 2 },
    'cat-cow': { reps: 8 },
    'childs-pose': { holdSeconds: 20, reps: 2 },
    hamstring: { holdSeconds: 20, reps: 2 },
    'knee-to-chest': { holdSeconds: 15, reps: 3 },
  } as const;

  it("starts at the library's dose for that exercise, and the patient's plan shows it", () => {
    for (const exercise of PLAN_RULES.exercises) {
      const start = startingItem(exercise);
      const expected = BRIEF_DOSES[exercise.id as keyof typeof BRIEF_DOSES];
      expect(start.reps, exercise.id).toBe(expected.reps);
      if ('holdSeconds' in expected)
        expect(start.holdSeconds, exercise.id).toBe(expected.holdSeconds);
      const plan = planFromProgram(
        {
          ...contractIntake(),
          canGetToFloor: true,
          canKneel: true,
          steadyOnFeet: true,
          props: ['strap', 'chair', 'step', 'pillow', 'towel'],
        },
        { items: [start], note: '', loosen: [] },
        PLAN_RULES,
        WORDS.en,
      );
      const item = plan.items[0];
      expect(item?.reps, exercise.id).toBe(expected.reps);
      if ('holdSeconds' in expected)
        expect(item?.holdSeconds, exercise.id).toEqual([
          expected.holdSeconds,
          expected.holdSeconds,
        ]);
      else expect(item?.breath, exercise.id).not.toBeNull();
    }
  });

  it('says why this version: the therapist chose it, or today ruled it out', () => {
    const kneeling = planFromProgram(
      { ...contractIntake(), canKneel: true, canGetToFloor: true },
      program,
      PLAN_RULES,
      WORDS.en,
    ).items.find((i) => i.exerciseId === 'childs-pose');
    expect(kneeling?.reasons[0]).toMatch(/Your therapist chose/);
    const ruledOut = planFromProgram(
      { ...contractIntake(), canGetToFloor: false, props: ['step'] },
      program,
      PLAN_RULES,
      WORDS.en,
    ).items.find((i) => i.exerciseId === 'hamstring');
    expect(ruledOut?.variant).not.toBe('supine-strap');
    expect(ruledOut?.reasons.join(' ')).toMatch(/rule it out/);
    expect(ruledOut?.reasons.join(' ')).toMatch(/getting down to the floor is hard/);
  });
});
