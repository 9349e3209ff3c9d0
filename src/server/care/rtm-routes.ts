import { Hono, type Context } from 'hono';
import { documented } from '../http/openapi';
import { localDayOf, monthDays, RTM_RULES } from '../../domain/monitoring/rtm';
import { loggableDays } from '../../domain/progress/progress';
import { audit } from '../db/audit';
import { NOT_ON_TEAM, teamPatient } from '../db/care-team';
import type { Db } from '../db/create-db';
import { currentUser, requireRole, type AppEnv } from '../http/auth';

import { fieldSaid, problem } from '../http/problem';
import { idParam, jsonBody, params, query } from '../http/validate';
import { rtmCsv, rtmPdf } from './rtm-documents';
import { patientZone, rtmReport, setupDay } from './rtm-report';
import {
  RtmMinutesSchema,
  RtmPatientDetailSchema,
  RtmQuerySchema,
  RtmReportSchema,
  RtmSetupSchema,
} from './schemas';

const PatientParams = idParam('Patient id');

type Deps = { db: Db; now: () => Date };

/** F6: remote therapeutic monitoring, counted in domain/monitoring/rtm.ts. */
export function rtmRoutes({ db, now }: Deps) {
  const notOnTeam = (c: Context) => problem(c, 404, 'Not found', NOT_ON_TEAM);
  /** Care is logged for days this past year up to today, not ahead of time. */
  const unloggable = (c: Context, date: string, what: 'minutes' | 'setup') => {
    const at = now().getTime();
    const { earliest, latest } = loggableDays(at, at);
    if (date >= earliest && date <= latest) return null;
    return problem(c, 400, 'Invalid request', { say: 'problem.rtmDateRange', values: { what } }, [
      fieldSaid(c, 'date', 'issue.dayRange', { earliest }),
    ]);
  };
  const report = async (c: Context<AppEnv>, month: string, format: 'json' | 'csv' | 'pdf') => {
    const therapist = currentUser(c);
    const at = now().getTime();
    const data = await rtmReport(db, therapist.id, month, at);
    await audit(db, {
      actor: therapist.id,
      action: 'rtm.report-viewed',
      subject: null,
      detail: { month, format, patients: data.patients.length },
      at,
      requestId: c.get('requestId'),
    });
    return data;
  };

  return new Hono<AppEnv>()
    .post(
      '/therapist/patients/:id/rtm-minutes',
      documented({
        summary: 'Log treatment-management minutes for remote monitoring.',
        tags: ['therapist'],
        access: 'therapist',
        responses: {
          201: { description: 'Logged.' },
          404: { description: 'Not one of your patients.' },
        },
      }),
      requireRole('therapist'),
      params(PatientParams),
      jsonBody(RtmMinutesSchema),
      async (c) => {
        const therapist = currentUser(c);
        const patient = await teamPatient(db, therapist.id, c.req.valid('param').id);
        if (!patient) return notOnTeam(c);
        const body = c.req.valid('json');
        const refused = unloggable(c, body.date, 'minutes');
        if (refused) return refused;
        const zone = await patientZone(db, therapist.id, patient.id);
        const startedOn = localDayOf(patient.created_at, zone);
        if (body.date < startedOn)
          return problem(c, 400, 'Invalid request', { say: 'problem.rtmBeforeJoined' }, [
            fieldSaid(c, 'date', 'issue.notBeforeDay', { day: startedOn }),
          ]);
        const at = now().getTime();
        await db
          .insertInto('rtm_minutes')
          .values({
            id: crypto.randomUUID(),
            patient_user_id: patient.id,
            therapist_user_id: therapist.id,
            local_date: body.date,
            minutes: body.minutes,
            note: body.note,
            created_at: at,
            live_contact: body.liveContact ? 1 : 0,
          })
          .execute();
        await audit(db, {
          actor: therapist.id,
          action: 'rtm.minutes-logged',
          subject: patient.id,
          detail: { minutes: body.minutes },
          at,
          requestId: c.get('requestId'),
        });
        return c.json({ logged: body.minutes }, 201);
      },
    )
    .post(
      '/therapist/patients/:id/rtm-setup',
      documented({
        summary:
          'Record remote-monitoring set-up and patient education (98975), once per patient, on the day it was done.',
        tags: ['therapist'],
        access: 'therapist',
        responses: {
          201: { description: 'Recorded.' },
          404: { description: 'Not one of your patients.' },
          409: { description: 'Set-up was already recorded for this patient.' },
        },
      }),
      requireRole('therapist'),
      params(PatientParams),
      jsonBody(RtmSetupSchema),
      async (c) => {
        const therapist = currentUser(c);
        const patient = await teamPatient(db, therapist.id, c.req.valid('param').id);
        if (!patient) return notOnTeam(c);
        const { date } = c.req.valid('json');
        const refused = unloggable(c, date, 'setup');
        if (refused) return refused;
        const at = now().getTime();
        // The primary key keeps it to one per episode, even when two clicks race.
        const inserted = await db
          .insertInto('rtm_setup')
          .values({
            patient_user_id: patient.id,
            therapist_user_id: therapist.id,
            local_date: date,
            created_at: at,
          })
          .onConflict((oc) => oc.columns(['patient_user_id', 'therapist_user_id']).doNothing())
          .returning('local_date')
          .executeTakeFirst();
        if (!inserted) return problem(c, 409, 'Already recorded', { say: 'problem.setupRecorded' });
        await audit(db, {
          actor: therapist.id,
          action: 'rtm.setup-recorded',
          subject: patient.id,
          detail: { date },
          at,
          requestId: c.get('requestId'),
        });
        return c.json({ setupOn: date }, 201);
      },
    )
    .get(
      '/therapist/patients/:id/rtm',
      documented({
        summary: "One of your patients' remote monitoring for a month: periods, minutes and codes.",
        tags: ['therapist'],
        access: 'therapist',
        responses: {
          200: {
            description: 'The month, with your time entries.',
            schema: RtmPatientDetailSchema,
          },
          404: { description: 'Not one of your patients.' },
        },
      }),
      requireRole('therapist'),
      params(PatientParams),
      query(RtmQuerySchema),
      async (c) => {
        const therapist = currentUser(c);
        const patient = await teamPatient(db, therapist.id, c.req.valid('param').id);
        if (!patient) return notOnTeam(c);
        const at = now().getTime();
        const { month } = c.req.valid('query');
        const data = await rtmReport(db, therapist.id, month, at, patient.id);
        await audit(db, {
          actor: therapist.id,
          action: 'rtm.patient-viewed',
          subject: patient.id,
          detail: { month },
          at,
          requestId: c.get('requestId'),
        });
        const { first, last } = monthDays(month);
        const rows = await db
          .selectFrom('rtm_minutes')
          .select(['local_date as date', 'minutes', 'note', 'live_contact'])
          .where('patient_user_id', '=', patient.id)
          .where('therapist_user_id', '=', therapist.id)
          .where('local_date', '>=', first)
          .where('local_date', '<=', last)
          .orderBy('local_date', 'desc')
          .orderBy('created_at', 'desc')
          .execute();
        const entries = rows.map(({ live_contact, ...e }) => ({
          ...e,
          liveContact: live_contact === 1,
        }));
        const row = data.patients[0];
        if (row) return c.json({ ...row, entries }, 200);
        // Joined after that month: nothing counted yet, but the set-up may be recorded.
        const timeZone = await patientZone(db, therapist.id, patient.id);
        return c.json(
          {
            patientId: patient.id,
            name: patient.name,
            timeZone,
            today: localDayOf(at, timeZone),
            month,
            startedOn: localDayOf(patient.created_at, timeZone),
            setupOn: await setupDay(db, therapist.id, patient.id),
            periods: [],
            minutes: 0,
            liveContact: false,
            minutesToNextCode: RTM_RULES.minutesBlock,
            codes: [],
            entries,
          },
          200,
        );
      },
    )
    .get(
      '/therapist/rtm',
      documented({
        summary:
          'Monthly RTM report: per patient, the 30-day device periods with days of data (16 needed), the month’s minutes, and the codes supported.',
        tags: ['therapist'],
        access: 'therapist',
        responses: { 200: { description: 'The report.', schema: RtmReportSchema } },
      }),
      requireRole('therapist'),
      query(RtmQuerySchema),
      async (c) => c.json(await report(c, c.req.valid('query').month, 'json'), 200),
    )
    .get(
      '/therapist/rtm/report.csv',
      documented({
        summary: 'The monthly RTM report as CSV, one row per patient with units per code.',
        tags: ['therapist'],
        access: 'therapist',
        responses: { 200: { description: 'text/csv' } },
      }),
      requireRole('therapist'),
      query(RtmQuerySchema),
      async (c) => {
        const { month } = c.req.valid('query');
        const data = await report(c, month, 'csv');
        return c.body(rtmCsv(data), 200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="rtm-report-${month}.csv"`,
        });
      },
    )
    .get(
      '/therapist/rtm/report.pdf',
      documented({
        summary: 'The monthly RTM report as a printable PDF for the clinic’s records.',
        tags: ['therapist'],
        access: 'therapist',
        responses: { 200: { description: 'application/pdf' } },
      }),
      requireRole('therapist'),
      query(RtmQuerySchema),
      async (c) => {
        const { month } = c.req.valid('query');
        const data = await report(c, month, 'pdf');
        const zone = data.clinic?.timeZone ?? 'UTC';
        const pdf = await rtmPdf(data, localDayOf(now().getTime(), zone));
        return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
          'content-type': 'application/pdf',
          'content-disposition': `attachment; filename="rtm-report-${month}.pdf"`,
        });
      },
    );
}
