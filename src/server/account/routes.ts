import { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { z } from 'zod';
import { summarizeProgress } from '../../domain/progress/progress';
import { prescriptionFor } from '../db/prescriptions';
import { audit } from '../db/audit';
import type { Db } from '../db/create-db';
import { listLogs, listSessions, toDailyLog } from '../db/patient-records';
import { currentUser, requireRole, SESSION_COOKIE, type AppEnv } from '../http/auth';
import type { RouteDoc } from '../http/openapi';
import { problem } from '../http/problem';
import { jsonBody, query } from '../http/validate';
import { IsoDateSchema } from '../../domain/progress/progress';
import { progressCsv, progressPdf } from './export';
import { deleteAccount, exportRecords } from './queries';

const DeleteSchema = z.strictObject({ confirmEmail: z.string().min(3).max(254) });
const ExportQuery = z.strictObject({ today: IsoDateSchema });
const count = z.number().int().min(0);
const DeletedSchema = z.strictObject({
  deleted: z.strictObject({
    dailyLogs: count,
    sessions: count,
    checkins: count,
    programVersions: count,
    appointmentsCancelled: count,
  }),
});

export const accountDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/v1/me/export.csv',
    summary:
      'Everything you logged, as CSV: one row per daily log, per session and per check-in after an exercise.',
    tags: ['account'],
    access: 'patient',
    responses: { 200: { description: 'text/csv' } },
  },
  {
    method: 'get',
    path: '/api/v1/me/export.pdf',
    summary: 'A printable summary of your progress (PDF).',
    tags: ['account'],
    access: 'patient',
    query: ExportQuery,
    responses: { 200: { description: 'application/pdf' } },
  },
  {
    method: 'delete',
    path: '/api/v1/me',
    summary:
      'Delete your account and health data for good (the audit trail of access is kept). Confirm with your email.',
    tags: ['account'],
    access: 'patient',
    body: DeleteSchema,
    responses: {
      200: { description: 'Deleted: how many of each record went.', schema: DeletedSchema },
    },
  },
];

export function accountRoutes({ db, now }: { db: Db; now: () => Date }) {
  return new Hono<AppEnv>()
    .get('/me/export.csv', requireRole('patient'), async (c) => {
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
      return c.body(progressCsv(records.logs, records.sessions, records.checkins), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="reliefpath-progress.csv"',
      });
    })
    .get('/me/export.pdf', requireRole('patient'), query(ExportQuery), async (c) => {
      const user = currentUser(c);
      const [logs, sessions] = await Promise.all([
        listLogs(db, user.id),
        listSessions(db, user.id),
      ]);
      const daily = logs.map(toDailyLog);
      const progress = summarizeProgress(
        daily,
        sessions.map((s) => ({ date: s.local_date, outcome: s.outcome })),
        c.req.valid('query').today,
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
      return c.body(
        (await progressPdf(user.name, progress, daily)) as Uint8Array<ArrayBuffer>,
        200,
        {
          'content-type': 'application/pdf',
          'content-disposition': 'attachment; filename="reliefpath-summary.pdf"',
        },
      );
    })
    .delete('/me', requireRole('patient'), jsonBody(DeleteSchema), async (c) => {
      const user = currentUser(c);
      if (c.req.valid('json').confirmEmail.trim().toLowerCase() !== user.email)
        return problem(
          c,
          400,
          'Invalid request',
          'Type the email address of this account to confirm.',
        );
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
    });
}
