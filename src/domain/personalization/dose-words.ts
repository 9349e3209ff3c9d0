import type { Exercise } from '../exercises/library';
import type { ProgramItem } from './program';

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
const list = (words: readonly string[]) =>
  words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`;

/**
 * A prescription in plain words for print, "Hold for 30 seconds, twice on each side." and
 * "Once a day, 6 days a week.": what to do each time, and how often.
 */
export function doseInWords(
  exercise: Pick<Exercise, 'dose' | 'sided'>,
  item: Pick<
    ProgramItem,
    'holdSeconds' | 'reps' | 'sets' | 'sides' | 'props' | 'sessionsPerDay' | 'daysPerWeek'
  >,
): { each: string; often: string } {
  const sides = !exercise.sided
    ? ''
    : item.sides === 'both'
      ? ' on each side'
      : `, on your ${item.sides} side only`;
  const { dose } = exercise;
  const parts =
    dose.mode === 'hold'
      ? [`Hold for ${item.holdSeconds} seconds, ${times(item.reps)}${sides}.`]
      : dose.mode === 'reps'
        ? [
            `${item.reps} slow ${item.reps === 1 ? 'movement' : 'movements'}${sides}, about ${dose.secondsPerRep} seconds each.`,
          ]
        : [
            `${item.reps} slow ${item.reps === 1 ? 'breath' : 'breaths'}: in for ${dose.inhaleSeconds} seconds, out for ${dose.exhaleSeconds}.`,
          ];
  if (item.sets > 1)
    parts.push(
      dose.mode === 'reps'
        ? `Rest, then do it again: ${item.sets} sets in all.`
        : `Rest, then do it all again: ${item.sets} rounds in all.`,
    );
  if (item.props.length) parts.push(`Use ${list(item.props.map((p) => `a ${p}`))}.`);
  const perDay =
    item.sessionsPerDay === 1
      ? 'Once a day'
      : `${times(item.sessionsPerDay).replace(/^t/, 'T')} a day`;
  const days =
    item.daysPerWeek === 7
      ? 'every day'
      : `${item.daysPerWeek} ${item.daysPerWeek === 1 ? 'day' : 'days'} a week`;
  return { each: parts.join(' '), often: `${perDay}, ${days}.` };
}
