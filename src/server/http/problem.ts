import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { WORDS, type ServerWord } from '../../../content/messages/words';
import { isIssue, type Issue } from '../../domain/i18n/issues';
import type { Locale } from '../../domain/i18n/locale';
import type { MessageValues } from '../../domain/i18n/words';
import { requestLocale } from './locale';

export type FieldError = { field: string; message: string };
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
};

export const PROBLEM_TYPE = 'application/problem+json';

/** RFC 9457 problem details, as JSON text. */
export function problemJson(status: number, title: string, detail: string, errors?: FieldError[]) {
  const body: Problem = {
    type: 'about:blank',
    title,
    status,
    detail,
    ...(errors ? { errors } : {}),
  };
  return JSON.stringify(body);
}

/** A detail named by its message, said in the language of the request that gets it. */
export type Said = { say: ServerWord; values?: MessageValues };

/**
 * A problem+json answer. `detail` is said in the request's language (requestLocale) when it
 * is named by a message; a plain string (an id or value quoted back) goes as it is.
 */
export function problem(
  c: Context,
  status: ContentfulStatusCode,
  title: string,
  detail: string | Said,
  errors?: FieldError[],
) {
  const locale = requestLocale(c);
  const text = typeof detail === 'string' ? detail : WORDS[locale].say(detail.say, detail.values);
  return c.body(problemJson(status, title, text, errors), status, {
    'content-type': PROBLEM_TYPE,
    'content-language': locale,
  });
}

/** zod's own wording of an issue, in each language it ships. */
const ZOD_WORDS: Record<Locale, z.core.$ZodErrorMap> = {
  en: z.locales.en().localeError,
  es: z.locales.es().localeError,
};
const said = (map: z.core.$ZodErrorMap, issue: z.core.$ZodIssue) => {
  const out = map(issue as Parameters<z.core.$ZodErrorMap>[0]);
  return typeof out === 'string' ? out : out?.message;
};

/** What a schema's own message may name: the check's limits, its options and its params. */
function issueValues(issue: z.core.$ZodIssue): MessageValues {
  const values: MessageValues = {};
  if (issue.code === 'too_small') values.minimum = Number(issue.minimum);
  if (issue.code === 'too_big') values.maximum = Number(issue.maximum);
  if (issue.code === 'invalid_value') values.known = issue.values.map(String).join(', ');
  if (issue.code === 'custom') Object.assign(values, issue.params);
  return values;
}

/**
 * An issue's message in `locale`: the schema's own message when it named one from the
 * catalogue, else zod's own words in that language.
 */
function issueWords(issue: z.core.$ZodIssue, locale: Locale): string {
  if (isIssue(issue.message)) return WORDS[locale].say(issue.message, issueValues(issue));
  if (locale === 'en' || said(ZOD_WORDS.en, issue) !== issue.message) return issue.message;
  return said(ZOD_WORDS[locale], issue) ?? issue.message;
}

/** A field's problem, said in the language of the request that gets it. */
export const fieldSaid = (
  c: Context,
  field: string,
  key: Issue,
  values?: MessageValues,
): FieldError => ({ field, message: WORDS[requestLocale(c)].say(key, values) });

/** A 400 naming each field and its problem, worded as a failed validation is. */
export function fieldsProblem(c: Context, errors: FieldError[], where: RequestPart = 'body') {
  const problems = errors.map((e) => `${e.field} ${e.message}`).join('; ');
  return problem(c, 400, 'Invalid request', fixThe(where, problems), errors);
}

/** Turn zod issues into messages that say exactly what to change, in `locale`. */
export function fieldErrors(
  error: { issues: readonly z.core.$ZodIssue[] },
  locale: Locale = 'en',
): FieldError[] {
  const { say } = WORDS[locale];
  return error.issues.flatMap((issue): FieldError[] => {
    const at = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        field: at ? `${at}.${key}` : key,
        message: say('problem.unknownField'),
      }));
    if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message))
      return [
        { field: at || '(body)', message: say('problem.required', { type: issue.expected }) },
      ];
    return [{ field: at || '(body)', message: issueWords(issue, locale) }];
  });
}

/** Where in a request a problem is: named in the "Fix the …" sentence. */
export type RequestPart = 'body' | 'query' | 'address';

/** "Fix the request body: zip is required (string)." */
export const fixThe = (where: RequestPart, problems: string): Said => ({
  say: 'problem.fix',
  values: { where, problems },
});

export function validationProblem(
  c: Context,
  error: { issues: readonly z.core.$ZodIssue[] },
  where: RequestPart = 'body',
) {
  return fieldsProblem(c, fieldErrors(error, requestLocale(c)), where);
}
