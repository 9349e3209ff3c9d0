import type { Prop } from '../exercises/demands';
import type { Exercise } from '../exercises/library';
import type { Words } from '../i18n/words';
import { SET_REST_SECONDS } from '../session/player';
import type { PlanItem, Side } from './plan';
import type { ProgramItem } from './program';

/** What a dose says, by message id; each language's words are in content/messages. */
export const DOSE_MESSAGES = [
  'dose.hold',
  'dose.reps',
  'dose.breath',
  'dose.sets',
  'dose.rounds',
  'dose.tempo',
  'dose.use',
  'dose.often',
] as const;
export type DoseWords = Words<(typeof DOSE_MESSAGES)[number] | PropMessage>;
type PropMessage = `plan.prop.${Prop}`;

/** What one session asks of an exercise, whether it comes from a plan or a therapist's program. */
type SessionDose =
  | { mode: 'hold'; holdSeconds: readonly [number, number]; reps: number; sets: number }
  | { mode: 'reps'; reps: number; sets: number; secondsPerRep: number }
  | { mode: 'breath'; reps: number; sets: number; inhaleSeconds: number; exhaleSeconds: number };

/** Which sides: null for an exercise done on both at once; both, perhaps starting on one; or one. */
type DoseSides = { both: true; first?: Side } | { only: Side } | null;

/**
 * What to do each time in plain words, for the plan on screen and for print alike:
 * "Hold for 30 seconds, twice on each side." or "10 slow repetitions on each side, about 5
 * seconds each. 2 sets, with a 20-second rest between sets."
 */
export function sessionDoseInWords(dose: SessionDose, sides: DoseSides, words: DoseWords): string {
  // One choice per way of doing the sides, so each language words the whole sentence.
  const where = !sides
    ? 'none'
    : 'only' in sides
      ? sides.only === 'left'
        ? 'onlyLeft'
        : 'onlyRight'
      : sides.first === 'left'
        ? 'eachFromLeft'
        : sides.first === 'right'
          ? 'eachFromRight'
          : 'each';
  const parts = [
    dose.mode === 'hold'
      ? words.say('dose.hold', {
          low: dose.holdSeconds[0],
          high: dose.holdSeconds[1],
          span: dose.holdSeconds[0] === dose.holdSeconds[1] ? 'one' : 'range',
          reps: dose.reps,
          sides: where,
        })
      : dose.mode === 'reps'
        ? words.say('dose.reps', { reps: dose.reps, sides: where, seconds: dose.secondsPerRep })
        : words.say('dose.breath', {
            reps: dose.reps,
            inhale: dose.inhaleSeconds,
            exhale: dose.exhaleSeconds,
          }),
  ];
  if (dose.sets > 1)
    parts.push(
      dose.mode === 'breath'
        ? words.say('dose.rounds', { sets: dose.sets })
        : words.say('dose.sets', { sets: dose.sets, rest: SET_REST_SECONDS }),
    );
  return parts.join(' ');
}

/** A plan item's dose, as the plan page shows it. */
export function planItemDoseInWords(item: PlanItem, words: DoseWords): string {
  const dose: SessionDose =
    item.mode === 'breath' && item.breath
      ? { mode: 'breath', reps: item.reps, sets: item.sets, ...item.breath }
      : item.mode === 'reps' && item.tempo
        ? {
            mode: 'reps',
            reps: item.reps,
            sets: item.sets,
            secondsPerRep: item.tempo.outSeconds + item.tempo.backSeconds,
          }
        : {
            mode: 'hold',
            holdSeconds: item.holdSeconds ?? [0, 0],
            reps: item.reps,
            sets: item.sets,
          };
  const [first] = item.sides;
  const sides: DoseSides = !first
    ? null
    : item.sides.length === 1
      ? { only: first }
      : { both: true, first };
  return sessionDoseInWords(dose, sides, words);
}

/**
 * A prescription in plain words for print, "Hold for 30 seconds, twice on each side." and
 * "Once a day, 6 days a week.": what to do each time, the words to move to (repeated
 * movements only), and how often.
 */
export function doseInWords(
  exercise: Pick<Exercise, 'dose' | 'sided'>,
  item: Pick<
    ProgramItem,
    'holdSeconds' | 'reps' | 'sets' | 'sides' | 'props' | 'sessionsPerDay' | 'daysPerWeek'
  >,
  words: DoseWords,
): { each: string; tempo: string | null; often: string } {
  const sides: DoseSides = !exercise.sided
    ? null
    : item.sides === 'both'
      ? { both: true }
      : { only: item.sides };
  const { dose } = exercise;
  const session: SessionDose =
    dose.mode === 'hold'
      ? {
          mode: 'hold',
          holdSeconds: [item.holdSeconds, item.holdSeconds],
          reps: item.reps,
          sets: item.sets,
        }
      : dose.mode === 'reps'
        ? { mode: 'reps', reps: item.reps, sets: item.sets, secondsPerRep: dose.secondsPerRep }
        : {
            mode: 'breath',
            reps: item.reps,
            sets: item.sets,
            inhaleSeconds: dose.inhaleSeconds,
            exhaleSeconds: dose.exhaleSeconds,
          };
  const parts = [sessionDoseInWords(session, sides, words)];
  if (item.props.length)
    parts.push(
      words.say('dose.use', {
        props: words.list(
          item.props.map((p) => words.say(`plan.prop.${p}`)),
          'and',
        ),
      }),
    );
  return {
    each: parts.join(' '),
    // The words said with each half of a repeated movement, as a line for print.
    tempo: dose.mode === 'reps' ? words.say('dose.tempo', dose.cue) : null,
    often: words.say('dose.often', { perDay: item.sessionsPerDay, days: item.daysPerWeek }),
  };
}
