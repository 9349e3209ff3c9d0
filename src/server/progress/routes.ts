import { Hono } from 'hono';
import { documented } from '../http/openapi';
import { requestLocale } from '../http/locale';
import { z } from 'zod';
import { unknownVariant, type Exercise } from '../../domain/exercises/library';
import { missedADay } from '../../domain/monitoring/notices';
import { DailyLogSchema, IsoDateSchema, summarizeProgress } from '../../domain/progress/progress';
import { outcomeByExercise } from '../../domain/session/player';
import { audit } from '../db/audit';
import type { Db } from '../db/create-db';
import { isUniqueViolation } from '../db/errors';
import { currentUser, requireRole, type AppEnv } from '../http/auth';

import { fieldSaid, fieldsProblem } from '../http/problem';
import { implausibleDay } from '../http/loggable-day';
import { jsonBody, params, query } from '../http/validate';
import { lastRedFlagAt, listLogs, listSessions, toDailyLog } from '../db/patient-records';
import type { Notifier } from '../notify/notifier';
import { findSession, saveSession, upsertLog } from './queries';
import { prescriptionFor } from '../db/prescriptions';
import { reviewProgression, type ProgressionDeps } from '../db/progression-state';
import { recheckFor } from './recheck';
import {
  ProgressQuerySchema,
  ProgressSchema,
  SafetyRecheckSchema,
  SavedLogSchema,
  SavedSessionSchema,
  SessionSummarySchema,
} from './schemas';
import { WORDS } from '../../../content/messages/words';

const LogDateParams = z.strictObject({
  date: IsoDateSchema.describe('Your local date, YYYY-MM-DD'),
});

type Deps = {
  db: Db;
  now: () => Date;
  notifier: Notifier;
  exercises: readonly Exercise[];
  progression: ProgressionDeps;
};

export function progressRoutes({ db, now, notifier, exercises, progression }: Deps) {
  const summarizeSession = (row: {
    id: string;
    local_date: string;
    outcome: 'finished' | 'stopped';
    started_at: number;
    items: string;
  }) => {
    const items = z
      .array(
        z.object({
          exerciseId: z.string(),
          outcome: z.enum(['done', 'skipped', 'stopped']),
          checkin: z.unknown(),
        }),
      )
      .parse(JSON.parse(row.items));
    const done = [...outcomeByExercise(items).values()].filter((o) => o === 'done').length;
    return {
      id: row.id,
      localDate: row.local_date,
      outcome: row.outcome,
      startedAt: new Date(row.started_at).toISOString(),
      exercises: done,
      checkins: items.filter((i) => i.checkin !== null).length,
    };
  };
  return new Hono<AppEnv>()
    .post(
      '/me/sessions',
      documented({
        summary:
          'Save a finished or stopped session with its check-ins; the idempotency key makes resends count once.',
        tags: ['progress'],
        access: 'patient',
        responses: {
          201: { description: 'Saved.', schema: SessionSummarySchema },
          200: { description: 'Already saved (same key).', schema: SessionSummarySchema },
        },
      }),
      requireRole('patient'),
      jsonBody(SavedSessionSchema),
      async (c) => {
        const user = currentUser(c);
        const session = c.req.valid('json');
        const outOfRange = await implausibleDay(c, db, {
          userId: user.id,
          day: session.localDate,
          field: 'localDate',
          at: now().getTime(),
        });
        if (outOfRange) return outOfRange;
        const reports = session.items.flatMap((item, i) =>
          item.checkin ? [{ i, ...item.checkin.report }] : [],
        );
        const mismatch = unknownVariant(exercises, [...session.items, ...reports]);
        if (mismatch) {
          const report = reports[mismatch.index - session.items.length];
          const field = report
            ? `items.${report.i}.checkin.report.variant`
            : `items.${mismatch.index}.variant`;
          return fieldsProblem(c, [
            fieldSaid(c, field, 'issue.unknownVariant', {
              variant: mismatch.variant,
              exercise: mismatch.exerciseId,
              known: mismatch.known.join(', '),
            }),
          ]);
        }
        const existing = await findSession(db, user.id, session.idempotencyKey);
        if (existing) return c.json(summarizeSession(existing), 200);
        const id = crypto.randomUUID();
        try {
          await saveSession(db, id, user.id, session, now().getTime());
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
        // Before answering, so the next page already shows a step back or an offer.
        await reviewProgression(db, progression, user.id, session.localDate, now().getTime());
        notifier.patientChanged(user.id, session.localDate);
        // Summarised from what was just written, not read back: the account may already be gone.
        const saved = {
          id,
          local_date: session.localDate,
          outcome: session.outcome,
          started_at: Date.parse(session.startedAt),
          items: JSON.stringify(session.items),
        };
        return c.json(summarizeSession(saved), 201);
      },
    )
    .get(
      '/me/sessions',
      documented({
        summary: 'Your saved sessions, newest first.',
        tags: ['progress'],
        access: 'patient',
        responses: { 200: { description: 'Sessions.', schema: z.array(SessionSummarySchema) } },
      }),
      requireRole('patient'),
      async (c) => {
        return c.json((await listSessions(db, currentUser(c).id)).map(summarizeSession), 200);
      },
    )
    .put(
      '/me/logs/:date',
      documented({
        summary: "Record or correct a day's leg and back pain (0–10), functional scores and notes.",
        tags: ['progress'],
        access: 'patient',
        responses: {
          200: {
            description:
              'Saved. `safetyRecheck` says when this change means the warning-sign questions must be answered again before the next plan.',
            schema: SavedLogSchema,
          },
        },
      }),
      requireRole('patient'),
      params(LogDateParams),
      jsonBody(DailyLogSchema),
      async (c) => {
        const user = currentUser(c);
        const { date } = c.req.valid('param');
        const at = now().getTime();
        const outOfRange = await implausibleDay(c, db, {
          userId: user.id,
          day: date,
          field: 'date',
          at,
        });
        if (outOfRange) return outOfRange;
        const log = c.req.valid('json');
        await upsertLog(db, {
          user_id: user.id,
          local_date: date,
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
          detail: { date },
          at,
          requestId: c.get('requestId'),
        });
        await reviewProgression(db, progression, user.id, date, at);
        notifier.patientChanged(user.id, date);
        return c.json({ date, ...log, safetyRecheck: await recheckFor(db, user.id) }, 200);
      },
    )
    .get(
      '/me/safety-recheck',
      documented({
        summary:
          'Whether worse symptoms mean the warning-sign questions must be answered again before the next plan, and why.',
        tags: ['progress'],
        access: 'patient',
        responses: {
          200: {
            description: 'Null when no re-check is due.',
            schema: z.strictObject({ safetyRecheck: SafetyRecheckSchema }),
          },
        },
      }),
      requireRole('patient'),
      async (c) => c.json({ safetyRecheck: await recheckFor(db, currentUser(c).id) }, 200),
    )
    .get(
      '/me/progress',
      documented({
        summary:
          'Logs, sessions, pain against baseline with the MCID, adherence, streak and a plain-words summary.',
        tags: ['progress'],
        access: 'patient',
        responses: { 200: { description: 'Your progress.', schema: ProgressSchema } },
      }),
      requireRole('patient'),
      query(ProgressQuerySchema),
      async (c) => {
        const user = currentUser(c);
        const { today } = c.req.valid('query');
        const [logs, sessions, flaggedAt, prescription] = await Promise.all([
          listLogs(db, user.id),
          listSessions(db, user.id),
          lastRedFlagAt(db, user.id),
          prescriptionFor(db, user.id),
        ]);
        const safetyRecheck = await recheckFor(db, user.id, logs);
        const views = logs.map(toDailyLog);
        const progress = summarizeProgress(
          views,
          sessions.map((s) => ({ date: s.local_date, outcome: s.outcome })),
          today,
          WORDS[requestLocale(c)],
          7,
          prescription,
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
            safetyRecheck,
          },
          200,
        );
      },
    );
}
