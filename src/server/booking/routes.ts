import { z } from 'zod';
import { createHash, randomInt } from 'node:crypto';
import { documented } from '../http/openapi';
import { requestLocale } from '../http/locale';
import { Hono, type Context } from 'hono';
import { clinicSlots, describeSlots } from '../db/availability';
import type { Db } from '../db/create-db';
import { isUniqueViolation } from '../db/errors';
import { consume } from '../db/rate-limits';
import { findAppointmentType, toRules } from '../db/schedules';
import type { AppointmentTable } from '../db/schema';
import { currentUser, requireRole, type AppEnv } from '../http/auth';
import type { Background } from '../http/background';
import { fieldSaid, fieldsProblem, problem } from '../http/problem';
import type { SchedulingReader } from '../fhir/scheduling';
import { idParam, jsonBody, params, query } from '../http/validate';
import type { Mailer } from '../mail';
import { calendarUid } from './calendar';
import { bookingMailLimits, CALENDAR_FILE, visitMail, type VisitNews } from './emails';
import { verifyToken } from './links';
import {
  book,
  cancel,
  findAppointment,
  findByIdempotencyKey,
  findTherapist,
  patientAppointments,
  reschedule,
  successorOf,
  type NewAppointment,
} from './queries';
import {
  AppointmentViewSchema,
  type BookingRequest,
  BookingRequestSchema,
  ConflictSchema,
  RescheduleSchema,
  TokenQuerySchema,
} from './schemas';
import { idempotencyKey } from '../http/idempotency';
import { visitViews } from './view';

const AppointmentParams = idParam('Appointment id');

type Deps = {
  db: Db;
  now: () => Date;
  secret: string;
  publicUrl: string;
  mailer: Mailer;
  background: Background;
  /** The address calendar files name as the organizer (the sender of every email). */
  organizerEmail: string;
  /** Reads FHIR Slot ids back into what to book. */
  scheduling: SchedulingReader;
};

/** Who to book: one therapist, or whichever therapist at the clinic is free at that time. */
type Who = { therapistId: string; clinicId?: string | undefined } | { clinicId: string };

/** Fisher–Yates: racing "any therapist" requests start on different therapists. */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function bookingRoutes({
  db,
  now,
  secret,
  publicUrl,
  mailer,
  background,
  organizerEmail,
  scheduling,
}: Deps) {
  const visits = visitViews({ db, secret, publicUrl, organizerEmail });
  const { view } = visits;

  /** The email about what just happened to a visit, after the answer; never twice the limit. */
  function mailLater(id: string, what: VisitNews) {
    background.run(
      'booking email',
      async () => {
        const visit = await visits.load(id);
        if (!visit) return;
        const at = now().getTime();
        if (!(await consume(db, bookingMailLimits(visit.view.guest.email), at)).allowed) return;
        const calendar = visits.calendarOf(visit, what === 'cancelled' ? 'CANCEL' : 'REQUEST', at);
        await mailer(
          visitMail(
            what,
            visit.view,
            calendar,
            visit.locale,
            `${publicUrl}/clinics/${visit.view.clinic.id}`,
          ),
        );
      },
      { appointment: id },
    );
  }

  /**
   * Check that the slot is one we offer and say who may take it: the therapist asked for, or
   * (for "any therapist") everyone at the clinic free then, in random order. A problem response
   * when the request can't be met; `candidates` is empty when everyone is booked.
   */
  async function prepare(
    c: Context,
    slot: string,
    typeId: string,
    who: Who,
    otherClinic = (therapist: string, clinic: string) =>
      `Fix the request body: therapist "${therapist}" does not work at clinic "${clinic}".`,
  ) {
    const therapistId = 'therapistId' in who ? who.therapistId : undefined;
    const [therapist, type] = await Promise.all([
      therapistId ? findTherapist(db, therapistId) : undefined,
      findAppointmentType(db, typeId),
    ]);
    if (therapistId && !therapist)
      return {
        failure: problem(c, 404, 'Not found', {
          say: 'problem.noTherapistId',
          values: { id: therapistId },
        }),
      };
    if (!type)
      return {
        failure: problem(c, 404, 'Not found', { say: 'problem.noTypeId', values: { id: typeId } }),
      };
    if (therapist && who.clinicId && who.clinicId !== therapist.clinic_id)
      return {
        failure: problem(c, 400, 'Invalid request', otherClinic(therapist.id, who.clinicId)),
      };
    const clinicId = therapist?.clinic_id ?? who.clinicId!;
    const clinic = await db
      .selectFrom('clinic')
      .select(['id', 'time_zone'])
      .where('id', '=', clinicId)
      .executeTakeFirst();
    if (!clinic)
      return {
        failure: problem(c, 404, 'Not found', {
          say: 'problem.noClinicId',
          values: { id: clinicId },
        }),
      };
    const start = Date.parse(slot);
    const rules = toRules(type);
    const at = now().getTime();
    const moment = { start, end: start + 1 };
    const offered = await clinicSlots(db, clinic, rules, moment, at, {
      therapistId,
      ignoreBookings: true,
    });
    if (!offered.some((s) => s.start === start))
      return {
        failure: problem(
          c,
          400,
          'Invalid request',
          {
            say: 'problem.notASlot',
            values: { slot, who: therapistId ? 'therapist' : 'clinic' },
          },
          [fieldSaid(c, 'slot', 'issue.notASlot')],
        ),
      };
    // One therapist is tried even when the read says booked: the database has the last word.
    const candidates = therapistId
      ? [therapistId]
      : shuffled(
          (await clinicSlots(db, clinic, rules, moment, at))
            .filter((s) => s.start === start)
            .map((s) => s.therapistId),
        );
    const row = (
      therapist: string,
      fields: Pick<
        AppointmentTable,
        | 'guest_name'
        | 'guest_email'
        | 'guest_phone'
        | 'idempotency_key'
        | 'request_hash'
        | 'rescheduled_from'
        | 'patient_user_id'
      > &
        Pick<NewAppointment, 'locale'>,
    ): NewAppointment => ({
      id: crypto.randomUUID(),
      clinic_id: clinic.id,
      therapist_id: therapist,
      appointment_type_id: type.id,
      starts_at: start,
      ends_at: start + rules.durationMinutes * 60_000,
      status: 'booked',
      created_at: at,
      cancelled_at: null,
      ...fields,
    });
    return { row, candidates, clinic, rules, bufferMs: rules.bufferMinutes * 60_000, start, at };
  }

  /**
   * Try each candidate therapist in turn; the claim on their time decides, so two requests
   * never get one therapist's time. What the attempt answered (an id, or false), or null when
   * every candidate's time was taken meanwhile.
   */
  async function claimFirst(
    candidates: string[],
    attempt: (therapistId: string) => Promise<string | false>,
  ): Promise<string | false | null> {
    for (const therapistId of candidates) {
      try {
        return await attempt(therapistId);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
    return null;
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

  const authorized = async (id: string, token: string) =>
    verifyToken(secret, id, token) ? await visits.load(id) : null;
  const alreadyMoved = (c: Context) =>
    problem(c, 409, 'Already moved or cancelled', { say: 'problem.alreadyMoved' });
  const notFound = (c: Context) => problem(c, 404, 'Not found', { say: 'problem.noAppointment' });

  /**
   * The time, type and who of a booking: as sent, or from the FHIR Slot it names. A Slot id
   * carries all three, so it comes alone; without one, slot and appointmentType are required.
   */
  async function whatToBook(
    c: Context,
    body: BookingRequest,
  ): Promise<
    | {
        booking: { slot: string; appointmentType: string; therapistId?: string; clinicId?: string };
      }
    | { refusal: Response }
  > {
    if (body.fhirSlot) {
      const extra = (['slot', 'appointmentType', 'therapistId', 'clinicId'] as const).filter(
        (f) => body[f] !== undefined,
      );
      if (extra.length > 0)
        return { refusal: fieldsProblem(c, [fieldSaid(c, 'fhirSlot', 'issue.fhirSlotAlone')]) };
      const found = await scheduling.resolveSlot(body.fhirSlot);
      if (!found)
        return {
          refusal: problem(c, 404, 'Not found', {
            say: 'problem.noFreeFhirSlot',
            values: { id: body.fhirSlot },
          }),
        };
      return {
        booking: {
          slot: new Date(found.slot.start).toISOString(),
          appointmentType: found.entry.type.id,
          therapistId: found.entry.therapist.id,
          clinicId: found.entry.clinic.id,
        },
      };
    }
    const missing = (['slot', 'appointmentType'] as const).filter((f) => body[f] === undefined);
    if (missing.length > 0)
      return {
        refusal: fieldsProblem(
          c,
          missing.map((f) => fieldSaid(c, f, 'issue.needsSlot')),
        ),
      };
    if (!body.therapistId && !body.clinicId)
      return {
        refusal: problem(c, 400, 'Invalid request', { say: 'problem.needWhere' }, [
          fieldSaid(c, 'clinicId', 'issue.needsClinic'),
        ]),
      };
    return { booking: { slot: body.slot!, appointmentType: body.appointmentType! } };
  }

  return new Hono<AppEnv>()
    .get(
      '/me/appointments',
      documented({
        summary: "The signed-in patient's appointments, newest first, with their manage links.",
        tags: ['booking'],
        access: 'patient',
        responses: {
          200: { description: 'Appointments.', schema: z.array(AppointmentViewSchema) },
        },
      }),
      requireRole('patient'),
      async (c) => {
        const ids = await patientAppointments(db, currentUser(c).id);
        const views = await Promise.all(ids.map((id) => view(id)));
        return c.json(
          views.filter((v) => v !== null),
          200,
        );
      },
    )
    .post(
      '/appointments',
      documented({
        idempotent: true,
        summary:
          'Book an offered slot, as a guest or signed in. Without a therapistId the server books whichever therapist at the clinic is free at that time. A confirmation email with the manage link and the calendar file follows. Send an Idempotency-Key header to make retries safe: the same key returns the same appointment.',
        tags: ['booking'],
        access: 'public',
        responses: {
          201: {
            description: 'Booked, with a private manage link and a calendar file link.',
            schema: AppointmentViewSchema,
          },
          404: {
            description:
              'Unknown therapist or appointment type, or the fhirSlot is not free (taken, past or never offered).',
          },
          409: {
            description:
              'Someone took the slot a moment earlier; the nearest alternatives are listed.',
            schema: ConflictSchema,
            contentType: 'application/problem+json',
          },
        },
      }),
      jsonBody(BookingRequestSchema),
      async (c) => {
        const body = c.req.valid('json');
        const idempotency = idempotencyKey(c);
        if ('refusal' in idempotency) return idempotency.refusal;
        const { key } = idempotency;
        const hash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
        const replay = async () => {
          const existing = key ? await findByIdempotencyKey(db, key) : undefined;
          if (!existing) return null;
          if (existing.request_hash !== hash)
            return problem(c, 409, 'Idempotency key reused', { say: 'problem.keyReused' });
          c.header('idempotent-replayed', 'true');
          return c.json(await view(existing.id), 201);
        };
        // A retry is answered from the first booking before anything else is looked at: by
        // then its FHIR Slot is taken, and the client must still learn that it got it.
        const earlier = await replay();
        if (earlier) return earlier;
        const what = await whatToBook(c, body);
        if ('refusal' in what) return what.refusal;
        const request = { ...body, ...what.booking };

        const who: Who = request.therapistId
          ? { therapistId: request.therapistId, clinicId: request.clinicId }
          : { clinicId: request.clinicId! };
        const prepared = await prepare(c, request.slot, request.appointmentType, who);
        if ('failure' in prepared) return prepared.failure;
        const { row, candidates, clinic, rules, bufferMs, start, at } = prepared;
        const user = c.get('user');
        const booked = await claimFirst(candidates, async (therapistId) => {
          const appointment = row(therapistId, {
            guest_name: request.guest.name,
            guest_email: request.guest.email.toLowerCase(),
            guest_phone: request.guest.phone,
            idempotency_key: key,
            request_hash: hash,
            rescheduled_from: null,
            patient_user_id: user?.role === 'patient' ? user.id : null,
            locale: requestLocale(c),
          });
          await book(
            db,
            { ...appointment, calendar_uid: calendarUid(appointment.id), calendar_sequence: 0 },
            bufferMs,
          );
          return appointment.id;
        });
        if (!booked) return (await replay()) ?? (await taken(c, clinic, rules, start, at));
        mailLater(booked, 'booked');
        return c.json(await view(booked), 201);
      },
    )
    .get(
      '/appointments/:id',
      documented({
        summary: 'An appointment, through its private manage link.',
        tags: ['booking'],
        access: 'link-token',
        responses: {
          200: { description: 'The appointment.', schema: AppointmentViewSchema },
          404: { description: 'No appointment with that id and token.' },
        },
      }),
      params(AppointmentParams),
      query(TokenQuerySchema),
      async (c) => {
        const found = await authorized(c.req.valid('param').id, c.req.valid('query').token);
        return found ? c.json(found.view, 200) : notFound(c);
      },
    )
    .get(
      '/appointments/:id/calendar.ics',
      documented({
        summary:
          'The visit as an iCalendar (.ics) file to import (METHOD:PUBLISH, or CANCEL once cancelled). Its UID stays the same through moves and its SEQUENCE rises, so an imported event updates.',
        tags: ['booking'],
        access: 'link-token',
        responses: {
          200: { description: 'text/calendar' },
          404: { description: 'No appointment with that id and token.' },
          409: { description: 'The visit was moved; its newest link has its calendar file.' },
        },
      }),
      params(AppointmentParams),
      query(TokenQuerySchema),
      async (c) => {
        const found = await authorized(c.req.valid('param').id, c.req.valid('query').token);
        if (!found) return notFound(c);
        // The moved visit's event lives on under the same UID: a cancel file here would delete it.
        if (found.view.movedTo) return alreadyMoved(c);
        const method = found.view.status === 'cancelled' ? 'CANCEL' : 'PUBLISH';
        return c.body(visits.calendarOf(found, method, now().getTime()), 200, {
          'content-type': `text/calendar; charset=utf-8; method=${method}`,
          'content-disposition': `attachment; filename="${CALENDAR_FILE}"`,
        });
      },
    )
    .post(
      '/appointments/:id/cancel',
      documented({
        summary:
          'Cancel through the private manage link; cancelling twice is harmless (one email goes out). A visit that was moved is cancelled from its newest link.',
        tags: ['booking'],
        access: 'link-token',
        responses: {
          200: { description: 'The cancelled appointment.', schema: AppointmentViewSchema },
          404: { description: 'No appointment with that id and token.' },
          409: { description: 'The visit was moved; its newest link cancels it.' },
        },
      }),
      params(AppointmentParams),
      query(TokenQuerySchema),
      async (c) => {
        const { id } = c.req.valid('param');
        if (!(await authorized(id, c.req.valid('query').token))) return notFound(c);
        if (await cancel(db, id, now().getTime())) mailLater(id, 'cancelled');
        // Cancelling an old link after a move must not look like cancelling the visit.
        else if (await successorOf(db, id)) return alreadyMoved(c);
        return c.json(await view(id), 200);
      },
    )
    .post(
      '/appointments/:id/reschedule',
      documented({
        summary:
          'Move to another offered slot at the same clinic in one step: the old time is freed only if the new one is secured, and a visit is moved once. The same therapist unless therapistId or anyTherapist says otherwise. An email with the new link and the updated calendar file follows.',
        tags: ['booking'],
        access: 'link-token',
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
      }),
      params(AppointmentParams),
      query(TokenQuerySchema),
      jsonBody(RescheduleSchema),
      async (c) => {
        const { id } = c.req.valid('param');
        const found = await authorized(id, c.req.valid('query').token);
        if (!found) return notFound(c);
        const current = found.view;
        if (current.status === 'cancelled') return alreadyMoved(c);
        const request = c.req.valid('json');
        if (request.anyTherapist && request.therapistId)
          return problem(c, 400, 'Invalid request', { say: 'problem.eitherTherapist' }, [
            fieldSaid(c, 'anyTherapist', 'issue.notWithTherapist'),
          ]);
        const who: Who = request.anyTherapist
          ? { clinicId: current.clinic.id }
          : {
              therapistId: request.therapistId ?? current.therapist.id,
              clinicId: current.clinic.id,
            };
        const prepared = await prepare(
          c,
          request.slot,
          current.appointmentType.id,
          who,
          (therapist) =>
            `Fix the request body: therapist "${therapist}" works at another clinic, and a visit moves only to another time at the same clinic. To go elsewhere, cancel this one and book there.`,
        );
        if ('failure' in prepared) return prepared.failure;
        const { row, candidates, clinic, rules, bufferMs, start, at } = prepared;
        const earlier = await findAppointment(db, id);
        const patient = earlier?.patient_user_id ?? null;
        const moved = await claimFirst(candidates, async (therapistId) => {
          const next = row(therapistId, {
            guest_name: current.guest.name,
            guest_email: current.guest.email,
            guest_phone: current.guest.phone,
            idempotency_key: null,
            request_hash: createHash('sha256').update(`${id}:${request.slot}`).digest('hex'),
            rescheduled_from: id,
            patient_user_id: patient,
            // A moved visit keeps the language it was booked in.
            locale: earlier?.locale ?? requestLocale(c),
          });
          return (await reschedule(db, id, next, bufferMs, at)) && next.id;
        });
        if (moved === false) return alreadyMoved(c);
        if (moved === null) return taken(c, clinic, rules, start, at);
        mailLater(moved, 'moved');
        return c.json(await view(moved), 201);
      },
    );
}
