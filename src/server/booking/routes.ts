import { createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { slotLabel } from '../../domain/scheduling/slot-label';
import { clinicSlots, describeSlots } from '../db/availability';
import type { Db } from '../db/create-db';
import { isUniqueViolation } from '../db/errors';
import { findAppointmentType, toRules } from '../db/schedules';
import type { AppointmentTable } from '../db/schema';
import { currentUser, requireRole, type AppEnv } from '../http/auth';
import type { RouteDoc } from '../http/openapi';
import { problem } from '../http/problem';
import { idParam, jsonBody, params, query } from '../http/validate';
import { appointmentIcs } from './ics';
import { appointmentToken, verifyToken } from './links';
import {
  appointmentDetails,
  book,
  cancel,
  findByIdempotencyKey,
  findAppointment,
  findTherapist,
  patientAppointments,
  latestSuccessorOf,
  reschedule,
  successorOf,
} from './queries';
import {
  AppointmentViewSchema,
  BookingRequestSchema,
  ConflictSchema,
  IDEMPOTENCY_KEY,
  RescheduleSchema,
  TokenQuerySchema,
} from './schemas';

const AppointmentParams = idParam('Appointment id');

export const bookingDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/v1/me/appointments',
    summary: "The signed-in patient's appointments, newest first, with their manage links.",
    tags: ['booking'],
    access: 'patient',
    responses: { 200: { description: 'Appointments.', schema: z.array(AppointmentViewSchema) } },
  },
  {
    method: 'post',
    path: '/api/v1/appointments',
    summary:
      'Book an offered slot as a guest. Send an Idempotency-Key header to make retries safe: the same key returns the same appointment.',
    tags: ['booking'],
    access: 'public',
    body: BookingRequestSchema,
    responses: {
      201: {
        description: 'Booked, with a private manage link and a calendar file link.',
        schema: AppointmentViewSchema,
      },
      404: { description: 'Unknown therapist or appointment type.' },
      409: {
        description: 'Someone took the slot a moment earlier; the nearest alternatives are listed.',
        schema: ConflictSchema,
        contentType: 'application/problem+json',
      },
    },
  },
  {
    method: 'get',
    path: '/api/v1/appointments/{id}',
    summary: 'An appointment, through its private manage link.',
    tags: ['booking'],
    access: 'link-token',
    params: AppointmentParams,
    query: TokenQuerySchema,
    responses: {
      200: { description: 'The appointment.', schema: AppointmentViewSchema },
      404: { description: 'No appointment with that id and token.' },
    },
  },
  {
    method: 'get',
    path: '/api/v1/appointments/{id}/calendar.ics',
    summary: 'The appointment as an iCalendar (.ics) file.',
    tags: ['booking'],
    access: 'link-token',
    params: AppointmentParams,
    query: TokenQuerySchema,
    responses: {
      200: { description: 'text/calendar' },
      404: { description: 'No appointment with that id and token.' },
    },
  },
  {
    method: 'post',
    path: '/api/v1/appointments/{id}/cancel',
    summary:
      'Cancel through the private manage link; cancelling twice is harmless. A visit that was moved is cancelled from its newest link.',
    tags: ['booking'],
    access: 'link-token',
    params: AppointmentParams,
    query: TokenQuerySchema,
    responses: {
      200: { description: 'The cancelled appointment.', schema: AppointmentViewSchema },
      404: { description: 'No appointment with that id and token.' },
      409: { description: 'The visit was moved; its newest link cancels it.' },
    },
  },
  {
    method: 'post',
    path: '/api/v1/appointments/{id}/reschedule',
    summary:
      'Move to another offered slot at the same clinic in one step: the old time is freed only if the new one is secured, and a visit is moved once.',
    tags: ['booking'],
    access: 'link-token',
    params: AppointmentParams,
    query: TokenQuerySchema,
    body: RescheduleSchema,
    responses: {
      201: { description: 'The new appointment.', schema: AppointmentViewSchema },
      404: { description: 'No appointment with that id and token.' },
      409: {
        description:
          'The new slot was just taken (the old appointment stands), or the visit was already moved or cancelled.',
        schema: ConflictSchema,
        contentType: 'application/problem+json',
      },
    },
  },
];

type Deps = { db: Db; now: () => Date; secret: string; publicUrl: string };

export function bookingRoutes({ db, now, secret, publicUrl }: Deps) {
  const links = (id: string) => {
    const token = appointmentToken(secret, id);
    return {
      manage: `${publicUrl}/appointments/${id}?token=${token}`,
      calendar: `${publicUrl}/api/v1/appointments/${id}/calendar.ics?token=${token}`,
    };
  };

  async function view(id: string) {
    const [row, successor] = await Promise.all([
      appointmentDetails(db, id),
      latestSuccessorOf(db, id),
    ]);
    if (!row) return null;
    return {
      id: row.id,
      status: row.status,
      start: new Date(row.starts_at).toISOString(),
      end: new Date(row.ends_at).toISOString(),
      ...slotLabel(row.clinic_time_zone, row.starts_at),
      timeZone: row.clinic_time_zone,
      clinic: {
        id: row.clinic_id,
        name: row.clinic_name,
        address: row.clinic_address,
        city: row.clinic_city,
        state: row.clinic_state,
        zip: row.clinic_zip,
        phone: row.clinic_phone,
      },
      therapist: { id: row.therapist_id, name: row.therapist_name },
      appointmentType: {
        id: row.appointment_type_id,
        name: row.type_name,
        durationMinutes: row.type_duration,
      },
      guest: { name: row.guest_name, email: row.guest_email, phone: row.guest_phone },
      rescheduledFrom: row.rescheduled_from,
      movedTo: successor
        ? {
            start: new Date(successor.starts_at).toISOString(),
            ...slotLabel(successor.time_zone, successor.starts_at),
          }
        : null,
      links: links(row.id),
    };
  }

  /** Check that the slot is one we offer and build the row; a problem response otherwise. */
  async function prepare(
    c: Context,
    slot: string,
    therapistId: string,
    typeId: string,
    clinicId?: string,
    otherClinic = (therapist: string, clinic: string) =>
      `Fix the request body: therapist "${therapist}" does not work at clinic "${clinic}".`,
  ) {
    const [therapist, type] = await Promise.all([
      findTherapist(db, therapistId),
      findAppointmentType(db, typeId),
    ]);
    if (!therapist)
      return { failure: problem(c, 404, 'Not found', `No therapist has the id "${therapistId}".`) };
    if (!type)
      return {
        failure: problem(c, 404, 'Not found', `No appointment type has the id "${typeId}".`),
      };
    if (clinicId && clinicId !== therapist.clinic_id)
      return {
        failure: problem(c, 400, 'Invalid request', otherClinic(therapistId, clinicId)),
      };
    const clinic = await db
      .selectFrom('clinic')
      .select(['id', 'time_zone'])
      .where('id', '=', therapist.clinic_id)
      .executeTakeFirstOrThrow();
    const start = Date.parse(slot);
    const rules = toRules(type);
    const at = now().getTime();
    const offered = await clinicSlots(db, clinic, rules, { start, end: start + 1 }, at, {
      therapistId,
      ignoreBookings: true,
    });
    if (!offered.some((s) => s.start === start))
      return {
        failure: problem(
          c,
          400,
          'Invalid request',
          `Fix the slot: ${slot} is not an offered start time for this therapist and appointment type. GET /api/v1/slots lists them.`,
          [{ field: 'slot', message: 'is not an offered slot' }],
        ),
      };
    const row = (
      fields: Pick<
        AppointmentTable,
        | 'guest_name'
        | 'guest_email'
        | 'guest_phone'
        | 'idempotency_key'
        | 'request_hash'
        | 'rescheduled_from'
        | 'patient_user_id'
      >,
    ): AppointmentTable => ({
      id: crypto.randomUUID(),
      clinic_id: clinic.id,
      therapist_id: therapistId,
      appointment_type_id: type.id,
      starts_at: start,
      ends_at: start + rules.durationMinutes * 60_000,
      status: 'booked',
      created_at: at,
      cancelled_at: null,
      ...fields,
    });
    return { row, clinic, rules, bufferMs: rules.bufferMinutes * 60_000, start, at };
  }

  async function taken(
    c: Context,
    clinic: { id: string; time_zone: string },
    rules: ReturnType<typeof toRules>,
    start: number,
    at: number,
  ) {
    const nearby = await clinicSlots(
      db,
      clinic,
      rules,
      { start: Math.max(at, start - 6 * 3600_000), end: start + 7 * 86_400_000 },
      at,
    );
    const closest = nearby
      .sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start))
      .slice(0, 5)
      .sort((a, b) => a.start - b.start);
    const body = {
      type: 'about:blank',
      title: 'Slot just taken',
      status: 409 as const,
      detail: 'Someone booked this time a moment ago. Here are the nearest open times instead.',
      alternatives: await describeSlots(db, clinic, closest),
    };
    return c.body(JSON.stringify(body), 409, { 'content-type': 'application/problem+json' });
  }

  const authorized = async (c: Context, id: string, token: string) =>
    verifyToken(secret, id, token) ? await view(id) : null;
  const alreadyMoved = (c: Context) =>
    problem(
      c,
      409,
      'Already moved or cancelled',
      'This visit was already moved or cancelled. To change or cancel it, use the link in your newest confirmation, or book a new time.',
    );
  const notFound = (c: Context) =>
    problem(
      c,
      404,
      'Not found',
      'No appointment matches this link. Check that you copied all of it.',
    );

  return new Hono<AppEnv>()
    .get('/me/appointments', requireRole('patient'), async (c) => {
      const ids = await patientAppointments(db, currentUser(c).id);
      const views = await Promise.all(ids.map((id) => view(id)));
      return c.json(
        views.filter((v) => v !== null),
        200,
      );
    })
    .post('/appointments', jsonBody(BookingRequestSchema), async (c) => {
      const request = c.req.valid('json');
      const key = c.req.header('idempotency-key') ?? null;
      if (key !== null && !IDEMPOTENCY_KEY.test(key))
        return problem(
          c,
          400,
          'Invalid request',
          'Fix the Idempotency-Key header: use 8 to 128 letters, digits, "-" or "_" (a UUID works).',
        );
      const hash = createHash('sha256').update(JSON.stringify(request)).digest('hex');
      const replay = async () => {
        const existing = key ? await findByIdempotencyKey(db, key) : undefined;
        if (!existing) return null;
        if (existing.request_hash !== hash)
          return problem(
            c,
            409,
            'Idempotency key reused',
            'This Idempotency-Key was already used for a different booking. Use a new key for a new booking.',
          );
        c.header('idempotent-replayed', 'true');
        return c.json(await view(existing.id), 201);
      };
      const earlier = await replay();
      if (earlier) return earlier;

      const prepared = await prepare(
        c,
        request.slot,
        request.therapistId,
        request.appointmentType,
        request.clinicId,
      );
      if ('failure' in prepared) return prepared.failure;
      const { row, clinic, rules, bufferMs, start, at } = prepared;
      const appointment = row({
        guest_name: request.guest.name,
        guest_email: request.guest.email.toLowerCase(),
        guest_phone: request.guest.phone,
        idempotency_key: key,
        request_hash: hash,
        rescheduled_from: null,
        patient_user_id: c.get('user')?.role === 'patient' ? c.get('user')!.id : null,
      });
      try {
        await book(db, appointment, bufferMs);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        return (await replay()) ?? (await taken(c, clinic, rules, start, at));
      }
      return c.json(await view(appointment.id), 201);
    })
    .get('/appointments/:id', params(AppointmentParams), query(TokenQuerySchema), async (c) => {
      const found = await authorized(c, c.req.valid('param').id, c.req.valid('query').token);
      return found ? c.json(found, 200) : notFound(c);
    })
    .get(
      '/appointments/:id/calendar.ics',
      params(AppointmentParams),
      query(TokenQuerySchema),
      async (c) => {
        const found = await authorized(c, c.req.valid('param').id, c.req.valid('query').token);
        if (!found) return notFound(c);
        const ics = appointmentIcs({
          id: found.id,
          start: Date.parse(found.start),
          end: Date.parse(found.end),
          title: `${found.appointmentType.name} with ${found.therapist.name}`,
          description: `Physical therapy at ${found.clinic.name}. Questions or changes: ${found.clinic.phone} or ${found.links.manage}`,
          location: `${found.clinic.name}, ${found.clinic.address}, ${found.clinic.city}, ${found.clinic.state} ${found.clinic.zip}`,
          url: found.links.manage,
          cancelled: found.status === 'cancelled',
        });
        return c.body(ics, 200, {
          'content-type': 'text/calendar; charset=utf-8',
          'content-disposition': `attachment; filename="reliefpath-${found.localDate}.ics"`,
        });
      },
    )
    .post(
      '/appointments/:id/cancel',
      params(AppointmentParams),
      query(TokenQuerySchema),
      async (c) => {
        const { id } = c.req.valid('param');
        if (!(await authorized(c, id, c.req.valid('query').token))) return notFound(c);
        // Cancelling an old link after a move must not look like cancelling the visit.
        if (!(await cancel(db, id, now().getTime())) && (await successorOf(db, id)))
          return alreadyMoved(c);
        return c.json(await view(id), 200);
      },
    )
    .post(
      '/appointments/:id/reschedule',
      params(AppointmentParams),
      query(TokenQuerySchema),
      jsonBody(RescheduleSchema),
      async (c) => {
        const { id } = c.req.valid('param');
        const current = await authorized(c, id, c.req.valid('query').token);
        if (!current) return notFound(c);
        if (current.status === 'cancelled') return alreadyMoved(c);
        const request = c.req.valid('json');
        const prepared = await prepare(
          c,
          request.slot,
          request.therapistId ?? current.therapist.id,
          current.appointmentType.id,
          current.clinic.id,
          (therapist) =>
            `Fix the request body: therapist "${therapist}" works at another clinic, and a visit moves only to another time at the same clinic. To go elsewhere, cancel this one and book there.`,
        );
        if ('failure' in prepared) return prepared.failure;
        const { row, clinic, rules, bufferMs, start, at } = prepared;
        const next = row({
          guest_name: current.guest.name,
          guest_email: current.guest.email,
          guest_phone: current.guest.phone,
          idempotency_key: null,
          request_hash: createHash('sha256').update(`${id}:${request.slot}`).digest('hex'),
          rescheduled_from: id,
          patient_user_id: (await findAppointment(db, id))?.patient_user_id ?? null,
        });
        try {
          if (!(await reschedule(db, id, next, bufferMs, at))) return alreadyMoved(c);
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
          return taken(c, clinic, rules, start, at);
        }
        return c.json(await view(next.id), 201);
      },
    );
}
