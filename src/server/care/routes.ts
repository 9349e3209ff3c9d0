import { randomBytes } from 'node:crypto';
import { documented } from '../http/openapi';
import type { Locale } from '../../domain/i18n/locale';
import { requestLocale } from '../http/locale';
import { Hono, type Context } from 'hono';
import QRCode from 'qrcode';
import { z } from 'zod';
import { deriveAlerts } from '../../domain/monitoring/alerts';
import { localDayOf } from '../../domain/monitoring/rtm';
import { summarizeProgress } from '../../domain/progress/progress';
import { prescriptionFor } from '../db/prescriptions';
import { audit } from '../db/audit';
import { openProposal } from '../db/progression-state';
import { NOT_ON_TEAM, teamPatient } from '../db/care-team';
import type { Db } from '../db/create-db';
import { monitoringSignals } from '../db/patient-records';
import { currentUser, requireRole, sha256, type AppEnv } from '../http/auth';

import { problem } from '../http/problem';
import { LinkTokenSchema } from '../../domain/ids';
import { idParam, params, query } from '../http/validate';
import { patientZone } from './rtm-report';
import { rtmRoutes } from './rtm-routes';
import { createInvite, findInvite, joinCareTeam, therapistPatients } from './queries';
import {
  InviteInfoSchema,
  InviteSchema,
  PatientDetailSchema,
  RosterRowSchema,
  TodayQuerySchema,
} from './schemas';
import { WORDS } from '../../../content/messages/words';

const PatientParams = idParam('Patient id');
const InviteParams = z.strictObject({ token: LinkTokenSchema.describe('Invite token') });

type Deps = {
  db: Db;
  now: () => Date;
  publicUrl: string;
  stageName: (stage: number, locale: Locale) => string;
};

export function careRoutes({ db, now, publicUrl, stageName }: Deps) {
  /** A patient's signals, alerts and progress, worded for their therapist in `locale`. */
  async function review(
    patient: { id: string; created_at: number },
    today: string,
    therapistId: string,
    locale: Locale,
  ) {
    const signals = await monitoringSignals(db, patient.id);
    // The patient's own calendar day, as remote monitoring counts it.
    const joined = localDayOf(patient.created_at, await patientZone(db, therapistId, patient.id));
    const alerts = deriveAlerts({ today, joined, ...signals });
    const progress = summarizeProgress(
      signals.logs,
      signals.sessions,
      today,
      WORDS[locale],
      7,
      await prescriptionFor(db, patient.id),
    );
    return { signals, alerts, progress, joined };
  }

  /** An offer of the next stage that waits for this patient's therapist. */
  async function awaitingApproval(patientId: string, locale: Locale) {
    const proposal = await openProposal(db, patientId);
    if (proposal?.guidance !== 'therapist') return null;
    return {
      proposalId: proposal.id,
      fromStage: proposal.fromStage,
      toStage: proposal.toStage,
      toStageName: stageName(proposal.toStage, locale),
      date: proposal.date,
    };
  }

  const notOnTeam = (c: Context) => problem(c, 404, 'Not found', NOT_ON_TEAM);

  return new Hono<AppEnv>()
    .route('/', rtmRoutes({ db, now }))
    .post(
      '/therapist/invites',
      documented({
        summary: 'A standing invite link (and QR code) for patients to join your care team.',
        tags: ['therapist'],
        access: 'therapist',
        responses: { 201: { description: 'The link.', schema: InviteSchema } },
      }),
      requireRole('therapist'),
      async (c) => {
        const token = randomBytes(24).toString('base64url');
        await createInvite(db, sha256(token), currentUser(c).id, now().getTime());
        const url = `${publicUrl}/join/${token}`;
        return c.json({ url, qrSvg: await QRCode.toString(url, { type: 'svg', margin: 1 }) }, 201);
      },
    )
    .get(
      '/invites/:token',
      documented({
        summary: 'Who an invite link is from.',
        tags: ['therapist'],
        access: 'public',
        responses: {
          200: { description: 'The therapist.', schema: InviteInfoSchema },
          404: { description: 'Unknown or withdrawn link.' },
        },
      }),
      params(InviteParams),
      async (c) => {
        const invite = await findInvite(db, sha256(c.req.valid('param').token));
        if (!invite) return problem(c, 404, 'Not found', { say: 'problem.inviteGone' });
        return c.json(
          { therapistName: invite.therapist_name, clinicName: invite.clinic_name },
          200,
        );
      },
    )
    .post(
      '/invites/:token/accept',
      documented({
        summary: 'Join the therapist’s care team (signed-in patient).',
        tags: ['therapist'],
        access: 'patient',
        responses: {
          200: { description: 'Joined.', schema: InviteInfoSchema },
          404: { description: 'Unknown or withdrawn link.' },
        },
      }),
      requireRole('patient'),
      params(InviteParams),
      async (c) => {
        const invite = await findInvite(db, sha256(c.req.valid('param').token));
        if (!invite) return problem(c, 404, 'Not found', { say: 'problem.inviteGone' });
        const user = currentUser(c);
        const at = now().getTime();
        await joinCareTeam(db, invite.therapist_user_id, user.id, at);
        await audit(db, {
          actor: user.id,
          action: 'care-team.joined',
          subject: user.id,
          detail: { therapist: invite.therapist_user_id },
          at,
          requestId: c.get('requestId'),
        });
        return c.json(
          { therapistName: invite.therapist_name, clinicName: invite.clinic_name },
          200,
        );
      },
    )
    .get(
      '/therapist/patients',
      documented({
        summary:
          'Your patients with adherence, pain change against baseline, alerts and last activity.',
        tags: ['therapist'],
        access: 'therapist',
        responses: { 200: { description: 'The roster.', schema: z.array(RosterRowSchema) } },
      }),
      requireRole('therapist'),
      query(TodayQuerySchema),
      async (c) => {
        const therapist = currentUser(c);
        const { today } = c.req.valid('query');
        const patients = await therapistPatients(db, therapist.id);
        const rows = await Promise.all(
          patients.map(async (p) => {
            const { signals, alerts, progress, joined } = await review(
              p,
              today,
              therapist.id,
              requestLocale(c),
            );
            const last =
              [...signals.logs.map((l) => l.date), ...signals.sessions.map((s) => s.date)]
                .sort()
                .at(-1) ?? null;
            return {
              id: p.id,
              name: p.name,
              email: p.email,
              joined,
              adherencePercent: progress.adherence.percent,
              baselineLegPain: progress.baseline?.legPain ?? null,
              latestLegPain: progress.latest?.legPain ?? null,
              legChange: progress.legChange,
              lastActivity: last,
              alerts,
              readyToProgress: await awaitingApproval(p.id, requestLocale(c)),
            };
          }),
        );
        await audit(db, {
          actor: therapist.id,
          action: 'roster.viewed',
          subject: null,
          detail: { patients: rows.length },
          at: now().getTime(),
          requestId: c.get('requestId'),
        });
        return c.json(rows, 200);
      },
    )
    .get(
      '/therapist/patients/:id',
      documented({
        summary: 'One of your patients: logs, sessions, check-ins, alerts. Every read is audited.',
        tags: ['therapist'],
        access: 'therapist',
        responses: {
          200: { description: 'The patient.', schema: PatientDetailSchema },
          404: { description: 'Not one of your patients.' },
        },
      }),
      requireRole('therapist'),
      params(PatientParams),
      query(TodayQuerySchema),
      async (c) => {
        const therapist = currentUser(c);
        const patient = await teamPatient(db, therapist.id, c.req.valid('param').id);
        if (!patient) return notOnTeam(c);
        const { signals, alerts, progress, joined } = await review(
          patient,
          c.req.valid('query').today,
          therapist.id,
          requestLocale(c),
        );
        await audit(db, {
          actor: therapist.id,
          action: 'patient.viewed',
          subject: patient.id,
          at: now().getTime(),
          requestId: c.get('requestId'),
        });
        return c.json(
          {
            patient: {
              id: patient.id,
              name: patient.name,
              email: patient.email,
              joined,
              locale: patient.locale,
            },
            alerts,
            logs: signals.logs,
            sessions: signals.sessions.map((s) => ({ id: s.id, date: s.date, outcome: s.outcome })),
            checkins: signals.checkins.map(
              ({
                date,
                exerciseId,
                variant,
                painBefore,
                painAfter,
                tinglingSpread,
                numbnessSpread,
                action,
              }) => ({
                date,
                exerciseId,
                variant,
                painBefore,
                painAfter,
                tinglingSpread,
                numbnessSpread,
                action,
              }),
            ),
            summary: progress.summary,
          },
          200,
        );
      },
    );
}
