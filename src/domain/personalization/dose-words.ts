import type { Exercise } from '../exercises/library';
import { SET_REST_SECONDS } from '../session/player';
import type { PlanItem, Side } from './plan';
import type { ProgramItem } from './program';

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
const list = (words: readonly string[]) =>
  words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`;
const seconds = ([low, high]: readonly [number, number]) =>
  low === high ? `${low} seconds` : `${low}–${high} seconds`;

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
export function sessionDoseInWords(dose: SessionDose, sides: DoseSides): string {
  const where = !sides
    ? ''
    : 'only' in sides
      ? `, on your ${sides.only} side only`
      : ` on each side${sides.first ? `, starting on the ${sides.first}` : ''}`;
  const parts =
    dose.mode === 'hold'
      ? [`Hold for ${seconds(dose.holdSeconds)}, ${times(dose.reps)}${where}.`]
      : dose.mode === 'reps'
        ? [
            `${dose.reps} slow ${dose.reps === 1 ? 'repetition' : 'repetitions'}${where}, about ${dose.secondsPerRep} seconds each.`,
          ]
        : [
            `${dose.reps} slow ${dose.reps === 1 ? 'breath' : 'breaths'}: in for ${dose.inhaleSeconds} seconds, out for ${dose.exhaleSeconds}.`,
          ];
  if (dose.sets > 1)
    parts.push(
      dose.mode === 'breath'
        ? `Rest, then do it all again: ${dose.sets} rounds in all.`
        : `${dose.sets} sets, with a ${SET_REST_SECONDS}-second rest between sets.`,
    );
  return parts.join(' ');
}

/** The words said with each half of a repeated movement, as a line for print. */
function tempoInWords(cue: { out: string; back: string }): string {
  return `As you move: "${cue.out}", then "${cue.back}".`;
}

/** A plan item's dose, as the plan page shows it. */
export function planItemDoseInWords(item: PlanItem): string {
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
  return sessionDoseInWords(dose, sides);
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
  const parts = [sessionDoseInWords(session, sides)];
  if (item.props.length) parts.push(`Use ${list(item.props.map((p) => `a ${p}`))}.`);
  const perDay =
    item.sessionsPerDay === 1
      ? 'Once a day'
      : `${times(item.sessionsPerDay).replace(/^t/, 'T')} a day`;
  const days =
    item.daysPerWeek === 7
      ? 'every day'
      : `${item.daysPerWeek} ${item.daysPerWeek === 1 ? 'day' : 'days'} a week`;
  return {
    each: parts.join(' '),
    tempo: dose.mode === 'reps' ? tempoInWords(dose.cue) : null,
    often: `${perDay}, ${days}.`,
  };
}
