import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAN_RULES } from '../../../content/catalog';
import { breaches } from '../safety/limits';
import { activeTriggers } from './intake';
import { intakeArb, noFlags } from '../../../tests/fixtures/intake-arbitrary';
import type { Intake } from './intake';
import { ProgramSchema, planFromProgram } from './program';

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
        const plan = planFromProgram(free, program, PLAN_RULES);
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
          const plan = planFromProgram(intake, { ...program, loosen: [...loosen] }, PLAN_RULES);
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
    const [item] = planFromProgram(intake, oneSided, PLAN_RULES).items;
    expect(item).toMatchObject({ reps: 6, sides: ['left'], props: ['pillow'] });
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
    const without = planFromProgram(intake, program, PLAN_RULES);
    expect(without.items.map((i) => i.exerciseId)).not.toContain('childs-pose');
    const cleared = planFromProgram(intake, { ...program, loosen: ['cannotKneel'] }, PLAN_RULES);
    expect(cleared.items.map((i) => i.exerciseId)).toContain('childs-pose');
    expect(cleared.messages.join(' ')).toMatch(/cleared you for: no-kneeling/);
  });
});
