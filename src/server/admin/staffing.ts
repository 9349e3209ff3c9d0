import { Hono } from 'hono';
import { documented, type RouteWords } from '../http/openapi';
import type { ClinicDirectory } from '../db/clinic-directory';
import type { Db } from '../db/create-db';
import { currentUser, requireRole, type AppEnv } from '../http/auth';

import { problem } from '../http/problem';
import { idParam, jsonBody, params } from '../http/validate';
import { bookedVisits, lockTherapist } from './queries';
import { clinicOfTherapist, refuseUnlessManaged } from './scope';
import { adminWords } from './docs';
import { TherapistUpdateSchema, VisitsToMoveSchema } from './schemas';

const TherapistParams = idParam('Therapist id');
const ClinicParams = idParam('Clinic id');
/** These answers carry the future visits staff must now move. */
const STAFFING_RESPONSES: RouteWords['responses'] = {
  200: {
    description: 'Done, with the future visits staff must now move.',
    schema: VisitsToMoveSchema,
  },
  404: { description: 'No such therapist or location.' },
};
const staffingWords = (summary: string, extra: Partial<RouteWords> = {}) =>
  adminWords(summary, { responses: STAFFING_RESPONSES, ...extra });

type Deps = {
  db: Db;
  now: () => Date;
  directory: ClinicDirectory;
  log: (
    c: { get: (k: 'requestId') => string },
    actor: string,
    action: string,
    detail: Record<string, unknown>,
  ) => Promise<void>;
};

/**
 * Deactivating and closing are single guarded UPDATEs. On PostgreSQL the row they update is the
 * one a booking in flight holds a share lock on (migration 0016), so the UPDATE waits for that
 * booking to finish and the list read after it includes it; a booking that comes later is
 * refused by the database. The list is therefore complete whichever wins.
 */
export function staffingRoutes({ db, now, directory, log }: Deps) {
  const stranded = (clinicId: string) =>
    bookedVisits(db, { clinicId, from: now().getTime(), stranded: true });
  return new Hono<AppEnv>()
    .use('/admin/*', requireRole('admin'))
    .put(
      '/admin/therapists/:id',
      documented(
        staffingWords(
          "Change a therapist's name, credentials and bio, or deactivate them (active: false): they get no new slots and can't be booked; their future visits are listed to move. active: true takes them back.",
        ),
      ),
      params(TherapistParams),
      jsonBody(TherapistUpdateSchema),
      async (c) => {
        const { id } = c.req.valid('param');
        const refused = await refuseUnlessManaged(db, c, await clinicOfTherapist(db, id));
        if (refused) return refused;
        const body = c.req.valid('json');
        const at = now().getTime();
        const result = await db.transaction().execute(async (trx) => {
          await lockTherapist(trx, id);
          const before = await trx
            .selectFrom('therapist')
            .select(['clinic_id', 'deactivated_at'])
            .where('id', '=', id)
            .executeTakeFirst();
          if (!before) return null;
          await trx
            .updateTable('therapist')
            .set({
              name: body.name,
              credentials: body.credentials,
              bio: body.bio,
              deactivated_at: body.active ? null : (before.deactivated_at ?? at),
            })
            .where('id', '=', id)
            .execute();
          return {
            clinicId: before.clinic_id,
            changed: body.active !== (before.deactivated_at === null),
            visitsToMove: body.active ? [] : await bookedVisits(trx, { therapistId: id, from: at }),
          };
        });
        if (!result) return problem(c, 404, 'Not found', { say: 'problem.noTherapist' });
        const action = !result.changed
          ? 'therapist.updated'
          : body.active
            ? 'therapist.reactivated'
            : 'therapist.deactivated';
        await log(c, currentUser(c).id, action, { id });
        return c.json({ id, visitsToMove: result.visitsToMove }, 200);
      },
    )
    .post(
      '/admin/clinics/:id/close',
      documented(
        staffingWords(
          'Close a location: it offers no slots and leaves clinic search; its future visits are listed to move.',
        ),
      ),
      params(ClinicParams),
      async (c) => {
        const { id } = c.req.valid('param');
        const refused = await refuseUnlessManaged(db, c, id);
        if (refused) return refused;
        const at = now().getTime();
        const visits = await db.transaction().execute(async (trx) => {
          const found = await trx
            .updateTable('clinic')
            .set((eb) => ({ closed_at: eb.fn.coalesce('closed_at', eb.val(at)) }))
            .where('id', '=', id)
            .returning('id')
            .executeTakeFirst();
          return found ? bookedVisits(trx, { clinicId: id, from: at }) : null;
        });
        if (!visits) return problem(c, 404, 'Not found', { say: 'problem.noLocation' });
        directory.invalidate();
        await log(c, currentUser(c).id, 'clinic.closed', { id });
        return c.json({ id, visitsToMove: visits }, 200);
      },
    )
    .post(
      '/admin/clinics/:id/reopen',
      documented(staffingWords('Reopen a closed location.')),
      params(ClinicParams),
      async (c) => {
        const { id } = c.req.valid('param');
        const refused = await refuseUnlessManaged(db, c, id);
        if (refused) return refused;
        const { numUpdatedRows } = await db
          .updateTable('clinic')
          .set({ closed_at: null })
          .where('id', '=', id)
          .executeTakeFirst();
        if (numUpdatedRows === 0n)
          return problem(c, 404, 'Not found', { say: 'problem.noLocation' });
        directory.invalidate();
        await log(c, currentUser(c).id, 'clinic.reopened', { id });
        return c.json({ id, visitsToMove: await stranded(id) }, 200);
      },
    )
    .get(
      '/admin/clinics/:id/visits-to-move',
      documented(
        staffingWords(
          'Future visits at a location that nobody can keep: with a deactivated therapist, or at a closed location.',
        ),
      ),
      params(ClinicParams),
      async (c) => {
        const { id } = c.req.valid('param');
        const refused = await refuseUnlessManaged(db, c, id);
        if (refused) return refused;
        const clinic = await db
          .selectFrom('clinic')
          .select('id')
          .where('id', '=', id)
          .executeTakeFirst();
        if (!clinic) return problem(c, 404, 'Not found', { say: 'problem.noLocation' });
        await log(c, currentUser(c).id, 'visits-to-move.viewed', { clinicId: id });
        return c.json({ id, visitsToMove: await stranded(id) }, 200);
      },
    );
}
