import { Hono, type Context } from 'hono';
import { documented } from '../http/openapi';
import { z } from 'zod';
import { daysBetween } from '../../domain/calendar-days';
import { IdSchema } from '../../domain/ids';
import { MAX_DAYS } from '../../domain/progression/input';
import { IsoDateSchema } from '../../domain/progress/progress';
import { audit } from '../db/audit';
import { NOT_ON_TEAM, teamPatient } from '../db/care-team';
import type { Db } from '../db/create-db';
import { rewordReasons } from '../../domain/progression/decide';
import { settleProposal, type SettleResult, type Settlement } from '../db/progression-state';
import { currentUser, requireRole, type AppEnv } from '../http/auth';

import { fieldSaid, problem } from '../http/problem';
import { idParam, jsonBody, params, query } from '../http/validate';
import { StageViewSchema, stageView, type ViewDeps } from './stage-view';
import type { Locale } from '../../domain/i18n/locale';
import { requestLocale } from '../http/locale';

const Today = IsoDateSchema.describe("The person's own calendar day.");
const TodayQuery = z.strictObject({ today: Today });
const Answer = z.strictObject({
  proposalId: IdSchema.describe('The offer being answered, from `proposal.id`.'),
  today: Today,
});
const TherapistAnswer = z.strictObject({
  today: Today,
  note: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .describe('Approve: a note on the new program for the patient. Decline: why, for the record.'),
});
const PatientParams = idParam('Patient id');
const ProposalParams = z.strictObject({
  id: IdSchema.describe('Patient id'),
  proposalId: IdSchema.describe('The offer, from `proposal.id`.'),
});
const Approved = z.strictObject({
  programVersion: z
    .number()
    .int()
    .describe('The new program version with the next stage’s exercises.'),
  progression: StageViewSchema,
});

const conflict = {
  409: {
    description:
      'The offer is no longer open, a condition no longer holds (it is then withdrawn), or someone else decides it.',
  },
};

export function stageRoutes({
  db,
  now,
  deps: byLocale,
}: {
  db: Db;
  now: () => Date;
  /** The stage view's words in each language; each request reads its own. */
  deps: Record<Locale, ViewDeps>;
}) {
  /**
   * Today somewhere on Earth is at most one day after the server's (UTC+14); a day in the past
   * only asks how things stood then, within the history the engine reads.
   */
  const implausible = (c: Context, today: string, field: string) => {
    const serverDay = now().toISOString().slice(0, 10);
    const ahead = daysBetween(serverDay, today) > 1;
    if (!ahead && daysBetween(today, serverDay) < MAX_DAYS) return null;
    const error = ahead
      ? fieldSaid(c, field, 'issue.dayAfterToday', { day: serverDay })
      : fieldSaid(c, field, 'issue.dayTooOld', { days: MAX_DAYS });
    return problem(
      c,
      400,
      'Invalid request',
      { say: 'problem.fixValue', values: { field, value: today, problem: error.message } },
      [error],
    );
  };
  const refused = (c: Context, result: Exclude<SettleResult, { ok: true }>) => {
    if (result.why !== 'not-ready') return problem(c, 409, 'Conflict', result.detail);
    const [missing] = result.missing
      ? rewordReasons([result.missing], byLocale[requestLocale(c)].content)
      : [];
    return problem(
      c,
      409,
      'Not ready yet',
      missing
        ? { say: 'problem.notYet', values: { reason: missing.text } }
        : { say: 'problem.notYetAny' },
    );
  };

  /** Answers an offer for this patient, audited; 400 for an implausible day, 409 when refused. */
  async function answer(
    c: Context<AppEnv>,
    patientId: string,
    proposalId: string,
    today: string,
    settlement: Settlement,
    reply: (programVersion: number | null) => Promise<Response>,
  ): Promise<Response> {
    const bad = implausible(c, today, 'today');
    if (bad) return bad;
    const at = now().getTime();
    // Moves are recorded with their reasons in words, in English as the rest of the engine's.
    const result = await settleProposal(
      db,
      byLocale.en,
      patientId,
      proposalId,
      today,
      at,
      settlement,
    );
    if (!result.ok) return refused(c, result);
    const done = { accept: 'accepted', approve: 'approved', decline: 'declined' } as const;
    await audit(db, {
      actor: settlement.actor,
      action: `progression.${done[settlement.kind]}`,
      subject: patientId,
      detail: { proposalId, programVersion: result.programVersion },
      at,
      requestId: c.get('requestId'),
    });
    return reply(result.programVersion);
  }

  return new Hono<AppEnv>()
    .get(
      '/me/program/stage',
      documented({
        summary:
          'Your stage in the long-term program: what it holds, what the next one needs and why, the open offer if any, and every move so far.',
        tags: ['progression'],
        access: 'patient',
        responses: { 200: { description: 'Where you are.', schema: StageViewSchema } },
      }),
      requireRole('patient'),
      query(TodayQuery),
      async (c) => {
        const { today } = c.req.valid('query');
        const bad = implausible(c, today, 'today');
        if (bad) return bad;
        return c.json(
          await stageView(db, byLocale[requestLocale(c)], currentUser(c).id, today),
          200,
        );
      },
    )
    .post(
      '/me/program/stage/accept',
      documented({
        summary:
          'Move on to the stage you were offered (self-guided only; the engine checks again first).',
        tags: ['progression'],
        access: 'patient',
        responses: {
          200: { description: 'Your new stage.', schema: StageViewSchema },
          ...conflict,
        },
      }),
      requireRole('patient'),
      jsonBody(Answer),
      async (c) => {
        const user = currentUser(c);
        const { proposalId, today } = c.req.valid('json');
        return answer(c, user.id, proposalId, today, { kind: 'accept', actor: user.id }, async () =>
          c.json(await stageView(db, byLocale[requestLocale(c)], user.id, today), 200),
        );
      },
    )
    .post(
      '/me/program/stage/decline',
      documented({
        summary:
          'Stay in your stage for now; the offer comes back after a week if you are still ready.',
        tags: ['progression'],
        access: 'patient',
        responses: { 200: { description: 'Where you are.', schema: StageViewSchema }, ...conflict },
      }),
      requireRole('patient'),
      jsonBody(Answer),
      async (c) => {
        const user = currentUser(c);
        const { proposalId, today } = c.req.valid('json');
        const settlement = { kind: 'decline', by: 'patient', actor: user.id, note: '' } as const;
        return answer(c, user.id, proposalId, today, settlement, async () =>
          c.json(await stageView(db, byLocale[requestLocale(c)], user.id, today), 200),
        );
      },
    )
    .get(
      '/therapist/patients/:id/progression',
      documented({
        summary:
          "Your patient's stage, the engine's reasons, the proposal to approve and the history.",
        tags: ['therapist'],
        access: 'therapist',
        responses: {
          200: { description: 'Where the patient is.', schema: StageViewSchema },
          404: { description: 'Not one of your patients.' },
        },
      }),
      requireRole('therapist'),
      params(PatientParams),
      query(TodayQuery),
      async (c) => {
        const therapist = currentUser(c);
        const patientId = c.req.valid('param').id;
        const { today } = c.req.valid('query');
        if (!(await teamPatient(db, therapist.id, patientId)))
          return problem(c, 404, 'Not found', NOT_ON_TEAM);
        const bad = implausible(c, today, 'today');
        if (bad) return bad;
        return c.json(await stageView(db, byLocale[requestLocale(c)], patientId, today), 200);
      },
    )
    .post(
      '/patients/:id/progression/:proposalId/approve',
      documented({
        summary:
          "Approve the proposed next stage: assigns a new program version with that stage's exercises, doses grown within their limits.",
        tags: ['therapist'],
        access: 'therapist',
        responses: {
          200: { description: 'The new version and stage.', schema: Approved },
          404: { description: 'Not one of your patients.' },
          ...conflict,
        },
      }),
      requireRole('therapist'),
      params(ProposalParams),
      jsonBody(TherapistAnswer),
      async (c) => {
        const therapist = currentUser(c);
        const { id: patientId, proposalId } = c.req.valid('param');
        const { today, note } = c.req.valid('json');
        if (!(await teamPatient(db, therapist.id, patientId)))
          return problem(c, 404, 'Not found', NOT_ON_TEAM);
        const settlement = {
          kind: 'approve',
          actor: therapist.id,
          note: note || undefined,
        } as const;
        return answer(c, patientId, proposalId, today, settlement, async (programVersion) =>
          c.json(
            {
              programVersion,
              progression: await stageView(db, byLocale[requestLocale(c)], patientId, today),
            },
            200,
          ),
        );
      },
    )
    .post(
      '/patients/:id/progression/:proposalId/decline',
      documented({
        summary: 'Keep the patient in their stage for now; the engine proposes again after a week.',
        tags: ['therapist'],
        access: 'therapist',
        responses: {
          200: { description: 'Where the patient is.', schema: StageViewSchema },
          404: { description: 'Not one of your patients.' },
          ...conflict,
        },
      }),
      requireRole('therapist'),
      params(ProposalParams),
      jsonBody(TherapistAnswer),
      async (c) => {
        const therapist = currentUser(c);
        const { id: patientId, proposalId } = c.req.valid('param');
        const { today, note } = c.req.valid('json');
        if (!(await teamPatient(db, therapist.id, patientId)))
          return problem(c, 404, 'Not found', NOT_ON_TEAM);
        const settlement = {
          kind: 'decline',
          by: 'therapist',
          actor: therapist.id,
          note: note ?? '',
        } as const;
        return answer(c, patientId, proposalId, today, settlement, async () =>
          c.json(await stageView(db, byLocale[requestLocale(c)], patientId, today), 200),
        );
      },
    );
}
