import type { Words } from '../i18n/words';
import { RED_FLAG_IDS, type RedFlagId } from '../safety/red-flags';
import type { Alert } from './alerts';

/** Red flags by their ids (content/red-flags.ts), each worded as a therapist would note it. */
const isRedFlag = (id: string): id is RedFlagId => (RED_FLAG_IDS as readonly string[]).includes(id);

/** The messages an alert is said with; the reader's catalogue (content/messages) words them. */
export const ALERT_MESSAGES = [
  'alert.redFlag',
  'alert.redFlagUnnamed',
  'alert.painRising',
  'alert.spreadOnce',
  'alert.spreadMany',
  'alert.stopped',
  'alert.inactiveSinceJoining',
  'alert.inactive',
  'alert.unknownExercise',
  ...RED_FLAG_IDS.map((id) => `alert.sign.${id}` as const),
] as const;
export type AlertMessage = (typeof ALERT_MESSAGES)[number];
export type AlertWords = Words<AlertMessage>;

/**
 * How the reader's side names things: days and instants in their locale and time zone, and
 * exercises by the names in the content library. Passed in, so the same sentences serve the
 * therapist's pages (the browser's locale and zone) and emails (the clinic's).
 */
export type AlertFormat = {
  /** A calendar day, "2026-11-25" → e.g. "Wednesday, November 25". */
  day: (isoDate: string) => string;
  /** An instant, ISO → e.g. "Wednesday, November 25 at 3:05 PM". */
  instant: (iso: string) => string;
  /** An exercise and variant id → its name, e.g. "Knee-to-chest (on a firm bed)". */
  exercise: (exerciseId: string, variant: string) => string;
};

/** Which spread: a select value of the spreading messages. */
const spread = (tingling: boolean, numbness: boolean) =>
  tingling && numbness ? 'both' : tingling ? 'tingling' : 'numbness';

/** One plain sentence saying what changed, for a therapist. */
export function describeAlert(alert: Alert, words: AlertWords, format: AlertFormat): string {
  const { say } = words;
  switch (alert.kind) {
    case 'red-flag': {
      const signs = alert.flags.filter(isRedFlag).map((id) => say(`alert.sign.${id}`));
      const values = { when: format.instant(alert.at), care: alert.urgency };
      return signs.length
        ? say('alert.redFlag', { ...values, signs: words.list(signs, 'and') })
        : say('alert.redFlagUnnamed', values);
    }
    case 'pain-rising': {
      const days = Math.round(
        (Date.parse(`${alert.to.date}T00:00:00Z`) - Date.parse(`${alert.from.date}T00:00:00Z`)) /
          86_400_000,
      );
      return say('alert.painRising', {
        from: alert.from.legPain,
        to: alert.to.legPain,
        days,
        start: format.day(alert.from.date),
        end: format.day(alert.to.date),
      });
    }
    case 'spreading-symptoms': {
      const values = {
        what: spread(alert.tingling, alert.numbness),
        during: words.list(
          alert.during.map((d) => format.exercise(d.exerciseId, d.variant)),
          'and',
        ),
        day: format.day(alert.date),
      };
      return alert.times === 1
        ? say('alert.spreadOnce', values)
        : say('alert.spreadMany', { ...values, times: alert.times });
    }
    case 'stopped-sessions':
      return say('alert.stopped', { times: alert.times, day: format.day(alert.date) });
    case 'inactive':
      return say(alert.sinceJoining ? 'alert.inactiveSinceJoining' : 'alert.inactive', {
        days: alert.days,
        day: format.day(alert.date),
      });
  }
}

type Library = {
  exercises: readonly {
    id: string;
    name: string;
    variants: readonly { id: string; name: string }[];
  }[];
};

/**
 * An exercise as people read it: "Knee-to-chest (on a firm bed)", "Figure-4 stretch (lying on
 * your back, on the floor)". Unknown ids (an exercise since retired) never show as ids.
 */
export function exerciseName(
  library: Library,
  exerciseId: string,
  variantId: string,
  words: AlertWords,
): string {
  const exercise = library.exercises.find((e) => e.id === exerciseId);
  if (!exercise) return words.say('alert.unknownExercise');
  const variant = exercise.variants.find((v) => v.id === variantId);
  if (!variant || exercise.variants.length === 1) return exercise.name;
  const how = variant.name.charAt(0).toLowerCase() + variant.name.slice(1);
  return exercise.name.endsWith(')')
    ? `${exercise.name.slice(0, -1)}, ${how})`
    : `${exercise.name} (${how})`;
}
