import { Hono } from 'hono';
import { documented } from '../http/openapi';
import { issue } from '../../domain/i18n/issues';
import zipcodes from 'zipcodes';
import { z } from 'zod';
import { adminWords } from './docs';
import { SlugSchema } from '../../domain/ids';
import { slotLabel } from '../../domain/scheduling/slot-label';
import { audit } from '../db/audit';
import { parseHours } from '../db/schedules';
import type { ClinicDirectory } from '../db/clinic-directory';
import type { Db } from '../db/create-db';
import { currentUser, requireRole, type AppEnv } from '../http/auth';

import { fieldSaid, fieldsProblem, problem } from '../http/problem';
import { idParam, jsonBody, params, query } from '../http/validate';
import { chainOnly, clinicOfTherapist, manages, refuseUnlessManaged, scopeOf } from './scope';
import { staffingRoutes } from './staffing';
import { timeOffRoutes } from './time-off';
import {
  AdminClinicSchema,
  AppointmentTypeInputSchema,
  ClinicInputSchema,
  HoursInputSchema,
  ScheduleQuerySchema,
  ScheduleSchema,
  TherapistInputSchema,
} from './schemas';

const Created = z.strictObject({ id: z.string() });
const ClinicParams = idParam('Clinic id');
const TherapistParams = idParam('Therapist id');
const TypeParams = z.strictObject({
  id: SlugSchema.max(40, issue('issue.tooLongCharacters')).describe(
    'Appointment type id: lowercase words joined by hyphens, e.g. follow-up',
  ),
});

export function adminRoutes({
  db,
  now,
  directory,
  cancelVisit,
}: {
  db: Db;
  now: () => Date;
  directory: ClinicDirectory;
  /** The booking path's cancel: frees the time and emails the patient; true if it cancelled. */
  cancelVisit: (id: string) => Promise<boolean>;
}) {
  const clinicRow = (id: string, body: z.infer<typeof ClinicInputSchema>) => {
    const place = zipcodes.lookup(body.zip);
    return place
      ? {
          id,
          name: body.name,
          address: body.address,
          city: body.city,
          state: body.state,
          zip: body.zip,
          lat: place.latitude,
          lon: place.longitude,
          phone: body.phone,
          time_zone: body.timeZone,
          services: JSON.stringify(body.services),
          opening_hours: JSON.stringify(body.openingHours),
        }
      : null;
  };
  const log = (
    c: { get: (k: 'requestId') => string },
    actor: string,
    action: string,
    detail: Record<string, unknown>,
  ) =>
    audit(db, {
      actor,
      action,
      subject: null,
      detail,
      at: now().getTime(),
      requestId: c.get('requestId'),
    });

  return new Hono<AppEnv>()
    .use('/admin/*', requireRole('admin'))
    .route('/', timeOffRoutes({ db, cancelVisit, log }))
    .route('/', staffingRoutes({ db, now, directory, log }))
    .get(
      '/admin/clinics',
      documented(
        adminWords('Every location with its therapists, for the admin screens.', {
          responses: {
            200: {
              description: 'Locations.',
              schema: z.array(AdminClinicSchema),
            },
          },
        }),
      ),
      async (c) => {
        const scope = await scopeOf(db, c);
        const [all, therapists] = await Promise.all([
          db.selectFrom('clinic').selectAll().orderBy('name').execute(),
          db.selectFrom('therapist').selectAll().orderBy('name').execute(),
        ]);
        const clinics = all.filter((cl) => manages(scope, cl.id));
        return c.json(
          clinics.map((cl) => ({
            id: cl.id,
            name: cl.name,
            address: cl.address,
            city: cl.city,
            state: cl.state,
            zip: cl.zip,
            phone: cl.phone,
            timeZone: cl.time_zone,
            services: JSON.parse(cl.services) as string[],
            openingHours: parseHours(cl.opening_hours),
            closed: cl.closed_at !== null,
            therapists: therapists
              .filter((t) => t.clinic_id === cl.id)
              .map((t) => ({
                id: t.id,
                name: t.name,
                credentials: t.credentials,
                bio: t.bio,
                active: t.deactivated_at === null,
                workingHours: parseHours(t.working_hours),
              })),
          })),
          200,
        );
      },
    )
    .get(
      '/admin/appointment-types',
      documented(
        adminWords('Every appointment type with its booking rules.', {
          responses: {
            200: {
              description: 'Appointment types.',
              schema: z.array(AppointmentTypeInputSchema.extend({ id: z.string() })),
            },
          },
        }),
      ),
      async (c) => {
        const types = await db.selectFrom('appointment_type').selectAll().orderBy('name').execute();
        return c.json(
          types.map((t) => ({
            id: t.id,
            name: t.name,
            description: t.description,
            durationMinutes: t.duration_minutes,
            bufferMinutes: t.buffer_minutes,
            stepMinutes: t.step_minutes,
            minNoticeMinutes: t.min_notice_minutes,
            horizonDays: t.horizon_days,
          })),
          200,
        );
      },
    )
    .post(
      '/admin/clinics',
      documented(
        adminWords('Open a location (coordinates from its ZIP code).', {
          responses: { 201: { description: 'Created.', schema: Created } },
        }),
      ),
      jsonBody(ClinicInputSchema),
      async (c) => {
        if (!(await scopeOf(db, c)).chain) return chainOnly(c);
        const body = c.req.valid('json');
        const id = `${body.city}-${body.state}-${crypto.randomUUID().slice(0, 8)}`
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-');
        const row = clinicRow(id, body);
        if (!row)
          return fieldsProblem(c, [fieldSaid(c, 'zip', 'issue.unknownZip', { zip: body.zip })]);
        await db.insertInto('clinic').values(row).execute();
        directory.invalidate();
        await log(c, currentUser(c).id, 'clinic.created', { id });
        return c.json({ id }, 201);
      },
    )
    .put(
      '/admin/clinics/:id',
      documented(adminWords("Update a location's details and opening hours.")),
      params(ClinicParams),
      jsonBody(ClinicInputSchema),
      async (c) => {
        const refused = await refuseUnlessManaged(db, c, c.req.valid('param').id);
        if (refused) return refused;
        const body = c.req.valid('json');
        const row = clinicRow(c.req.valid('param').id, body);
        if (!row)
          return fieldsProblem(c, [fieldSaid(c, 'zip', 'issue.unknownZip', { zip: body.zip })]);
        const { numUpdatedRows } = await db
          .updateTable('clinic')
          .set(row)
          .where('id', '=', row.id)
          .executeTakeFirst();
        if (numUpdatedRows === 0n)
          return problem(c, 404, 'Not found', {
            say: 'problem.noClinicId',
            values: { id: row.id },
          });
        directory.invalidate();
        await log(c, currentUser(c).id, 'clinic.updated', { id: row.id });
        return c.json({ id: row.id }, 200);
      },
    )
    .post(
      '/admin/therapists',
      documented(
        adminWords('Add a therapist to a location with weekly working hours.', {
          responses: { 201: { description: 'Created.', schema: Created } },
        }),
      ),
      jsonBody(TherapistInputSchema),
      async (c) => {
        const body = c.req.valid('json');
        const clinic = await db
          .selectFrom('clinic')
          .select(['id', 'name', 'closed_at'])
          .where('id', '=', body.clinicId)
          .executeTakeFirst();
        if (!clinic)
          return problem(c, 404, 'Not found', {
            say: 'problem.noClinicId',
            values: { id: body.clinicId },
          });
        const refused = await refuseUnlessManaged(db, c, clinic.id);
        if (refused) return refused;
        if (clinic.closed_at !== null)
          return problem(
            c,
            409,
            'Location closed',
            { say: 'problem.locationClosed', values: { name: clinic.name } },
            [fieldSaid(c, 'clinicId', 'issue.closedLocation')],
          );
        const id = crypto.randomUUID();
        await db
          .insertInto('therapist')
          .values({
            id,
            clinic_id: body.clinicId,
            name: body.name,
            credentials: body.credentials,
            bio: body.bio,
            working_hours: JSON.stringify(body.workingHours),
          })
          .execute();
        await log(c, currentUser(c).id, 'therapist.created', { id });
        return c.json({ id }, 201);
      },
    )
    .put(
      '/admin/therapists/:id/hours',
      documented(adminWords("Replace a therapist's weekly working hours (clinic's local time).")),
      params(TherapistParams),
      jsonBody(HoursInputSchema),
      async (c) => {
        const { id } = c.req.valid('param');
        const refused = await refuseUnlessManaged(db, c, await clinicOfTherapist(db, id));
        if (refused) return refused;
        const { numUpdatedRows } = await db
          .updateTable('therapist')
          .set({ working_hours: JSON.stringify(c.req.valid('json').workingHours) })
          .where('id', '=', id)
          .executeTakeFirst();
        if (numUpdatedRows === 0n)
          return problem(c, 404, 'Not found', { say: 'problem.noTherapist' });
        await log(c, currentUser(c).id, 'therapist.hours-changed', { id });
        return c.json({ id }, 200);
      },
    )
    .put(
      '/admin/appointment-types/:id',
      documented(
        adminWords(
          'Create or change an appointment type: duration, buffer, step, notice, horizon.',
        ),
      ),
      params(TypeParams),
      jsonBody(AppointmentTypeInputSchema),
      async (c) => {
        if (!(await scopeOf(db, c)).chain) return chainOnly(c);
        const { id } = c.req.valid('param');
        const b = c.req.valid('json');
        const changes = {
          name: b.name,
          description: b.description,
          duration_minutes: b.durationMinutes,
          buffer_minutes: b.bufferMinutes,
          step_minutes: b.stepMinutes,
          min_notice_minutes: b.minNoticeMinutes,
          horizon_days: b.horizonDays,
        };
        await db
          .insertInto('appointment_type')
          .values({ id, ...changes })
          .onConflict((oc) => oc.column('id').doUpdateSet(changes))
          .execute();
        await log(c, currentUser(c).id, 'appointment-type.saved', { id });
        return c.json({ id }, 200);
      },
    )
    .get(
      '/admin/schedule',
      documented(
        adminWords(
          "A clinic's day or week: appointments and time off per therapist, in the clinic's time.",
          {
            responses: { 200: { description: 'Schedule.', schema: ScheduleSchema } },
          },
        ),
      ),
      query(ScheduleQuerySchema),
      async (c) => {
        const q = c.req.valid('query');
        const clinic = await db
          .selectFrom('clinic')
          .select(['id', 'time_zone'])
          .where('id', '=', q.clinicId)
          .executeTakeFirst();
        if (!clinic)
          return problem(c, 404, 'Not found', {
            say: 'problem.noClinicId',
            values: { id: q.clinicId },
          });
        const refused = await refuseUnlessManaged(db, c, clinic.id);
        if (refused) return refused;
        const [from, to] = [Date.parse(q.from), Date.parse(q.to)];
        let therapistQuery = db
          .selectFrom('therapist')
          .select(['id', 'name'])
          .where('clinic_id', '=', clinic.id)
          .orderBy('name');
        if (q.therapistId) therapistQuery = therapistQuery.where('id', '=', q.therapistId);
        const therapists = await therapistQuery.execute();
        const ids = therapists.map((t) => t.id);
        const [appointments, timeOff] = ids.length
          ? await Promise.all([
              db
                .selectFrom('appointment')
                .innerJoin(
                  'appointment_type',
                  'appointment_type.id',
                  'appointment.appointment_type_id',
                )
                .select([
                  'appointment.id',
                  'therapist_id',
                  'starts_at',
                  'ends_at',
                  'guest_name',
                  'appointment_type.name as type',
                ])
                .where('therapist_id', 'in', ids)
                .where('status', '=', 'booked')
                .where('starts_at', '<', to)
                .where('ends_at', '>', from)
                .orderBy('starts_at')
                .execute(),
              db
                .selectFrom('time_off')
                .selectAll()
                .where('therapist_id', 'in', ids)
                .where('starts_at', '<', to)
                .where('ends_at', '>', from)
                .execute(),
            ])
          : [[], []];
        await log(c, currentUser(c).id, 'schedule.viewed', { clinicId: clinic.id });
        const iso = (ms: number) => new Date(ms).toISOString();
        return c.json(
          {
            timeZone: clinic.time_zone,
            therapists: therapists.map((t) => ({
              id: t.id,
              name: t.name,
              appointments: appointments
                .filter((a) => a.therapist_id === t.id)
                .map((a) => ({
                  id: a.id,
                  start: iso(a.starts_at),
                  end: iso(a.ends_at),
                  type: a.type,
                  patient: a.guest_name,
                  ...slotLabel(clinic.time_zone, a.starts_at),
                })),
              timeOff: timeOff
                .filter((o) => o.therapist_id === t.id)
                .map((o) => ({
                  id: o.id,
                  start: iso(o.starts_at),
                  end: iso(o.ends_at),
                  reason: o.reason,
                })),
            })),
          },
          200,
        );
      },
    );
}
