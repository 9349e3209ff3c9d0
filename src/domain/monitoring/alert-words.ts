import type { Alert } from './alerts';

/**
 * How the reader's side names things: days and instants in their locale and time zone, and
 * exercises by the names in the content library. Passed in, so the same sentences serve the
 * therapist's pages (the browser's locale and zone) and emails (the clinic's).
 */
export type AlertWords = {
  /** A calendar day, "2026-11-25" → e.g. "Wednesday, November 25". */
  day: (isoDate: string) => string;
  /** An instant, ISO → e.g. "Wednesday, November 25 at 3:05 PM". */
  instant: (iso: string) => string;
  /** An exercise and variant id → its name, e.g. "Knee-to-chest (on a firm bed)". */
  exercise: (exerciseId: string, variant: string) => string;
};

const PLURAL = new Intl.PluralRules('en-US');
const NUMBER = new Intl.NumberFormat('en-US');
const LIST = new Intl.ListFormat('en-US', { type: 'conjunction' });

/** "1 day", "3 days": English plural rules, numbers grouped. */
export function count(n: number, one: string, other: string): string {
  return `${NUMBER.format(n)} ${PLURAL.select(n) === 'one' ? one : other}`;
}

/** "once", "twice", "3 times". */
function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : count(n, 'time', 'times');
}

const CARE: Record<Extract<Alert, { kind: 'red-flag' }>['urgency'], string> = {
  emergency: 'get emergency care now',
  urgent: 'get seen within a day',
  soon: 'see a doctor before exercising',
};

/** Each red flag as a therapist would write it in a note; ids are content/red-flags.ts's. */
const WARNING_SIGNS: Record<string, string> = {
  saddleNumbness: 'new numbness or tingling in the saddle area',
  bladderOrBowelChange: 'a new change in bladder or bowel function',
  sexualDysfunction: 'new loss of genital sensation or sexual function',
  newSymptomsBothLegs: 'symptoms in both legs',
  progressiveWeakness: 'a leg or foot getting weaker',
  fever: 'fever or feeling unwell with the back pain',
  cancerHistory: 'new back pain after cancer',
  majorTrauma: 'pain that began with a fall or injury',
  unexplainedWeightLoss: 'weight loss without trying',
  osteoporosisOrSteroids: 'osteoporosis or long-term steroid use',
  inflammatoryPattern: 'morning stiffness or pain waking them at night',
  constantOrNightPain: 'constant pain that no position eases',
  noImprovementAfterMonth: 'a month or more without improvement',
};

/** One plain sentence saying what changed, for a therapist. */
export function describeAlert(alert: Alert, words: AlertWords): string {
  switch (alert.kind) {
    case 'red-flag': {
      const signs = alert.flags.flatMap((id) => (WARNING_SIGNS[id] ? [WARNING_SIGNS[id]] : []));
      const what = signs.length
        ? `Reported ${LIST.format(signs)}`
        : 'Answered yes to a warning sign';
      return `${what} in the safety check on ${words.instant(alert.at)}, and was told to ${CARE[alert.urgency]}.`;
    }
    case 'pain-rising': {
      const span = Math.round(
        (Date.parse(`${alert.to.date}T00:00:00Z`) - Date.parse(`${alert.from.date}T00:00:00Z`)) /
          86_400_000,
      );
      return `Leg pain rose from ${alert.from.legPain} to ${alert.to.legPain} over ${count(span, 'day', 'days')} (${words.day(alert.from.date)} to ${words.day(alert.to.date)}).`;
    }
    case 'spreading-symptoms': {
      const what =
        alert.tingling && alert.numbness
          ? 'Tingling and numbness'
          : alert.tingling
            ? 'Tingling'
            : 'Numbness';
      const during = LIST.format(alert.during.map((d) => words.exercise(d.exerciseId, d.variant)));
      return alert.times === 1
        ? `${what} spread down the leg during ${during} on ${words.day(alert.date)}.`
        : `${what} spread down the leg ${times(alert.times)} this week, during ${during}; last on ${words.day(alert.date)}.`;
    }
    case 'stopped-sessions':
      return `Stopped ${count(alert.times, 'session', 'sessions')} early for safety this week; last on ${words.day(alert.date)}.`;
    case 'inactive':
      return alert.sinceJoining
        ? `Nothing logged in the ${count(alert.days, 'day', 'days')} since joining on ${words.day(alert.date)}.`
        : `No session or log for ${count(alert.days, 'day', 'days')}, since ${words.day(alert.date)}.`;
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
export function exerciseName(library: Library, exerciseId: string, variantId: string): string {
  const exercise = library.exercises.find((e) => e.id === exerciseId);
  if (!exercise) return 'an exercise no longer in the library';
  const variant = exercise.variants.find((v) => v.id === variantId);
  if (!variant || exercise.variants.length === 1) return exercise.name;
  const how = variant.name.charAt(0).toLowerCase() + variant.name.slice(1);
  return exercise.name.endsWith(')')
    ? `${exercise.name.slice(0, -1)}, ${how})`
    : `${exercise.name} (${how})`;
}
