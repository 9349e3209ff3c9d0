import { Hono } from 'hono';
import { z } from 'zod';
import { missedADay } from '../../domain/monitoring/notices';
import { DailyLogSchema, IsoDateSchema, summarizeProgress } from '../../domain/progress/progress';
import { audit } from '../db/audit';
import type { Db } from '../db/create-db';
import { isUniqueViolation } from '../db/errors';
import { currentUser, requireRole, type AppEnv } from '../http/auth';
import type { RouteDoc } from '../http/openapi';
import { problem, validationProblem } from '../http/problem';
import { jsonBody, query } from '../http/validate';
import { lastRedFlagAt, listLogs, listSessions, toDailyLog } from '../db/patient-records';
import type { Notifier } from '../notify/notifier';
import { findSession, saveSession, upsertLog } from './queries';
import {
  DailyLogViewSchema,
  ProgressQuerySchema,
  ProgressSchema,
  SavedSessionSchema,
  SessionSummarySchema,
} from './schemas';

export const progressDocs: RouteDoc[] = [
  {
    method: 'post',
    path: '/api/v1/me/sessions',
    summary:
      'Save a finished or stopped session with its check-ins; the idempotency key makes resends count once.',
    tags: ['progress'],
    access: 'patient',
    body: SavedSessionSchema,
    responses: {
      201: { description: 'Saved.', schema: SessionSummarySchema },
      200: { description: 'Already saved (same key).', schema: SessionSummarySchema },
    },
  },
  {
    method: 'get',
    path: '/api/v1/me/sessions',
    summary: 'Your saved sessions, newest first.',
    tags: ['progress'],
    access: 'patient',
    responses: { 200: { description: 'Sessions.', schema: z.array(SessionSummarySchema) } },
  },
  {
    method: 'put',
    path: '/api/v1/me/logs/{date}',
    summary: "Record or correct a day's leg and back pain (0–10), functional scores and notes.",
    tags: ['progress'],
    access: 'patient',
    params: { date: 'Your local date, YYYY-MM-DD' },
    body: DailyLogSchema,
    responses: { 200: { description: 'Saved.', schema: DailyLogViewSchema } },
  },
  {
    method: 'get',
    path: '/api/v1/me/progress',
    summary:
      'Logs, sessions, pain against baseline with the MCID, adherence, streak and a plain-words summary.',
    tags: ['progress'],
    access: 'patient',
    query: ProgressQuerySchema,
    responses: { 200: { description: 'Your progress.', schema: ProgressSchema } },
  },
];

type Deps = { db: Db; now: () => Date; notifier: Notifier };

export function progressRoutes({ db, now, notifier }: Deps) {
  const summarizeSession = (row: {
    id: string;
    local_date: string;
    outcome: 'finished' | 'stopped';
    started_at: number;
    items: string;
  }) => {
    const items = z
      .array(z.object({ outcome: z.string(), checkin: z.unknown() }))
      .parse(JSON.parse(row.items));
    return {
      id: row.id,
      localDate: row.local_date,
      outcome: row.outcome,
      startedAt: new Date(row.started_at).toISOString(),
      exercises: items.filter((i) => i.outcome === 'done').length,
      checkins: items.filter((i) => i.checkin !== null).length,
    };
  };
  return new Hono<AppEnv>()
    .post('/me/sessions', requireRole('patient'), jsonBody(SavedSessionSchema), async (c) => {
      const user = currentUser(c);
      const session = c.req.valid('json');
      const existing = await findSession(db, user.id, session.idempotencyKey);
      if (existing) return c.json(summarizeSession(existing), 200);
      const id = crypto.randomUUID();
      try {
        await saveSession(db, id, user.id, session);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        const raced = await findSession(db, user.id, session.idempotencyKey);
        if (raced) return c.json(summarizeSession(raced), 200);
        throw error;
      }
      await audit(db, {
        actor: user.id,
        action: 'session.saved',
        subject: user.id,
        detail: { sessionId: id },
        at: now().getTime(),
        requestId: c.get('requestId'),
      });
      notifier.patientChanged(user.id, session.localDate);
      return c.json(
        summarizeSession((await findSession(db, user.id, session.idempotencyKey))!),
        201,
      );
    })
    .get('/me/sessions', requireRole('patient'), async (c) => {
      return c.json((await listSessions(db, currentUser(c).id)).map(summarizeSession), 200);
    })
    .put('/me/logs/:date', requireRole('patient'), jsonBody(DailyLogSchema), async (c) => {
      const user = currentUser(c);
      const date = IsoDateSchema.safeParse(c.req.param('date'));
      if (!date.success) return validationProblem(c, date.error, 'date in the path');
      const log = c.req.valid('json');
      const at = now().getTime();
      if (Date.parse(date.data) > at + 36 * 3600_000)
        return problem(
          c,
          400,
          'Invalid request',
          'Fix the date: you can log today or earlier days, not the future.',
        );
      await upsertLog(db, {
        user_id: user.id,
        local_date: date.data,
        leg_pain: log.legPain,
        back_pain: log.backPain,
        psfs: JSON.stringify(log.psfs),
        notes: log.notes,
        updated_at: at,
      });
      await audit(db, {
        actor: user.id,
        action: 'log.saved',
        subject: user.id,
        detail: { date: date.data },
        at,
        requestId: c.get('requestId'),
      });
      notifier.patientChanged(user.id, date.data);
      return c.json({ date: date.data, ...log }, 200);
    })
    .get('/me/progress', requireRole('patient'), query(ProgressQuerySchema), async (c) => {
      const user = currentUser(c);
      const { today } = c.req.valid('query');
      const [logs, sessions, flaggedAt] = await Promise.all([
        listLogs(db, user.id),
        listSessions(db, user.id),
        lastRedFlagAt(db, user.id),
      ]);
      const views = logs.map(toDailyLog);
      const progress = summarizeProgress(
        views,
        sessions.map((s) => ({ date: s.local_date, outcome: s.outcome })),
        today,
      );
      const lastActive =
        [...logs.map((l) => l.local_date), ...sessions.map((s) => s.local_date)].sort().at(-1) ??
        null;
      return c.json(
        {
          logs: views,
          sessions: sessions.map(summarizeSession),
          progress,
          missedADay: missedADay({ today, lastActive, lastRedFlagAt: flaggedAt }),
        },
        200,
      );
    });
}
