import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAN_RULES } from '../../../content/catalog';
import { LEVELS, POSITIONS, PROPS, type Demands } from '../exercises/demands';
import { EXERCISE_IDS, FIRST_STRETCHES, type Exercise } from '../exercises/library';
import type { Limits } from '../safety/limits';
import { RED_FLAG_IDS } from '../safety/red-flags';
import { intakeArb, noFlags } from '../../../tests/fixtures/intake-arbitrary';
import type { Intake } from './intake';
import { allowedFor, buildPlan, type PlanResult } from './plan';
import { WORDS } from '../../../content/messages/words';

const safeIntakeArb = intakeArb.map((intake) => ({ ...intake, redFlags: { ...noFlags } }));

/*
 * The oracle for the safety property, written out here rather than taken from the engine: when
 * each rule's trigger applies to an intake, and what a rule's limits forbid. The rules
 * themselves (content/restriction-rules.ts) are only read as data.
 */
const TRIGGER_APPLIES: Record<string, (intake: Intake) => boolean> = {
  notSteady: (i) => i.steadyOnFeet === false,
  cannotKneel: (i) => i.canKneel === false,
  cannotGetToFloor: (i) => i.canGetToFloor === false,
  forwardBendAggravates: (i) => i.aggravators.some((a) => a === 'forwardBend'),
  twistingAggravates: (i) => i.aggravators.some((a) => a === 'twisting'),
  nerveSensitive: (i) => i.nerveSensitiveToday === true,
};
const ORDER: Record<string, number> = { none: 0, low: 1, moderate: 2, high: 3 };
const above = (level: string, max: string | undefined) =>
  max !== undefined && ORDER[level]! > ORDER[max]!;

/** The ways a variant's demands go past a rule's limits, in plain words. */
function violations(d: Demands, limits: Limits): string[] {
  const found: string[] = [];
  if ((limits.positionsAvoided ?? []).some((p) => p === d.position)) found.push(`${d.position}`);
  if (limits.floor === false && d.floor === true) found.push('on the floor');
  if (limits.kneeling === false && d.kneeling === true) found.push('kneeling');
  if (limits.forwardBend === false && d.forwardBend === true) found.push('forward bend');
  if (limits.twist === false && d.twist === true) found.push('twist');
  if (above(d.lumbarFlexion, limits.maxLumbarFlexion)) found.push('lumbar flexion');
  if (above(d.neuralTension, limits.maxNeuralTension)) found.push('neural tension');
  if (above(d.balance, limits.maxBalance)) found.push('balance');
  return found;
}

/** Every planned item that breaks a rule the intake switches on, with the rule's id. */
function unsafeItems(intake: Intake, plan: PlanResult, exercises: readonly Exercise[]): string[] {
  const rules = PLAN_RULES.restrictions.filter((rule) => {
    const applies = TRIGGER_APPLIES[rule.trigger];
    if (!applies) throw new Error(`the oracle does not know the trigger ${rule.trigger}`);
    return applies(intake);
  });
  return plan.items.flatMap((item) => {
    // Judge the library's own declaration of the variant, not what the plan copied of it.
    const variant = exercises
      .find((e) => e.id === item.exerciseId)
      ?.variants.find((v) => v.id === item.variant);
    if (!variant) return [`${item.exerciseId}/${item.variant} is not in the library`];
    return rules.flatMap((rule) =>
      violations(variant.demands, rule.limits).map(
        (what) => `${item.exerciseId}/${item.variant} breaks ${rule.id} (${what})`,
      ),
    );
  });
}

const base: Intake = {
  redFlags: { ...noFlags },
  painAreas: ['buttock', 'thigh'],
  side: 'left',
  legPain: 5,
  backPain: 3,
  aggravators: ['sitting'],
  canGetToFloor: true,
  canKneel: true,
  steadyOnFeet: true,
  props: ['strap', 'chair'],
  nerveSensitiveToday: false,
  locale: 'en',
};

describe('buildPlan', () => {
  it('gives the whole routine when nothing restricts it', () => {
    const plan = buildPlan(base, PLAN_RULES, WORDS.en);
    expect(plan.status).toBe('plan');
    expect(plan.items.map((i) => i.exerciseId)).toEqual([...FIRST_STRETCHES]);
    const knee = plan.items.find((i) => i.exerciseId === 'knee-to-chest');
    expect(knee?.holdSeconds).toEqual([15, 20]);
    expect(plan.items.find((i) => i.exerciseId === 'cat-cow')?.mode).toBe('breath');
    // Left leg hurts: start on the right.
    expect(plan.items[0]?.sides).toEqual(['right', 'left']);
  });

  it('swaps the seated piriformis for the lying figure-4 on a nerve-sensitive day', () => {
    const plan = buildPlan({ ...base, nerveSensitiveToday: true }, PLAN_RULES, WORDS.en);
    expect(plan.items.map((i) => i.exerciseId)).toContain('figure-4');
    const piriformis = plan.excluded.find((e) => e.exerciseId === 'seated-piriformis');
    expect(piriformis?.reasons.join(' ')).toMatch(/figure-4/i);
    expect(plan.items.map((i) => i.exerciseId)).not.toContain('hamstring');
    for (const item of plan.items)
      if (item.holdSeconds) expect(item.holdSeconds[1]).toBeLessThanOrEqual(20);
  });

  it('uses a firm bed when the floor is out of reach', () => {
    const plan = buildPlan(
      { ...base, canGetToFloor: false, steadyOnFeet: false },
      PLAN_RULES,
      WORDS.en,
    );
    const figure4 = plan.items.find((i) => i.exerciseId === 'figure-4');
    expect(figure4?.variant).toBe('on-bed');
    expect(figure4?.reasons.join(' ')).toMatch(/getting down to the floor is hard/);
    expect(plan.items.find((i) => i.exerciseId === 'cat-cow')?.variant).toBe('seated');
    expect(plan.excluded.map((e) => e.exerciseId)).toContain('childs-pose');
  });

  it('names the missing prop when it is the only thing in the way', () => {
    const plan = buildPlan({ ...base, canGetToFloor: false, props: [] }, PLAN_RULES, WORDS.en);
    const hamstring = plan.excluded.find((e) => e.exerciseId === 'hamstring');
    expect(hamstring?.reasons.join(' ')).toMatch(/needs a step/);
  });

  it('returns seek-care with no items for any red flag, at the most urgent tier', () => {
    fc.assert(
      fc.property(intakeArb, (intake) => {
        const plan = buildPlan(intake, PLAN_RULES, WORDS.en);
        const flagged = RED_FLAG_IDS.filter((id) => intake.redFlags[id]);
        if (flagged.length === 0) {
          expect(plan.status).toBe('plan');
          return;
        }
        expect(plan.status).toBe('seek-care');
        expect(plan.items).toEqual([]);
        expect(plan.urgency).not.toBeNull();
        expect(plan.care?.urgency).toBe(plan.urgency);
        const tiers = flagged.map((id) => PLAN_RULES.redFlags.find((f) => f.id === id)?.urgency);
        const expected = (['emergency', 'urgent', 'soon'] as const).find((t) => tiers.includes(t));
        expect(plan.urgency).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('never includes an item that breaks an active restriction', () => {
    fc.assert(
      fc.property(safeIntakeArb, (intake) => {
        const plan = buildPlan(intake, PLAN_RULES, WORDS.en);
        expect(unsafeItems(intake, plan, PLAN_RULES.exercises)).toEqual([]);
        for (const item of plan.items) expect(item.reasons.length).toBeGreaterThan(0);
        for (const exclusion of plan.excluded) expect(exclusion.reasons.length).toBeGreaterThan(0);
        expect(plan.items.length + plan.excluded.length).toBe(PLAN_RULES.exercises.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(intakeArb, (intake) => {
        expect(buildPlan(intake, PLAN_RULES, WORDS.en)).toEqual(
          buildPlan(structuredClone(intake), PLAN_RULES, WORDS.en),
        );
      }),
    );
  });

  it('keeps its promise over any library, not just ours', () => {
    const demandsArb: fc.Arbitrary<Demands> = fc.record({
      position: fc.constantFrom(...POSITIONS),
      floor: fc.boolean(),
      kneeling: fc.boolean(),
      forwardBend: fc.boolean(),
      lumbarFlexion: fc.constantFrom(...LEVELS),
      twist: fc.boolean(),
      neuralTension: fc.constantFrom(...LEVELS),
      balance: fc.constantFrom('none', 'low', 'high'),
      load: fc.constantFrom(...LEVELS),
      proneExtension: fc.boolean(),
      props: fc.subarray([...PROPS]),
    });
    const libraryArb = fc
      .array(fc.array(demandsArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 })
      .map((lists): Exercise[] =>
        lists.map((variants, i) => ({
          id: EXERCISE_IDS[i % EXERCISE_IDS.length]!,
          name: `Exercise ${i}`,
          summary: 's',
          whyItHelps: 'w',
          cautions: ['c'],
          sided: i % 2 === 0,
          dose: { mode: 'hold', holdSeconds: [20, 30], reps: 2, sets: [1, 1] },
          family: 'stretch',
          therapistOnly: false,
          onlyIfCentralises: false,
          coveredBy: [],
          sources: ['src'],
          variants: variants.map((demands, j) => ({
            id: `v${j}`,
            name: `Variant ${j}`,
            summary: 's',
            steps: ['a', 'b'],
            demands,
            poses: ['p'],
          })),
        })),
      );
    fc.assert(
      fc.property(safeIntakeArb, libraryArb, (intake, exercises) => {
        const plan = buildPlan(intake, { ...PLAN_RULES, exercises }, WORDS.en);
        expect(unsafeItems(intake, plan, exercises)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('allowedFor', () => {
  it('agrees with the plan: every planned variant is allowed for its intake', () => {
    fc.assert(
      fc.property(safeIntakeArb, (intake) => {
        const allowed = allowedFor(intake, PLAN_RULES.restrictions);
        for (const item of buildPlan(intake, PLAN_RULES, WORDS.en).items) {
          const variant = PLAN_RULES.exercises
            .find((e) => e.id === item.exerciseId)
            ?.variants.find((v) => v.id === item.variant);
          expect(variant && allowed(variant)).toBe(true);
        }
      }),
    );
  });
});
