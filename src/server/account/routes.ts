import { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { z } from 'zod';
import { summarizeProgress } from '../../domain/progress/progress';
import { audit } from '../db/audit';
import type { Db } from '../db/create-db';
import { listLogs, listSessions, toDailyLog } from '../db/patient-records';
import { currentUser, requireRole, SESSION_COOKIE, type AppEnv } from '../http/auth';
import type { RouteDoc } from '../http/openapi';
import { problem } from '../http/problem';
import { jsonBody, query } from '../http/validate';
import { IsoDateSchema } from '../../domain/progress/progress';
import { progressCsv, progressPdf } from './export';

const DeleteSchema = z.strictObject({ confirmEmail: z.string().min(3).max(254) });
const ExportQuery = z.strictObject({ today: IsoDateSchema });

export const accountDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/v1/me/export.csv',
    summary: 'Everything you logged, as CSV.',
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
    responses: { 204: { description: 'Deleted.' } },
  },
];

export function accountRoutes({ db, now }: { db: Db; now: () => Date }) {
  return new Hono<AppEnv>()
    .get('/me/export.csv', requireRole('patient'), async (c) => {
      const user = currentUser(c);
      const [logs, sessions] = await Promise.all([
        listLogs(db, user.id),
        listSessions(db, user.id),
      ]);
      await audit(db, {
        actor: user.id,
        action: 'data.exported',
        subject: user.id,
        detail: { format: 'csv' },
        at: now().getTime(),
        requestId: c.get('requestId'),
      });
      return c.body(
        progressCsv(
          logs.map(toDailyLog),
          sessions.map((s) => ({ date: s.local_date, outcome: s.outcome, items: s.items })),
        ),
        200,
        {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': 'attachment; filename="reliefpath-progress.csv"',
        },
      );
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
      await db.transaction().execute(async (trx) => {
        const future = await trx
          .selectFrom('appointment')
          .select('id')
          .where('patient_user_id', '=', user.id)
          .where('status', '=', 'booked')
          .where('starts_at', '>', at)
          .execute();
        if (future.length > 0) {
          await trx
            .deleteFrom('appointment_claim')
            .where(
              'appointment_id',
              'in',
              future.map((a) => a.id),
            )
            .execute();
          await trx
            .updateTable('appointment')
            .set({ status: 'cancelled', cancelled_at: at })
            .where(
              'id',
              'in',
              future.map((a) => a.id),
            )
            .execute();
        }
        await trx
          .updateTable('appointment')
          .set({
            guest_name: 'Deleted account',
            guest_email: 'deleted@invalid',
            guest_phone: '',
            patient_user_id: null,
          })
          .where('patient_user_id', '=', user.id)
          .execute();
        await trx.deleteFrom('outbox').where('to_email', '=', user.email).execute();
        await trx.deleteFrom('pending_sign_up').where('email', '=', user.email).execute();
        // Logs, sessions, check-ins, programs, care-team links and sessions go with the account.
        await trx.deleteFrom('user_account').where('id', '=', user.id).execute();
      });
      await audit(db, {
        actor: user.id,
        action: 'account.deleted',
        subject: user.id,
        at,
        requestId: c.get('requestId'),
      });
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    });
}
