import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

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

export function problem(
  c: Context,
  status: ContentfulStatusCode,
  title: string,
  detail: string,
  errors?: FieldError[],
) {
  return c.body(problemJson(status, title, detail, errors), status, {
    'content-type': PROBLEM_TYPE,
  });
}

/** Turn zod issues into messages that say exactly what to change. */
export function fieldErrors(error: { issues: readonly z.core.$ZodIssue[] }): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    const at = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        field: at ? `${at}.${key}` : key,
        message: 'is not a known field; remove it',
      }));
    if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message))
      return [{ field: at || '(body)', message: `is required (${issue.expected})` }];
    return [{ field: at || '(body)', message: issue.message }];
  });
}

export function validationProblem(
  c: Context,
  error: { issues: readonly z.core.$ZodIssue[] },
  where = 'request body',
) {
  const errors = fieldErrors(error);
  const detail = `Fix the ${where}: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}.`;
  return problem(c, 400, 'Invalid request', detail, errors);
}
