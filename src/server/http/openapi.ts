import { z } from 'zod';

export type RouteDoc = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path template, e.g. /api/v1/exercises/{id} */
  path: string;
  summary: string;
  tags: string[];
  /**
   * Who may call it. Required, so no route can be added without saying; the privacy test
   * walks every route by this: public, any signed-in user, one role, or a signed link.
   */
  access: 'public' | 'signed-in' | 'patient' | 'therapist' | 'admin' | 'link-token';
  body?: z.ZodType;
  query?: z.ZodType;
  /** Path parameters, each described (`.describe`) and validated by the route with the same schema. */
  params?: z.ZodObject;
  responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>;
};

const problemSchema = {
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
} as const;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output') {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });
  delete json.$schema; // the document's dialect already says so
  return json;
}

/** OpenAPI 3.1 generated from the same zod schemas that validate requests. */
export function buildOpenApi(routes: readonly RouteDoc[], serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const parameters = [
      ...(route.params ? pathParameters(route.params) : []),
      ...(route.query ? queryParameters(route.query) : []),
    ];
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(route.responses)) {
      responses[status] = {
        description: response.description,
        ...(response.schema
          ? {
              content: {
                [response.contentType ?? 'application/json']: {
                  schema: jsonSchema(response.schema, 'output'),
                },
              },
            }
          : {}),
      };
    }
    if (route.body || route.query || route.params)
      responses['400'] = {
        description: 'The request is invalid; `detail` says what to fix.',
        content: {
          'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
        },
      };
    paths[route.path] ??= {};
    paths[route.path]![route.method] = {
      summary: route.summary,
      tags: route.tags,
      'x-access': route.access,
      ...(route.access !== 'public' && route.access !== 'link-token'
        ? { security: [{ session: [] }] }
        : {}),
      operationId: `${route.method}${route.path.replace(/[^a-zA-Z0-9]+(.)?/g, (_m, ch: string | undefined) => (ch ?? '').toUpperCase())}`,
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'ReliefPath API',
      version: '1.0.0',
      description:
        'Safe, personal sciatica stretching plans, in-session safety check-ins and the exercise library.',
    },
    servers: [{ url: serverUrl }],
    paths,
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
  };
}

function pathParameters(schema: z.ZodObject) {
  const json = jsonSchema(schema, 'input') as { properties?: Record<string, object> };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property as { description?: string };
    return { name, in: 'path', required: true, description, schema: rest };
  });
}

function queryParameters(schema: z.ZodType) {
  const json = jsonSchema(schema, 'input') as {
    properties?: Record<string, object>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: property,
  }));
}

export type RoutedOperation = { method: RouteDoc['method'] | 'all'; path: string };

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

/** The operational endpoints outside /api/v1: health, readiness and this document. */
export const operationsDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/healthz',
    summary: 'The process is up.',
    tags: ['operations'],
    access: 'public',
    responses: { 200: { description: 'Always `{ "status": "ok" }` while the process runs.' } },
  },
  {
    method: 'get',
    path: '/readyz',
    summary: 'The app can reach its database and take requests.',
    tags: ['operations'],
    access: 'public',
    responses: {
      200: { description: '`{ "status": "ready" }`' },
      503: { description: 'The database cannot be reached.' },
    },
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This API document (OpenAPI 3.1).',
    tags: ['operations'],
    access: 'public',
    responses: { 200: { description: 'The document.' } },
  },
];
