import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOSE_KEYS, outsideLimits, progressDose, type DoseLimits, type ItemDose } from './dose';
import { limitsOfLibraryDose } from './items';

// The bridge of clinical-facts.md section 4: 3–5 s holds × 5–10, 2–4 sets.
const BRIDGE: DoseLimits = { holdSeconds: [3, 5], reps: [5, 10], sets: [2, 4] };

describe('progressDose', () => {
  it('grows the hold first, then the reps, then the sets, one step at a time', () => {
    const steps: ItemDose[] = [{ holdSeconds: 3, reps: 5, sets: 2 }];
    for (let i = 0; i < 6; i++) steps.push(progressDose(steps.at(-1)!, BRIDGE).dose);
    expect(steps).toEqual([
      { holdSeconds: 3, reps: 5, sets: 2 },
      { holdSeconds: 5, reps: 5, sets: 2 }, // +5 s would be 8: held at the 5 s limit
      { holdSeconds: 5, reps: 7, sets: 2 },
      { holdSeconds: 5, reps: 9, sets: 2 },
      { holdSeconds: 5, reps: 10, sets: 2 }, // +2 would be 11: held at 10
      { holdSeconds: 5, reps: 10, sets: 3 },
      { holdSeconds: 5, reps: 10, sets: 4 },
    ]);
  });

  it('says nothing grew once every part is at its limit', () => {
    expect(progressDose({ holdSeconds: 5, reps: 10, sets: 4 }, BRIDGE)).toEqual({
      dose: { holdSeconds: 5, reps: 10, sets: 4 },
      grew: null,
    });
  });

  it('leaves alone a part with no limit, a part not in the dose, and a therapist’s higher dose', () => {
    expect(progressDose({ reps: 12 }, { holdSeconds: [3, 5], reps: [10, 12] })).toEqual({
      dose: { reps: 12 },
      grew: null,
    });
    expect(progressDose({ holdSeconds: 30, reps: 2 }, { reps: [2, 3] })).toEqual({
      dose: { holdSeconds: 30, reps: 3 },
      grew: 'reps',
    });
    expect(progressDose({ reps: 20, sets: 1 }, { reps: [10, 15], sets: [1, 3] })).toEqual({
      dose: { reps: 20, sets: 2 },
      grew: 'sets',
    });
  });

  it('brings a part below its range up to the lowest value', () => {
    expect(progressDose({ reps: 2 }, { reps: [10, 12] }).dose).toEqual({ reps: 10 });
  });

  it('never goes past a limit, never lowers anything, and changes at most one part', () => {
    const range = fc
      .tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 60 }))
      .map(([low, extra]): [number, number] => [low, low + extra]);
    fc.assert(
      fc.property(
        fc.record({ holdSeconds: range, reps: range, sets: range }, { requiredKeys: [] }),
        fc.record(
          {
            holdSeconds: fc.integer({ min: 1, max: 120 }),
            reps: fc.integer({ min: 1, max: 120 }),
            sets: fc.integer({ min: 1, max: 120 }),
          },
          { requiredKeys: [] },
        ),
        (limits, dose) => {
          const { dose: next, grew } = progressDose(dose, limits);
          const changed = DOSE_KEYS.filter((k) => next[k] !== dose[k]);
          expect(changed).toEqual(grew ? [grew] : []);
          for (const key of DOSE_KEYS) {
            const before = dose[key];
            const after = next[key];
            expect(after === undefined).toBe(before === undefined);
            if (before === undefined || after === undefined) continue;
            expect(after).toBeGreaterThanOrEqual(before);
            const high = limits[key]?.[1];
            if (key === grew && high !== undefined) expect(after).toBeLessThanOrEqual(high);
          }
          // A dose inside its limits stays inside them.
          if (outsideLimits(dose, limits).length === 0)
            expect(outsideLimits(next, limits)).toEqual([]);
        },
      ),
    );
  });
});

describe('limitsOfLibraryDose', () => {
  it('reads holds, repeated movements and breaths', () => {
    expect(
      limitsOfLibraryDose({
        mode: 'hold',
        holdSeconds: [3, 5],
        reps: 5,
        maxReps: 10,
        sets: [2, 4],
      }),
    ).toEqual(BRIDGE);
    expect(
      limitsOfLibraryDose({ mode: 'hold', holdSeconds: [20, 30], reps: 2, sets: [1, 1] }),
    ).toEqual({
      holdSeconds: [20, 30],
      reps: [2, 2],
      sets: [1, 1],
    });
    expect(
      limitsOfLibraryDose({
        mode: 'reps',
        reps: [10, 15],
        sets: [2, 3],
        secondsPerRep: 3,
        cue: { out: 'Lift', back: 'Lower' },
      }),
    ).toEqual({
      reps: [10, 15],
      sets: [2, 3],
    });
    expect(
      limitsOfLibraryDose({ mode: 'breath', cycles: 8, inhaleSeconds: 4, exhaleSeconds: 4 }),
    ).toEqual({
      reps: [8, 8],
      sets: [1, 1],
    });
  });
});
