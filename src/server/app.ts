import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { sql } from 'kysely';
import { CHECKIN_RULE_LIST, LIBRARY, PLAN_RULES } from '../../content/catalog';
import { bookingDocs, bookingRoutes } from './booking/routes';
import { checkinDocs, checkinRoutes } from './checkin/routes';
import { clinicDocs, clinicRoutes } from './clinics/routes';
import type { Db } from './db/create-db';
import { buildOpenApi } from './http/openapi';
import { requestLog, type Logger } from './http/logging';
import { problem } from './http/problem';
import { requireJsonForWrites } from './http/validate';
import { libraryDocs, libraryRoutes } from './library/routes';
import { planDocs, planRoutes } from './plan/routes';

export type AppDeps = {
  db: Db;
  logger: Logger;
  publicUrl: string;
  /** Signs private links (appointment management). */
  secret: string;
  now?: () => Date;
};

export const ROUTE_DOCS = [
  ...planDocs,
  ...checkinDocs,
  ...libraryDocs,
  ...clinicDocs,
  ...bookingDocs,
];

/** Mounts every feature router. Static files are added by main.ts, the only file that listens. */
export function createApp({ db, logger, publicUrl, secret, now = () => new Date() }: AppDeps) {
  const openapi = buildOpenApi(ROUTE_DOCS, publicUrl);
  const api = new Hono()
    .route('/', planRoutes({ db, rules: PLAN_RULES, now }))
    .route('/', checkinRoutes({ exercises: LIBRARY.exercises, rules: CHECKIN_RULE_LIST }))
    .route('/', libraryRoutes({ library: LIBRARY, redFlags: PLAN_RULES.redFlags }))
    .route('/', clinicRoutes({ db, now }))
    .route('/', bookingRoutes({ db, now, secret, publicUrl }));

  const app = new Hono<{ Variables: { requestId: string } }>()
    .use(requestLog(logger))
    .use(
      secureHeaders({
        contentSecurityPolicy: {
          defaultSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          scriptSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
        },
      }),
    )
    .get('/healthz', (c) => c.json({ status: 'ok' }))
    .get('/readyz', async (c) => {
      try {
        await sql`select 1`.execute(db);
        return c.json({ status: 'ready' });
      } catch (error) {
        logger.warn('readiness check failed', { error: String(error) });
        return c.json({ status: 'unavailable', detail: 'database unreachable' }, 503);
      }
    })
    .get('/api/openapi.json', (c) => c.json(openapi))
    .use('/api/*', requireJsonForWrites)
    .route('/api/v1', api);

  app.all('/api/*', (c) =>
    problem(
      c,
      404,
      'Not found',
      `There is no ${c.req.method} ${c.req.path}. See /api/openapi.json for the routes.`,
    ),
  );
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500)
      return problem(
        c,
        error.status,
        'Invalid request',
        `${error.message}. Send a JSON body with content-type application/json.`,
      );
    logger.error('unhandled error', {
      requestId: c.get('requestId'),
      error: String(error),
      stack: error.stack,
    });
    return problem(
      c,
      500,
      'Internal error',
      `Something went wrong on our side (request ${c.get('requestId')}).`,
    );
  });
  return app;
}

export type AppType = ReturnType<typeof createApp>;
