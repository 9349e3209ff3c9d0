import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGS, CHECKIN_GUIDE, LIBRARY } from '../../../content/catalog';
import { demandScore } from './limits';
import { evaluateCheckin, type CheckinReport } from './checkin';

const exercise = (id: string) => {
  const found = LIBRARY.exercises.find((e) => e.id === id);
  if (!found) throw new Error(id);
  return found;
};
const calm: Omit<CheckinReport, 'exerciseId' | 'variant'> = {
  painBefore: 4,
  painAfter: 3,
  tinglingSpread: false,
  numbnessSpread: false,
  sharpPain: false,
  lostBalance: false,
};

const reportArb = fc
  .constantFrom(...LIBRARY.exercises.flatMap((e) => e.variants.map((v) => [e.id, v.id] as const)))
  .chain(([exerciseId, variant]) =>
    fc.record({
      exerciseId: fc.constant(exerciseId),
      variant: fc.constant(variant),
      painBefore: fc.integer({ min: 0, max: 10 }),
      painAfter: fc.integer({ min: 0, max: 10 }),
      tinglingSpread: fc.boolean(),
      numbnessSpread: fc.boolean(),
      sharpPain: fc.boolean(),
      lostBalance: fc.boolean(),
    }),
  );

describe('evaluateCheckin', () => {
  it('continues when nothing got worse', () => {
    const result = evaluateCheckin(
      { exerciseId: 'figure-4', variant: 'supine', ...calm },
      exercise('figure-4'),
      CHECKIN_GUIDE,
    );
    expect(result.action).toBe('continue');
  });

  it('stops on spreading tingling', () => {
    const result = evaluateCheckin(
      { exerciseId: 'hamstring', variant: 'seated', ...calm, tinglingSpread: true },
      exercise('hamstring'),
      CHECKIN_GUIDE,
    );
    expect(result.action).toBe('stop');
  });

  it('moves an unsteady person off the step', () => {
    const result = evaluateCheckin(
      { exerciseId: 'hamstring', variant: 'standing-step', ...calm, lostBalance: true },
      exercise('hamstring'),
      CHECKIN_GUIDE,
    );
    expect(result).toMatchObject({ action: 'modify' });
    expect(['seated', 'supine-strap']).toContain(result.variant);
  });

  it('drops the forward lean when it felt sharp', () => {
    const result = evaluateCheckin(
      { exerciseId: 'seated-piriformis', variant: 'seated', ...calm, sharpPain: true },
      exercise('seated-piriformis'),
      CHECKIN_GUIDE,
    );
    expect(result).toMatchObject({ action: 'modify', variant: 'upright' });
  });

  it('skips when there is no gentler variant left', () => {
    const result = evaluateCheckin(
      { exerciseId: 'knee-to-chest', variant: 'on-bed', ...calm, painAfter: 5 },
      exercise('knee-to-chest'),
      CHECKIN_GUIDE,
    );
    expect(result.action).toBe('skip');
  });

  it('respects what the plan allows when choosing a gentler variant', () => {
    const result = evaluateCheckin(
      { exerciseId: 'hamstring', variant: 'standing-step', ...calm, lostBalance: true },
      exercise('hamstring'),
      CHECKIN_GUIDE,
      (v) => !v.demands.floor,
    );
    expect(result.action).toBe('skip');
  });

  it('never says continue after worse pain, spreading symptoms, sharp pain or lost balance', () => {
    fc.assert(
      fc.property(reportArb, (report) => {
        const result = evaluateCheckin(report, exercise(report.exerciseId), CHECKIN_GUIDE);
        const worse =
          report.painAfter > report.painBefore ||
          report.tinglingSpread ||
          report.numbnessSpread ||
          report.sharpPain ||
          report.lostBalance;
        if (worse) expect(result.action).not.toBe('continue');
        else expect(result.action).toBe('continue');
        if (
          report.tinglingSpread ||
          report.numbnessSpread ||
          report.painAfter - report.painBefore >= 2
        )
          expect(result.action).toBe('stop');
        if (result.action === 'modify') {
          const current = exercise(report.exerciseId).variants.find(
            (v) => v.id === report.variant,
          )!;
          const next = exercise(report.exerciseId).variants.find((v) => v.id === result.variant)!;
          expect(demandScore(next.demands)).toBeLessThan(demandScore(current.demands));
        }
        expect(result.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('decides the same in every language; only the words differ', () => {
    fc.assert(
      fc.property(reportArb, (report) => {
        const [en, es] = (['en', 'es'] as const).map((locale) =>
          evaluateCheckin(
            report,
            CATALOGS[locale].LIBRARY.exercises.find((e) => e.id === report.exerciseId)!,
            CATALOGS[locale].CHECKIN_GUIDE,
          ),
        );
        expect({ action: es!.action, variant: es!.variant }).toEqual({
          action: en!.action,
          variant: en!.variant,
        });
        expect(es!.reasons).toHaveLength(en!.reasons.length);
        expect(es!.reasons).not.toEqual(en!.reasons);
      }),
      { numRuns: 500 },
    );
  });
});
