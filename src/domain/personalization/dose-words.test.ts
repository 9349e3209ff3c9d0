import { describe, expect, it } from 'vitest';
import { doseInWords } from './dose-words';

type Args = Parameters<typeof doseInWords>;
const hold: Args[0] = {
  dose: { mode: 'hold', holdSeconds: [20, 30], reps: 2, sets: [1, 1] },
  sided: true,
};
const breath: Args[0] = {
  dose: { mode: 'breath', cycles: 8, inhaleSeconds: 4, exhaleSeconds: 4 },
  sided: false,
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
    expect(doseInWords(hold, item)).toEqual({
      each: 'Hold for 30 seconds, twice on each side.',
      often: 'Once a day, 6 days a week.',
    });
    expect(
      doseInWords(hold, { ...item, reps: 1, sides: 'left', sessionsPerDay: 2, daysPerWeek: 7 }),
    ).toEqual({
      each: 'Hold for 30 seconds, once, on your left side only.',
      often: 'Twice a day, every day.',
    });
  });

  it('counts slow breaths for cat–cow, and names rounds and props', () => {
    expect(doseInWords(breath, { ...item, reps: 8, sets: 3, sessionsPerDay: 3 })).toEqual({
      each: '8 slow breaths: in for 4 seconds, out for 4. Rest, then do it all again: 3 rounds in all.',
      often: '3 times a day, 6 days a week.',
    });
    expect(doseInWords(hold, { ...item, props: ['strap', 'towel', 'pillow'] }).each).toBe(
      'Hold for 30 seconds, twice on each side. Use a strap, a towel and a pillow.',
    );
  });
});
