import { Hono } from 'hono';
import { documented } from '../http/openapi';
import { WORDS } from '../../../content/messages/words';
import type { Db } from '../db/create-db';
import { currentUser, requireRole, type AppEnv } from '../http/auth';

import { requestLocale } from '../http/locale';
import { PROBLEM_TYPE, problem } from '../http/problem';
import { idParam, jsonBody, params } from '../http/validate';
import { bookedVisits, lockTherapist } from './queries';
import { clinicOfTherapist, refuseUnlessManaged } from './scope';
import {
  TimeOffInputSchema,
  TimeOffResultSchema,
  VisitsInTheWaySchema,
  type StaffVisit,
} from './schemas';

const TherapistParams = idParam('Therapist id');
const TimeOffParams = idParam('Time-off id');

type Deps = {
  db: Db;
  /** Cancels a visit the way the patient's own link does, and emails them; true if it did. */
  cancelVisit: (id: string) => Promise<boolean>;
  log: (
    c: { get: (k: 'requestId') => string },
    actor: string,
    action: string,
    detail: Record<string, unknown>,
  ) => Promise<void>;
};

const sameVisits = (ids: readonly string[], visits: readonly StaffVisit[]) =>
  ids.length === visits.length && visits.every((v) => ids.includes(v.id));

export function timeOffRoutes({ db, cancelVisit, log }: Deps) {
  return new Hono<AppEnv>()
    .use('/admin/*', requireRole('admin'))
    .post(
      '/admin/therapists/:id/time-off',
      documented({
        summary:
          'Block time off; it disappears from bookable slots at once. When visits are booked in that time, the answer is a 409 listing them, and the request is sent again with bookedVisits saying whether to cancel them (each patient is emailed) or keep them.',
        tags: ['admin'],
        access: 'admin',
        responses: {
          201: { description: 'Created.', schema: TimeOffResultSchema },
          404: { description: 'No such therapist.' },
          409: {
            description:
              'Visits are booked in this time (or the list sent is out of date): decide what happens to these.',
            schema: VisitsInTheWaySchema,
            contentType: 'application/problem+json',
          },
        },
      }),
      params(TherapistParams),
      jsonBody(TimeOffInputSchema),
      async (c) => {
        const therapistId = c.req.valid('param').id;
        const refused = await refuseUnlessManaged(db, c, await clinicOfTherapist(db, therapistId));
        if (refused) return refused;
        const body = c.req.valid('json');
        const [start, end] = [Date.parse(body.start), Date.parse(body.end)];
        // Under the therapist's lock a booking in flight either finished first (and is in the
        // list) or waits and is then refused by the database (migration 0016).
        const outcome = await db.transaction().execute(async (trx) => {
          await lockTherapist(trx, therapistId);
          const therapist = await trx
            .selectFrom('therapist')
            .select('id')
            .where('id', '=', therapistId)
            .executeTakeFirst();
          if (!therapist) return { kind: 'missing' as const };
          const visits = await bookedVisits(trx, {
            therapistId,
            from: start,
            to: end,
            overlapping: true,
          });
          const decision = body.bookedVisits;
          if (visits.length > 0 && !(decision && sameVisits(decision.ids, visits)))
            return { kind: 'ask' as const, visits, stale: decision !== undefined };
          const id = crypto.randomUUID();
          await trx
            .insertInto('time_off')
            .values({
              id,
              therapist_id: therapistId,
              starts_at: start,
              ends_at: end,
              reason: body.reason,
            })
            .execute();
          return { kind: 'saved' as const, id, visits, action: decision?.action ?? 'keep' };
        });
        if (outcome.kind === 'missing')
          return problem(c, 404, 'Not found', { say: 'problem.noTherapist' });
        if (outcome.kind === 'ask') {
          const locale = requestLocale(c);
          const detail = WORDS[locale].say(
            outcome.stale ? 'problem.visitsChanged' : 'problem.visitsInTheWay',
            { count: outcome.visits.length },
          );
          return c.body(
            JSON.stringify({
              type: 'about:blank',
              title: 'Visits booked in this time',
              status: 409,
              detail,
              visits: outcome.visits,
            }),
            409,
            { 'content-type': PROBLEM_TYPE, 'content-language': locale },
          );
        }
        // After the time off is saved (so nothing new lands there), through the booking path.
        let cancelled = 0;
        if (outcome.action === 'cancel')
          for (const visit of outcome.visits) if (await cancelVisit(visit.id)) cancelled++;
        await log(c, currentUser(c).id, 'time-off.created', {
          id: outcome.id,
          therapistId,
          cancelled,
          kept: outcome.visits.length - cancelled,
        });
        return c.json({ id: outcome.id, cancelled, kept: outcome.visits.length - cancelled }, 201);
      },
    )
    .delete(
      '/admin/time-off/:id',
      documented({
        summary: 'Remove a time-off block; its hours are bookable again.',
        tags: ['admin'],
        access: 'admin',
        responses: { 200: { description: 'Done.' }, 404: { description: 'No such time off.' } },
      }),
      params(TimeOffParams),
      async (c) => {
        const { id } = c.req.valid('param');
        const off = await db
          .selectFrom('time_off')
          .innerJoin('therapist', 'therapist.id', 'time_off.therapist_id')
          .select('therapist.clinic_id')
          .where('time_off.id', '=', id)
          .executeTakeFirst();
        const refused = await refuseUnlessManaged(db, c, off?.clinic_id);
        if (refused) return refused;
        const { numDeletedRows } = await db
          .deleteFrom('time_off')
          .where('id', '=', id)
          .executeTakeFirst();
        if (numDeletedRows === 0n)
          return problem(c, 404, 'Not found', { say: 'problem.noTimeOff' });
        await log(c, currentUser(c).id, 'time-off.removed', { id });
        return c.json({ id }, 200);
      },
    );
}
