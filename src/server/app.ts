import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { sql } from 'kysely';
import { CATALOGS, inEachLocale, HABIT_LESSON_LIST, LIBRARY } from '../../content/catalog';
import { WORDS } from '../../content/messages/words';
import type { Locale } from '../domain/i18n/locale';
import { accountRoutes } from './account/routes';
import { fhirApiRoutes, fhirTextGuard } from './fhir/api';
import { fhirExportRoutes } from './fhir/export-routes';
import { schedulingReader } from './fhir/scheduling';
import { adminRoutes } from './admin/routes';
import { authRoutes } from './auth/routes';
import { appointmentToken } from './booking/links';
import { bookingRoutes } from './booking/routes';
import { careRoutes } from './care/routes';
import { checkinRoutes } from './checkin/routes';
import { clinicRoutes } from './clinics/routes';
import { ClinicDirectory } from './db/clinic-directory';
import { habitRoutes } from './habits/routes';
import type { Db } from './db/create-db';
import { isForeignKeyViolation } from './db/errors';
import { buildOpenApi, documented, type RouteTable } from './http/openapi';
import { csrfProtection, loadSession, type AppEnv } from './http/auth';
import { createBackground, type Background } from './http/background';
import { clientAddress } from './http/client-address';
import { checksInOrder, type Check } from './http/gate';
import { requestLog, type Logger } from './http/logging';
import { addressOf, outboxMailer, type Mailer } from './mail';
import { createNotifier, type Notifier } from './notify/notifier';
import { problem } from './http/problem';
import { textGuard } from './http/text-guard';
import { requireJsonForWrites } from './http/validate';
import { libraryRoutes } from './library/routes';
import { planRoutes } from './plan/routes';
import { reminderRoutes } from './reminders/routes';
import { programRoutes } from './programs/routes';
import { progressRoutes } from './progress/routes';
import { progressionRoutes } from './progression/routes';
import { stageRoutes } from './progression/stage-routes';
import type { ViewDeps } from './progression/stage-view';

export type AppDeps = {
  db: Db;
  logger: Logger;
  publicUrl: string;
  /** Signs private links and CSRF tokens. */
  secret: string;
  now?: () => Date;
  /** Where mail goes; the local outbox when no SMTP server is configured. */
  mailer?: Mailer;
  /** The sender of every email (MAIL_FROM); calendar files name it as the organizer. */
  mailFrom?: string;
  /**
   * Demo mode keeps mail in an outbox that this machine can read: only for a server bound to
   * loopback with no SMTP (main.ts decides; a reachable server without SMTP does not start).
   */
  demoMode?: boolean;
  /** Reverse proxies in front of the app whose X-Forwarded-For is believed. */
  trustProxy?: number;
  /** Mails therapists about alerts and patients about missed days; made here unless given. */
  notifier?: Notifier;
  /** Where work that follows an answer runs (link emails); made here unless given. */
  background?: Background;
};

/** Where an emailed link's token is spent; the token stands in for the CSRF token. */
const LINK_TOKEN_ROUTES = new Set([
  '/api/v1/auth/magic-link/verify',
  '/api/v1/auth/sign-up/confirm',
  '/api/v1/auth/password-reset/confirm',
]);

/**
 * The long-term program's stages, the library they draw on, and every item's name in words, in
 * each language: a stage page answers in the reader's.
 */
const STAGE_VIEWS: Record<Locale, ViewDeps> = inEachLocale((catalog, locale) => ({
  content: catalog.PROGRESSION,
  library: catalog.LIBRARY.exercises,
  nameOf: (id) =>
    catalog.LIBRARY.exercises.find((e) => e.id === id)?.name ??
    catalog.HABIT_LESSON_LIST.find((h) => h.id === id)?.title ??
    id,
  words: WORDS[locale],
}));
/** What the engine records as it moves a patient on or back is worded in English for now. */
const PROGRESSION_DEPS = STAGE_VIEWS.en;

/** A stage's name in a reader's language. */
const stageName = (n: number, locale: Locale) =>
  CATALOGS[locale].PROGRESSION.stages.find((s) => s.number === n)?.name ?? '';

/** JSON bodies here are small: a session with 30 exercises is under 10 KB. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Mounts every feature router. Static files are added by main.ts, the only file that listens. */
function boundedBody(req: { method: string; header(name: string): string | undefined }): boolean {
  if (req.method === 'GET' || req.method === 'HEAD') return true;
  const stated = req.header('content-length');
  return (
    req.header('transfer-encoding') === undefined &&
    stated !== undefined &&
    /^\d{1,9}$/.test(stated) &&
    Number(stated) <= MAX_BODY_BYTES
  );
}

/** Whether the client said it reads compressed answers. */
const takesCompression = (req: { header(name: string): string | undefined }) =>
  /gzip|deflate|br/.test(req.header('accept-encoding') ?? '');

export function createApp({
  db,
  logger,
  publicUrl,
  secret,
  now = () => new Date(),
  mailer = outboxMailer(db, now),
  mailFrom = 'ReliefPath <no-reply@reliefpath.local>',
  demoMode = false,
  trustProxy = 0,
  background = createBackground(logger),
  notifier = createNotifier({ db, mailer, publicUrl, now, logger, background }),
}: AppDeps) {
  const directory = new ClinicDirectory(db);
  const scheduling = schedulingReader(db, directory, now);
  /**
   * Staff cancel a visit through the booking route itself, so the patient hears of it exactly
   * as when they cancel with their own link (email and calendar update included).
   */
  const cancelVisit = async (id: string) => {
    const row = await db
      .selectFrom('appointment')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirst();
    if (row?.status !== 'booked') return false;
    const token = encodeURIComponent(appointmentToken(secret, id));
    const res = await api.request(`/appointments/${id}/cancel?token=${token}`, { method: 'POST' });
    return res.ok;
  };
  // Read from the router itself once every route is mounted: the first request builds it.
  let openapi: ReturnType<typeof buildOpenApi> | undefined;
  const router: { whole?: RouteTable } = {};
  const api = new Hono<AppEnv>()
    .route(
      '/',
      planRoutes({
        db,
        rules: inEachLocale((c) => c.PLAN_RULES),
        now,
        notifier,
        progression: PROGRESSION_DEPS,
      }),
    )
    .route(
      '/',
      checkinRoutes({
        exercises: inEachLocale((c) => c.LIBRARY.exercises),
        guides: inEachLocale((c) => c.CHECKIN_GUIDE),
      }),
    )
    .route('/', progressionRoutes({ content: inEachLocale((c) => c.PROGRESSION) }))
    .route(
      '/',
      libraryRoutes({
        library: inEachLocale((c) => c.LIBRARY),
        redFlags: inEachLocale((c) => c.PLAN_RULES.redFlags),
      }),
    )
    .route('/', clinicRoutes({ db, now, directory }))
    .route(
      '/',
      bookingRoutes({
        db,
        now,
        secret,
        publicUrl,
        mailer,
        background,
        organizerEmail: addressOf(mailFrom),
        scheduling,
      }),
    )
    .route('/', authRoutes({ db, now, secret, publicUrl, mailer, demoMode, background }))
    .route(
      '/',
      progressRoutes({
        db,
        now,
        notifier,
        exercises: LIBRARY.exercises,
        progression: PROGRESSION_DEPS,
      }),
    )
    .route('/', careRoutes({ db, now, publicUrl, stageName }))
    .route(
      '/',
      programRoutes({
        db,
        now,
        rules: inEachLocale((c) => c.PLAN_RULES),
        publicUrl,
        notifier,
        progression: PROGRESSION_DEPS,
      }),
    )
    .route('/', stageRoutes({ db, now, deps: STAGE_VIEWS }))
    .route('/', accountRoutes({ db, now }))
    .route(
      '/',
      fhirExportRoutes({ db, now, publicUrl, library: inEachLocale((c) => c.LIBRARY.exercises) }),
    )
    .route('/', reminderRoutes({ db, now, publicUrl }))
    .route('/', habitRoutes({ db, now, lessons: HABIT_LESSON_LIST, sources: LIBRARY.sources }))
    .route('/', adminRoutes({ db, now, directory, cancelVisit }));

  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    // Nothing past the limit is kept. The Node adapter then discards what is still on its
    // way for up to 500 ms before closing, so the client reads this answer, not a reset.
    onError: (c) =>
      problem(c, 413, 'Request too large', {
        say: 'problem.tooLarge',
        values: { kb: MAX_BODY_BYTES / 1024 },
      }),
  });
  const compressJson = compress({ threshold: 1024 });
  // Compression skips a small answer only by its stated length, which c.json does not set.
  // JSON is built whole in memory anyway, so measuring it costs one copy, made only for a
  // client that takes compressed answers (without, the server states the length itself, and
  // reading the answer's headers would cost the adapter its fast path).
  const stateJsonLength: MiddlewareHandler = async (c, next) => {
    await next();
    const type = c.res.headers.get('content-type') ?? '';
    if (!/json/.test(type) || c.res.headers.has('content-length') || !c.res.body) return;
    const body = await c.res.arrayBuffer();
    c.res = new Response(body, c.res);
    c.res.headers.set('content-length', String(body.byteLength));
  };
  const compressWhenTaken: MiddlewareHandler = (c, next) =>
    takesCompression(c.req)
      ? compressJson(c, async () => {
          await stateJsonLength(c, next);
        })
      : next();
  /** Answers carry health data, private links and tokens: no browser or proxy may keep them. */
  const noStore: Check = (c) => {
    // Set before the route runs, so a route that may be kept says so over it, and the
    // answer's headers need not be read back (which costs the Node adapter its fast path).
    c.header('cache-control', 'no-store');
    return undefined;
  };
  const limitUnboundedBody: MiddlewareHandler = (c, next) =>
    boundedBody(c.req) ? next() : limitBody(c, next);
  const app = new Hono<AppEnv>()
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
    // JSON over 1 KB goes out gzipped to clients that take it (the API document: over 5× smaller).
    .use('/api/*', compressWhenTaken)
    .get(
      '/healthz',
      documented({
        summary: 'The process is up.',
        tags: ['operations'],
        access: 'public',
        responses: { 200: { description: 'Always `{ "status": "ok" }` while the process runs.' } },
      }),
      (c) => c.json({ status: 'ok' }),
    )
    .get(
      '/readyz',
      documented({
        summary: 'The app can reach its database and take requests.',
        tags: ['operations'],
        access: 'public',
        responses: {
          200: { description: '`{ "status": "ready" }`' },
          503: { description: 'The database cannot be reached.' },
        },
      }),
      async (c) => {
        try {
          await sql`select 1`.execute(db);
          return c.json({ status: 'ready' });
        } catch (error) {
          logger.warn('readiness check failed', { error: String(error) });
          return c.json({ status: 'unavailable', detail: 'database unreachable' }, 503);
        }
      },
    )
    .get(
      '/api/openapi.json',
      documented({
        summary: 'This API document (OpenAPI 3.1), read from the routes themselves.',
        tags: ['operations'],
        access: 'public',
        responses: { 200: { description: 'The document.' } },
      }),
      async (c) => c.json(await (openapi ??= buildOpenApi(router.whole!, publicUrl))),
    )
    // A read has no body, and a body of a stated length within the limit cannot run past it
    // (Node's parser reads no further): neither needs the limiter, whose look at the body makes
    // the adapter build a whole web Request around a stream (it cut plan previews to a third).
    .use('/api/*', limitUnboundedBody)
    .use(
      '/api/*',
      checksInOrder(
        noStore,
        clientAddress(trustProxy),
        requireJsonForWrites,
        textGuard,
        loadSession(db, now),
        csrfProtection(secret, publicUrl, LINK_TOKEN_ROUTES),
      ),
    )
    .route('/api/v1', api)
    // The FHIR API reads the same records under the same sign-in and the same text guard; it
    // only ever reads, and every refusal is its own OperationOutcome.
    .use(
      '/fhir/*',
      checksInOrder(noStore, clientAddress(trustProxy), fhirTextGuard, loadSession(db, now)),
    )
    .route(
      '/fhir/R4',
      fhirApiRoutes({
        db,
        scheduling,
        now,
        publicUrl,
        library: inEachLocale((c) => c.LIBRARY.exercises),
      }),
    );

  router.whole = app;
  app.all('/api/*', (c) =>
    problem(c, 404, 'Not found', {
      say: 'problem.noRoute',
      values: { method: c.req.method, path: c.req.path },
    }),
  );
  // Anything else no route takes (a POST to a page, say) is refused the same way.
  app.notFound((c) =>
    problem(c, 404, 'Not found', {
      say: 'problem.nothingHere',
      values: { method: c.req.method, path: c.req.path },
    }),
  );
  app.onError((error, c) => {
    if (isForeignKeyViolation(error))
      return problem(c, 409, 'Changed meanwhile', { say: 'problem.changedMeanwhile' });
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
    return problem(c, 500, 'Internal error', {
      say: 'problem.internal',
      values: { id: c.get('requestId') },
    });
  });
  return app;
}

export type AppType = ReturnType<typeof createApp>;
