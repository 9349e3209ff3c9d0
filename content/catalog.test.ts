import { describe, expect, it } from 'vitest';
import { EXERCISE_IDS } from '../src/domain/exercises/library';
import { LIBRARY, PLAN_RULES, POSE_LIST } from './catalog';

const variantsOf = (id: string) => LIBRARY.exercises.find((e) => e.id === id)?.variants ?? [];
const demandsOf = (id: string, variant: string) =>
  variantsOf(id).find((v) => v.id === variant)?.demands;

describe('exercise library content', () => {
  it('has the six stretches of the article under their public ids', () => {
    expect(LIBRARY.exercises.map((e) => e.id)).toEqual([...EXERCISE_IDS]);
  });

  it('offers the prop variants people need', () => {
    expect(variantsOf('hamstring').map((v) => v.id)).toEqual([
      'seated',
      'standing-step',
      'supine-strap',
    ]);
    expect(variantsOf('cat-cow').map((v) => v.id)).toContain('seated');
    expect(variantsOf('childs-pose').map((v) => v.id)).toContain('pillow-supported');
    expect(demandsOf('seated-piriformis', 'upright')?.forwardBend).toBe(false);
  });

  it('declares demands that match the position described', () => {
    for (const exercise of LIBRARY.exercises)
      for (const { demands, id } of exercise.variants) {
        const where = `${exercise.id}/${id}`;
        if (demands.position === 'quadruped' || demands.position === 'kneeling')
          expect(demands.kneeling, where).toBe(true);
        if (demands.position === 'standing') expect(demands.balance, where).not.toBe('none');
        if (demands.kneeling) expect(demands.floor, where).toBe(true);
        if (demands.forwardBend) expect(demands.lumbarFlexion, where).not.toBe('none');
      }
    // A straight knee with a flexed hip tensions the sciatic nerve in every hamstring variant.
    for (const v of variantsOf('hamstring')) expect(v.demands.neuralTension).toBe('high');
    expect(demandsOf('hamstring', 'standing-step')?.balance).toBe('high');
    expect(demandsOf('childs-pose', 'kneeling')?.lumbarFlexion).toBe('high');
    expect(demandsOf('figure-4', 'supine')?.floor).toBe(true);
    expect(demandsOf('figure-4', 'on-bed')?.floor).toBe(false);
    // The article describes no twisting stretch.
    for (const e of LIBRARY.exercises)
      for (const v of e.variants) expect(v.demands.twist).toBe(false);
  });

  it('cites sources that exist and illustrates every variant', () => {
    const poseIds = new Set(POSE_LIST.map((p) => p.id));
    for (const e of LIBRARY.exercises) {
      expect(e.sources.length).toBeGreaterThan(0);
      for (const v of e.variants) for (const pose of v.poses) expect(poseIds).toContain(pose);
    }
  });

  it('uses knee-to-chest holds of 15–20 s and 20–30 s elsewhere', () => {
    for (const e of PLAN_RULES.exercises) {
      if (e.dose.mode !== 'hold') continue;
      expect(e.dose.holdSeconds).toEqual(e.id === 'knee-to-chest' ? [15, 20] : [20, 30]);
    }
  });

  it('doses the long-term items as the clinical brief does (section 4)', () => {
    // Written out from reference/clinical-facts.md, not read from the library.
    const brief = {
      'abdominal-bracing': { mode: 'hold', holdSeconds: [5, 10], reps: 6, maxReps: 8 },
      'bird-dog': { mode: 'hold', holdSeconds: [7, 10], reps: 4, maxReps: 6 },
      bridge: { mode: 'hold', holdSeconds: [3, 5], reps: 5, maxReps: 10, sets: [2, 4] },
      clamshell: { mode: 'reps', reps: [10, 15], sets: [2, 3] },
      'seated-slider': { mode: 'reps', reps: [10, 12], secondsPerRep: 5 },
      'supine-slider': { mode: 'reps', reps: [10, 12] },
      'prone-press-up': { mode: 'reps', reps: [8, 10] },
    } as const;
    for (const [id, dose] of Object.entries(brief))
      expect(LIBRARY.exercises.find((e) => e.id === id)?.dose, id).toMatchObject(dose);
    const byId = (id: string) => LIBRARY.exercises.find((e) => e.id === id)!;
    expect(byId('tensioner').therapistOnly).toBe(true);
    expect(byId('prone-press-up').onlyIfCentralises).toBe(true);
    // A self-guided plan starts with the six stretches only.
    expect(PLAN_RULES.exercises.map((e) => e.id)).toEqual([
      'seated-piriformis',
      'figure-4',
      'cat-cow',
      'childs-pose',
      'hamstring',
      'knee-to-chest',
    ]);
  });

  it('gives every red flag a tier with care advice', () => {
    for (const flag of PLAN_RULES.redFlags)
      expect(PLAN_RULES.careAdvice.map((a) => a.urgency)).toContain(flag.urgency);
  });

  it('asks each warning sign as one short, plain question', () => {
    for (const flag of PLAN_RULES.redFlags) {
      expect(flag.question.match(/\?/g), flag.id).toHaveLength(1);
      expect(flag.question.endsWith('?'), flag.id).toBe(true);
      expect(flag.question.split(/\s+/).length, flag.id).toBeLessThanOrEqual(24);
    }
  });

  it('gives an emergency a number to ring in one tap', () => {
    const emergency = PLAN_RULES.careAdvice.find((a) => a.urgency === 'emergency');
    expect(emergency?.call?.number).toMatch(/^[0-9]+$/);
    expect(emergency?.where).toContain(emergency?.call?.number);
  });
});
