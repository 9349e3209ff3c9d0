import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { WORDS, type ServerWord } from '../../../content/messages/words';
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

/**
 * An issue's message in `locale`: zod's own words in that language, unless the schema wrote
 * its own message (then that one, as written).
 */
function issueWords(issue: z.core.$ZodIssue, locale: Locale): string {
  if (locale === 'en' || said(ZOD_WORDS.en, issue) !== issue.message) return issue.message;
  return said(ZOD_WORDS[locale], issue) ?? issue.message;
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
  const errors = fieldErrors(error, requestLocale(c));
  const problems = errors.map((e) => `${e.field} ${e.message}`).join('; ');
  return problem(c, 400, 'Invalid request', fixThe(where, problems), errors);
}
