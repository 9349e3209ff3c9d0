import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { IdSchema } from '../../domain/ids';
import type { Check } from './gate';
import { problem, validationProblem } from './problem';

/** API writes with a body carry JSON; anything else gets a 415 that says how to send it. */
export const requireJsonForWrites: Check = (c) => {
  // Only a write is asked whether it has a body: asking a read would make the Node adapter
  // build a whole web Request for it (a third of a clinic search's time).
  const writes = ['POST', 'PUT', 'PATCH'].includes(c.req.method);
  const length = c.req.header('content-length');
  const hasBody = () => (length === undefined ? c.req.raw.body !== null : Number(length) > 0);
  if (
    writes &&
    hasBody() &&
    !/^application\/([\w.+-]*\+)?json/i.test(c.req.header('content-type') ?? '')
  )
    return problem(c, 415, 'Unsupported media type', { say: 'problem.json' });
  return undefined;
};

/** zod validation of a JSON body; failures become a 400 problem+json naming each field. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return zValidator('json', schema, (result, c) => {
    if (!result.success) return validationProblem(c, result.error);
  });
}

export function query<T extends z.ZodType>(schema: T) {
  return zValidator('query', schema, (result, c) => {
    if (!result.success) return validationProblem(c, result.error, 'query');
  });
}

/** zod validation of the path's parameters; failures name the part of the address to fix. */
export function params<T extends z.ZodType>(schema: T) {
  return zValidator('param', schema, (result, c) => {
    if (!result.success) return validationProblem(c, result.error, 'address');
  });
}

/** The `{id}` of a path, described for the API document. */
export const idParam = (description: string) =>
  z.strictObject({ id: IdSchema.describe(description) });
