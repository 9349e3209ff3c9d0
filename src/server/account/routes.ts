import { Hono } from 'hono';
import { documented } from '../http/openapi';
import { deleteCookie } from 'hono/cookie';
import { z } from 'zod';
import { summarizeProgress } from '../../domain/progress/progress';
import { currentProgram, prescriptionFor } from '../db/prescriptions';
import { audit } from '../db/audit';
import type { Db } from '../db/create-db';
import { listHabitChecks, listLogs, listSessions, toDailyLog } from '../db/patient-records';
import { currentUser, requireRole, SESSION_COOKIE, type AppEnv } from '../http/auth';

import { problem } from '../http/problem';
import { jsonBody, query } from '../http/validate';
import { IsoDateSchema } from '../../domain/progress/progress';
import { outcomeByExercise } from '../../domain/session/player';
import { ProgramSchema } from '../../domain/personalization/program';
import { progressCsv } from './export';
import { habitPrintRange, progressPdf, type CurrentExercises } from './summary-pdf';
import { deleteAccount, exportRecords } from './queries';
import { WORDS } from '../../../content/messages/words';

const DeleteSchema = z.strictObject({ confirmEmail: z.string().min(3).max(254) });
const ExportQuery = z.strictObject({ today: IsoDateSchema });
const count = z.number().int().min(0);
const DeletedSchema = z.strictObject({
  deleted: z.strictObject({
    dailyLogs: count,
    sessions: count,
    checkins: count,
    programVersions: count,
    habitChecks: count,
    appointmentsCancelled: count,
  }),
});

const SessionItemsSchema = z.array(
  z.object({
    exerciseId: z.string(),
    variant: z.string(),
    outcome: z.enum(['done', 'skipped', 'stopped']),
    heldSeconds: z.number(),
  }),
);

/** The exercises of the newest session, once each (a two-sided stretch is one exercise). */
function latestSession(
  sessions: readonly { local_date: string; started_at: number; items: string }[],
): CurrentExercises {
  const newest = [...sessions].sort((a, b) => Number(b.started_at) - Number(a.started_at))[0];
  if (!newest) return null;
  const records = SessionItemsSchema.catch([]).parse(JSON.parse(newest.items));
  const outcomes = outcomeByExercise(records);
  const items = [...outcomes].map(([exerciseId, outcome]) => {
    const own = records.filter((r) => r.exerciseId === exerciseId);
    return {
      exerciseId,
      variant: own.at(-1)!.variant,
      outcome,
      heldSeconds: own.reduce((sum, r) => sum + r.heldSeconds, 0),
    };
  });
  return items.length ? { source: 'session', date: newest.local_date, items } : null;
}

export function accountRoutes({ db, now }: { db: Db; now: () => Date }) {
  return new Hono<AppEnv>()
    .get(
      '/me/export.csv',
      documented({
        summary:
          'Everything you logged, as CSV: one row per daily log, per session, per check-in after an exercise and per answer to a daily habit question.',
        tags: ['account'],
        access: 'patient',
        responses: { 200: { description: 'text/csv' } },
      }),
      requireRole('patient'),
      async (c) => {
        const user = currentUser(c);
        const records = await exportRecords(db, user.id);
        await audit(db, {
          actor: user.id,
          action: 'data.exported',
          subject: user.id,
          detail: { format: 'csv' },
          at: now().getTime(),
          requestId: c.get('requestId'),
        });
        return c.body(
          progressCsv(records.logs, records.sessions, records.checkins, records.habits),
          200,
          {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': 'attachment; filename="reliefpath-progress.csv"',
          },
        );
      },
    )
    .get(
      '/me/export.pdf',
      documented({
        summary:
          'A printable summary of your progress (PDF): pain and weekly adherence as charts, your current exercises, your everyday habits, and every day you logged, over as many pages as that takes.',
        tags: ['account'],
        access: 'patient',
        responses: { 200: { description: 'application/pdf' } },
      }),
      requireRole('patient'),
      query(ExportQuery),
      async (c) => {
        const user = currentUser(c);
        const { today } = c.req.valid('query');
        const [logs, sessions, program, habitChecks] = await Promise.all([
          listLogs(db, user.id),
          listSessions(db, user.id),
          currentProgram(db, user.id),
          listHabitChecks(db, user.id, habitPrintRange(today)),
        ]);
        const daily = logs.map(toDailyLog);
        const progress = summarizeProgress(
          daily,
          sessions.map((s) => ({ date: s.local_date, outcome: s.outcome })),
          today,
          WORDS[user.locale],
          7,
          await prescriptionFor(db, user.id),
        );
        await audit(db, {
          actor: user.id,
          action: 'data.exported',
          subject: user.id,
          detail: { format: 'pdf' },
          at: now().getTime(),
          requestId: c.get('requestId'),
        });
        const pdf = await progressPdf({
          name: user.name,
          today,
          progress,
          logs: daily,
          exercises: program
            ? {
                source: 'program',
                version: program.version,
                therapistName: program.therapist_name,
                items: ProgramSchema.parse(JSON.parse(program.program)).items,
              }
            : latestSession(sessions),
          habitChecks,
          locale: user.locale,
        });
        return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
          'content-type': 'application/pdf',
          'content-disposition': 'attachment; filename="reliefpath-summary.pdf"',
        });
      },
    )
    .delete(
      '/me',
      documented({
        summary:
          'Delete your account and health data for good (the audit trail of access is kept). Confirm with your email.',
        tags: ['account'],
        access: 'patient',
        responses: {
          200: { description: 'Deleted: how many of each record went.', schema: DeletedSchema },
        },
      }),
      requireRole('patient'),
      jsonBody(DeleteSchema),
      async (c) => {
        const user = currentUser(c);
        if (c.req.valid('json').confirmEmail.trim().toLowerCase() !== user.email)
          return problem(c, 400, 'Invalid request', { say: 'problem.confirmEmail' });
        const at = now().getTime();
        const deleted = await deleteAccount(db, user, at);
        await audit(db, {
          actor: user.id,
          action: 'account.deleted',
          subject: user.id,
          detail: deleted,
          at,
          requestId: c.get('requestId'),
        });
        deleteCookie(c, SESSION_COOKIE, { path: '/' });
        return c.json({ deleted } satisfies z.infer<typeof DeletedSchema>, 200);
      },
    );
}
