import type { Hono } from 'hono';
import { describeRoute, generateSpecs, resolver } from 'hono-openapi';
import { z } from 'zod';
import { IDEMPOTENCY_KEY } from './idempotency';

/**
 * Who may call a route. Required, so no route can be added without saying; the privacy test
 * walks every route by this: public, any signed-in user, one role, or a signed link.
 */
export type Access = 'public' | 'signed-in' | 'patient' | 'therapist' | 'admin' | 'link-token';

/**
 * What a route says about itself beside its validators: its words, who may call it and what it
 * answers. The method, the path and the request's schemas come from the route itself.
 */
export type RouteWords = {
  summary: string;
  tags: string[];
  access: Access;
  responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>;
  /** The route takes an Idempotency-Key header (http/idempotency.ts): a retry is answered once. */
  idempotent?: true;
};

type Options = NonNullable<Parameters<typeof generateSpecs>[1]>;
type Schemas = NonNullable<
  NonNullable<NonNullable<Options['documentation']>['components']>['schemas']
>;

const problemSchema: Schemas[string] = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

const needsSession = (access: Access) => access !== 'public' && access !== 'link-token';

/** What every route that needs a session may also answer, unless it says otherwise. */
const sessionRefusals = (access: Access) => ({
  401: { description: 'Not signed in (problem+json).' },
  ...(access === 'patient' || access === 'therapist' || access === 'admin'
    ? {
        403: { description: `Signed in, but not as ${access === 'admin' ? 'an' : 'a'} ${access}.` },
      }
    : {}),
});

/** Documents the route it is mounted on: the first middleware of every route. */
export function documented(words: RouteWords) {
  const responses = {
    ...(needsSession(words.access) ? sessionRefusals(words.access) : {}),
    ...words.responses,
  };
  const spec = {
    summary: words.summary,
    tags: words.tags,
    'x-access': words.access,
    ...(needsSession(words.access) ? { security: [{ session: [] }] } : {}),
    ...(words.idempotent
      ? {
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header' as const,
              required: false,
              description:
                'Any unique text (a UUID fits): the same key sent again gets the first answer, and nothing is done twice.',
              schema: { type: 'string' as const, pattern: IDEMPOTENCY_KEY.source },
            },
          ],
        }
      : {}),
    responses: Object.fromEntries(
      Object.entries(responses).map(([status, r]: [string, RouteWords['responses'][number]]) => [
        status,
        {
          description: r.description,
          ...(r.schema
            ? {
                content: {
                  [r.contentType ?? 'application/json']: {
                    schema: resolver(r.schema, { options: { io: 'output' } }),
                  },
                },
              }
            : r.contentType
              ? { content: { [r.contentType]: {} } }
              : {}),
        },
      ]),
    ),
  };
  return describeRoute(spec);
}

const PROBLEM_400 = {
  description: 'The request is invalid; `detail` says what to fix.',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

type Operation = { 'x-access'?: string; operationId?: string; [key: string]: unknown };

/** Only the route table is read. */
export type RouteTable = Pick<Hono, 'routes'>;

/**
 * OpenAPI 3.1 read from the app's own router: every route documents itself (`documented`) and
 * its validators give its parameters and body. A route with validators but no words makes the
 * document fail to build (its tests fail), and the privacy test fails on a routed operation the
 * document lacks, so none can be served undocumented.
 */
export async function buildOpenApi(app: RouteTable, serverUrl: string) {
  const generated = await generateSpecs(app as Parameters<typeof generateSpecs>[0], {
    documentation: {
      info: {
        title: 'ReliefPath API',
        version: '1.0.0',
        description:
          'Safe, personal sciatica stretching plans, in-session safety check-ins, the exercise library, clinics and booking; FHIR R4 under /fhir/R4.',
      },
      servers: [{ url: serverUrl }],
      components: {
        schemas: { Problem: problemSchema },
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'rp_session',
            description:
              'Session cookie from sign-in; state-changing requests also send x-csrf-token.',
          },
        },
      },
    },
    defaultValidationErrorResponse: PROBLEM_400,
    // Our files (export.csv, calendar.ics) are routes like any other, not static files.
    excludeStaticFile: false,
  });
  const paths = generated.paths as Record<string, Record<string, Operation>>;
  const undocumented = Object.entries(paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([, op]) => !op['x-access'])
      .map(([method]) => `${method.toUpperCase()} ${path}`),
  );
  if (undocumented.length > 0)
    throw new Error(`Routes without documented(): ${undocumented.join(', ')}`);
  return generated;
}

export type RoutedOperation = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete' | 'all';
  path: string;
};

/**
 * What a Hono app actually answers (`app.routes`), as OpenAPI operations: `:id` becomes `{id}`,
 * a handler's own middleware is folded into it, and middleware mounted on a wildcard (`use`,
 * method ALL on a path ending in `*`) is left out. An `all()` route on a plain path stays in,
 * so it too has to be documented.
 */
export function routedOperations(
  routes: readonly { method: string; path: string }[],
): RoutedOperation[] {
  const out = new Map<string, RoutedOperation>();
  for (const route of routes) {
    if (route.method === 'ALL' && route.path.endsWith('*')) continue;
    const method = route.method.toLowerCase() as RoutedOperation['method'];
    const path = route.path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}');
    out.set(`${method} ${path}`, { method, path });
  }
  return [...out.values()];
}
