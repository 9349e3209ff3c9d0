import { validator } from 'hono-openapi';
import { z } from 'zod';
import { IdSchema } from '../../domain/ids';
import type { Check } from './gate';
import { problem, validationProblem, type RequestPart } from './problem';

/** API writes with a body carry JSON; anything else gets a 415 that says how to send it. */
export const requireJsonForWrites: Check = (c) => {
  // Only a write is asked whether it has a body: asking a read would make the Node adapter
  // build a whole web Request for it (a third of a clinic search's time).
  const writes = ['POST', 'PUT', 'PATCH'].includes(c.req.method);
  // Over HTTP/1.1 a request has a body only when it says its length or that it is chunked
  // (the Node adapter gives every POST a body stream, even curl -X POST's empty one); a request
  // made in the process (app.request) has one when it was given one.
  const length = c.req.header('content-length');
  const overHttp = (c.env as { incoming?: unknown } | undefined)?.incoming !== undefined;
  const hasBody = () =>
    length !== undefined
      ? Number(length) > 0
      : overHttp
        ? c.req.header('transfer-encoding') !== undefined
        : c.req.raw.body !== null;
  if (
    writes &&
    hasBody() &&
    !/^application\/([\w.+-]*\+)?json/i.test(c.req.header('content-type') ?? '')
  )
    return problem(c, 415, 'Unsupported media type', { say: 'problem.json' });
  return undefined;
};

/**
 * Request validators from hono-openapi: each checks its part of the request with a zod schema
 * and carries that schema into the API document, so what a route documents is what it checks.
 * zod's issues come back whole through Standard Schema, so refusals keep their own wording.
 */
const checked = <T extends z.ZodType, Target extends 'json' | 'query' | 'param'>(
  target: Target,
  schema: T,
  where: RequestPart,
) =>
  validator(target, schema, (result, c) => {
    if (!result.success)
      return validationProblem(c, { issues: result.error as readonly z.core.$ZodIssue[] }, where);
  });

/** zod validation of a JSON body; failures become a 400 problem+json naming each field. */
export const jsonBody = <T extends z.ZodType>(schema: T) => checked('json', schema, 'body');

export const query = <T extends z.ZodType>(schema: T) => checked('query', schema, 'query');

/** zod validation of the path's parameters; failures name the part of the address to fix. */
export const params = <T extends z.ZodType>(schema: T) => checked('param', schema, 'address');

/** The `{id}` of a path, described for the API document. */
export const idParam = (description: string) =>
  z.strictObject({ id: IdSchema.describe(description) });
