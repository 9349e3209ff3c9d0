/**
 * The words people see when the server turns something down. The API's problem details are
 * written for developers ("Fix the request body: zip …"); pages show these instead, and a form
 * that knows its fields shows each problem beside its field as well.
 */

import { i18n } from '@lingui/core';
import type { MessageKey } from '../../content/messages/en';

/** A message in the page's language (these are said outside any screen: by the API client). */
const say = (key: MessageKey, values?: Record<string, string | number>) => i18n._(key, values);

/** The fields the API names, by their names on our forms ("field.zip" → "ZIP code"). */
const FIELDS = [
  'name',
  'email',
  'password',
  'phone',
  'zip',
  'address',
  'city',
  'state',
  'timeZone',
  'date',
  'localDate',
  'legPain',
  'backPain',
  'activity',
  'score',
  'notes',
  'times',
  'minutes',
  'slot',
  'reason',
  'start',
  'end',
  'note',
  'confirmEmail',
  'holdSeconds',
  'reps',
  'sets',
  'daysPerWeek',
  'sessionsPerDay',
] as const;
type Field = (typeof FIELDS)[number];
const isField = (name: string): name is Field => (FIELDS as readonly string[]).includes(name);

const BY_STATUS: Record<number, MessageKey> = {
  400: 'failure.400',
  403: 'failure.403',
  404: 'failure.404',
  408: 'failure.408',
  413: 'failure.413',
  415: 'failure.415',
};

/** "openingHours.0.startMinute" → "startMinute": the field's own name, for its label. */
const leaf = (path: string) =>
  path
    .split('.')
    .filter((p) => !/^\d+$/.test(p))
    .at(-1) ?? path;

/** The field's label, or null when the form has no such field to point to. */
export function labelOf(path: string): string | null {
  const name = leaf(path);
  return isField(name) ? say(`field.${name}`) : null;
}

/**
 * zod's own wording, said the way a person would, in each language the server answers in
 * (zod's English, and the Spanish zod ships).
 */
const PLAIN: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^(is required\b|es obligatorio\b)/, () => say('failure.missing')],
  [
    /^(Too big: expected number to be|Demasiado grande: se esperaba que número fuera) <=?(\S+)/,
    (m) => say('failure.atMost', { n: m[2]! }),
  ],
  [
    /^(Too small: expected number to be|Demasiado pequeño: se esperaba que número fuera) >=?(\S+)/,
    (m) => say('failure.atLeast', { n: m[2]! }),
  ],
  [
    /^(Too big: expected string to have|Demasiado grande: se esperaba que texto tuviera) <=?(\d+)/,
    (m) => say('failure.atMostCharacters', { n: m[2]! }),
  ],
  [
    /^(Too small: expected string to have|Demasiado pequeño: se esperaba que texto tuviera) >=?(\d+)/,
    (m) => say('failure.atLeastCharacters', { n: m[2]! }),
  ],
  [
    /^(?:Too (big|small): expected array to have|Demasiado (grande|pequeño): se esperaba que arreglo tuviera) [<>]=?(\d+)/,
    (m) =>
      say(m[1] === 'big' || m[2] === 'grande' ? 'failure.atMostItems' : 'failure.atLeastItems', {
        n: m[3]!,
      }),
  ],
  [/^(Invalid input: expected|Entrada inválida: se esperaba)/, () => say('failure.wrongWay')],
  [/^(Invalid option|Opción inválida)/, () => say('failure.notAChoice')],
];

/** A field's problem in words: "is required (string)" reads "is missing". */
export function problemWords(message: string): string {
  for (const [pattern, words] of PLAIN) {
    const match = message.match(pattern);
    if (match) return words(match);
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
  if (status >= 500) return say('failure.server');
  // One sentence per problem: a field refused twice for the same reason is named once.
  const named = [
    ...new Set(
      (problem?.errors ?? []).flatMap((e) => {
        const label = labelOf(e.field);
        return label ? [`${label}: ${problemWords(e.message).replace(/\.$/, '')}.`] : [];
      }),
    ),
  ];
  if (status === 400 && named.length > 0) return [say('failure.400'), ...named].join(' ');
  const known = BY_STATUS[status];
  return say(known ?? 'failure.server');
}

/** A request that got no answer at all, in the page's language. */
export const noConnectionWords = () => say('failure.offline');

/** Whether a request failed for want of any answer (fetch rejects with a TypeError). */
export const isUnanswered = (error: unknown): boolean => error instanceof TypeError;

/** What to tell the person when something they asked for failed, in their words. */
export function failureWords(error: unknown, fallback: string): string {
  if (isUnanswered(error)) return noConnectionWords();
  return error instanceof Error ? error.message : fallback;
}
