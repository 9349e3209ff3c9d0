import { describe, expect, it } from 'vitest';
import { doseInWords, planItemDoseInWords, sessionDoseInWords } from './dose-words';
import type { PlanItem } from './plan';
import { WORDS } from '../../../content/messages/words';

type Args = Parameters<typeof doseInWords>;
const hold: Args[0] = {
  dose: { mode: 'hold', holdSeconds: [20, 30], reps: 2, sets: [1, 1] },
  sided: true,
};
const breath: Args[0] = {
  dose: { mode: 'breath', cycles: 8, inhaleSeconds: 4, exhaleSeconds: 4 },
  sided: false,
};
const glide: Args[0] = {
  dose: {
    mode: 'reps',
    reps: [10, 12],
    sets: [1, 3],
    secondsPerRep: 5,
    cue: { out: 'Straighten and look up', back: 'Bend and look down' },
  },
  sided: true,
};
const item: Args[1] = {
  holdSeconds: 30,
  reps: 2,
  sets: 1,
  sides: 'both',
  props: [],
  sessionsPerDay: 1,
  daysPerWeek: 6,
};

describe('a dose in plain words', () => {
  it('says how long to hold, how many times, on which side, and how often', () => {
    expect(doseInWords(hold, item, WORDS.en)).toEqual({
      each: 'Hold for 30 seconds, twice on each side.',
      tempo: null,
      often: 'Once a day, 6 days a week.',
    });
    expect(
      doseInWords(
        hold,
        { ...item, reps: 1, sides: 'left', sessionsPerDay: 2, daysPerWeek: 7 },
        WORDS.en,
      ),
    ).toMatchObject({
      each: 'Hold for 30 seconds, once, on your left side only.',
      often: 'Twice a day, every day.',
    });
  });

  it('counts slow breaths for cat–cow, and names rounds and props', () => {
    expect(doseInWords(breath, { ...item, reps: 8, sets: 3, sessionsPerDay: 3 }, WORDS.en)).toEqual(
      {
        each: '8 slow breaths: in for 4 seconds, out for 4. Rest, then do it all again: 3 rounds in all.',
        tempo: null,
        often: '3 times a day, 6 days a week.',
      },
    );
    expect(doseInWords(hold, { ...item, props: ['strap', 'towel', 'pillow'] }, WORDS.en).each).toBe(
      'Hold for 30 seconds, twice on each side. Use a strap, a towel, and a pillow.',
    );
  });

  it('counts slow repetitions with their pace, sets with the rest between, and the words to move to', () => {
    expect(doseInWords(glide, { ...item, reps: 10, sets: 2 }, WORDS.en)).toEqual({
      each: '10 slow repetitions on each side, about 5 seconds each. 2 sets, with a 20-second rest between sets.',
      tempo: 'As you move: "Straighten and look up", then "Bend and look down".',
      often: 'Once a day, 6 days a week.',
    });
    const bridge: Args[0] = {
      dose: { mode: 'hold', holdSeconds: [3, 5], reps: 5, maxReps: 10, sets: [2, 4] },
      sided: false,
    };
    expect(doseInWords(bridge, { ...item, holdSeconds: 5, reps: 5, sets: 3 }, WORDS.en).each).toBe(
      'Hold for 5 seconds, 5 times. 3 sets, with a 20-second rest between sets.',
    );
  });

  it('reads a plan item the same way, with its hold range and the side to start on', () => {
    const planned = {
      mode: 'hold',
      holdSeconds: [20, 30],
      reps: 2,
      sets: 1,
      breath: null,
      tempo: null,
      sides: ['right', 'left'],
    } as const;
    const words = (p: Partial<PlanItem>) =>
      planItemDoseInWords({ ...planned, ...p } as unknown as PlanItem, WORDS.en);
    expect(words({})).toBe('Hold for 20–30 seconds, twice on each side, starting on the right.');
    expect(words({ sides: ['left'], holdSeconds: [40, 40] })).toBe(
      'Hold for 40 seconds, twice, on your left side only.',
    );
    expect(
      words({
        mode: 'reps',
        holdSeconds: null,
        reps: 10,
        sets: 2,
        tempo: { outSeconds: 2.5, backSeconds: 2.5, out: 'Out', back: 'Back' },
      }),
    ).toBe(
      '10 slow repetitions on each side, starting on the right, about 5 seconds each. 2 sets, with a 20-second rest between sets.',
    );
    expect(
      sessionDoseInWords({ mode: 'reps', reps: 1, sets: 1, secondsPerRep: 4 }, null, WORDS.en),
    ).toBe('1 slow repetition, about 4 seconds each.');
  });
});
