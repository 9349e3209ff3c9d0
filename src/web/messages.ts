/**
 * The words people see when the server turns something down. The API's problem details are
 * written for developers ("Fix the request body: zip …"); pages show these instead, and a form
 * that knows its fields shows each problem beside its field as well.
 */

/** What each field the API names is called on our forms. */
export const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  email: 'Email',
  password: 'Password',
  phone: 'Phone',
  zip: 'ZIP code',
  address: 'Street address',
  city: 'City',
  state: 'State',
  timeZone: 'Time zone',
  date: 'Day',
  localDate: 'Day',
  legPain: 'Leg pain',
  backPain: 'Back pain',
  activity: 'Activity',
  score: 'How well',
  notes: 'Notes',
  times: 'Reminder times',
  minutes: 'Minutes',
  slot: 'Time',
  reason: 'Reason',
  start: 'Start',
  end: 'End',
  note: 'Note',
  confirmEmail: 'Email',
  holdSeconds: 'Hold',
  reps: 'Reps',
  sets: 'Sets',
  daysPerWeek: 'Days a week',
  sessionsPerDay: 'Sessions a day',
};

const BY_STATUS: Record<number, string> = {
  400: 'Some of this needs another look.',
  403: 'This account cannot do that. If that seems wrong, sign out and sign in again.',
  404: 'We could not find that. It may have been moved or removed.',
  408: 'That took too long to arrive. Please try again.',
  413: 'That is more than we can take at once. Please shorten it.',
  415: 'Something went wrong sending that. Please reload the page and try again.',
};
const SERVER_TROUBLE = 'Something went wrong on our side. Please try again in a moment.';

/** "openingHours.0.startMinute" → "startMinute": the field's own name, for its label. */
const leaf = (path: string) =>
  path
    .split('.')
    .filter((p) => !/^\d+$/.test(p))
    .at(-1) ?? path;

/** The field's label, or null when the form has no such field to point to. */
export function labelOf(path: string): string | null {
  return FIELD_LABELS[leaf(path)] ?? null;
}

/** zod's own wording, said the way a person would. */
const PLAIN: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^is required\b/, () => 'is missing'],
  [/^Too big: expected number to be <=?(\S+)/, (m) => `can be at most ${m[1]}`],
  [/^Too small: expected number to be >=?(\S+)/, (m) => `needs to be at least ${m[1]}`],
  [
    /^Too big: expected string to have <=?(\d+) characters?/,
    (m) => `can be at most ${m[1]} characters`,
  ],
  [
    /^Too small: expected string to have >=?(\d+) characters?/,
    (m) => `needs at least ${m[1]} characters`,
  ],
  [
    /^Too (big|small): expected array to have [<>]=?(\d+) items?/,
    (m) => `${m[1] === 'big' ? 'can have at most' : 'needs at least'} ${m[2]}`,
  ],
  [/^Invalid input: expected (\w+)/, () => 'is not filled in the right way'],
  [/^Invalid option/, () => 'is not one of the choices'],
];

/** A field's problem in words: "is required (string)" reads "is missing". */
export function problemWords(message: string): string {
  for (const [pattern, say] of PLAIN) {
    const match = message.match(pattern);
    if (match) return say(match);
  }
  return message;
}

type Refusal = { detail?: unknown; errors?: { field: string; message: string }[] };

/**
 * What to tell the person about a refusal. Conflicts, sign-in refusals and limits are written
 * for people by the server (a taken time, a wrong password, a wait); everything else comes from
 * here, naming each field by its label.
 */
export function userMessage(status: number, problem: Refusal | null): string {
  const detail = typeof problem?.detail === 'string' ? problem.detail : null;
  if ((status === 401 || status === 409 || status === 429) && detail) return detail;
  if (status >= 500) return SERVER_TROUBLE;
  // One sentence per problem: a field refused twice for the same reason is named once.
  const named = [
    ...new Set(
      (problem?.errors ?? []).flatMap((e) => {
        const label = labelOf(e.field);
        return label ? [`${label}: ${problemWords(e.message).replace(/\.$/, '')}.`] : [];
      }),
    ),
  ];
  if (status === 400 && named.length > 0) return [BY_STATUS[400], ...named].join(' ');
  return BY_STATUS[status] ?? SERVER_TROUBLE;
}

/** A request that got no answer at all: fetch rejects with a TypeError. */
export const NO_CONNECTION_WORDS =
  'This needs a connection, and there is none just now. Please try again once you are back online.';

/** Whether a request failed for want of any answer (fetch rejects with a TypeError). */
export const isUnanswered = (error: unknown): boolean => error instanceof TypeError;

/** What to tell the person when something they asked for failed, in their words. */
export function failureWords(error: unknown, fallback: string): string {
  if (isUnanswered(error)) return NO_CONNECTION_WORDS;
  return error instanceof Error ? error.message : fallback;
}
