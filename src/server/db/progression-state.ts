import type { Said } from '../http/problem';
import { addDays, daysBetween } from '../../domain/calendar-days';
import type { Exercise } from '../../domain/exercises/library';
import { ProgramSchema, type Program } from '../../domain/personalization/program';
import { decideProgression, stageItemsFor } from '../../domain/progression/decide';
import {
  MAX_DAYS,
  ProgressionDecisionSchema,
  type ProgressionDecision,
  type ProgressionInput,
} from '../../domain/progression/input';
import type { ProgressionContent, StageNumber } from '../../domain/progression/stages';
import type { Reason } from '../../domain/progression/rules';
import type { Db } from './create-db';
import { isForeignKeyViolation } from './errors';
import { lockAccount } from './locks';
import { currentProgram, insertProgramVersion } from './prescriptions';
import { proposedProgram } from '../../domain/progression/program';

/**
 * Where a patient is in the long-term program, read and moved. The decision itself is the pure
 * engine (domain/progression/decide.ts); this module gathers the history it decides from and
 * keeps its outcome: automatic steps back, and offers of the next stage.
 */
export type ProgressionDeps = { content: ProgressionContent; library: readonly Exercise[] };

type Reasons = ProgressionDecision['reasons'];
type Items = ProgressionDecision['items'];
const ReasonsSchema = ProgressionDecisionSchema.shape.reasons;
const ItemsSchema = ProgressionDecisionSchema.shape.items;

export type CurrentStage = {
  /** Number of moves so far; the next move is `seq + 1`. */
  seq: number;
  stage: StageNumber;
  /** The first day that counts in this stage; null for stage 1 before any move. */
  since: string | null;
};

export async function currentStage(db: Db, patientId: string): Promise<CurrentStage> {
  const row = await db
    .selectFrom('stage_change')
    .select(['seq', 'to_stage', 'since_date'])
    .where('patient_user_id', '=', patientId)
    .orderBy('seq', 'desc')
    .executeTakeFirst();
  if (!row) return { seq: 0, stage: 1, since: null };
  return { seq: row.seq, stage: row.to_stage, since: row.since_date };
}

export type Guidance = { kind: 'self-guided' } | { kind: 'therapist'; program: Program };

/** A patient with a program from a therapist is guided by that therapist; anyone else guides themselves. */
export async function guidanceOf(db: Db, patientId: string): Promise<Guidance> {
  const row = await currentProgram(db, patientId);
  return row
    ? { kind: 'therapist', program: ProgramSchema.parse(JSON.parse(row.program)) }
    : { kind: 'self-guided' };
}

/**
 * The engine's input from the records: sessions with their check-ins and daily logs of the last
 * `MAX_DAYS` days up to `today`, the first leg-pain score as the starting point, and a red flag
 * while the newest safety check is one. Movements that need centralising count as centralising
 * only when the patient's therapist prescribed them: that is a clinician's finding.
 */
export async function progressionInputFor(
  db: Db,
  { content }: ProgressionDeps,
  patientId: string,
  stage: CurrentStage,
  guidance: Guidance,
  today: string,
): Promise<ProgressionInput> {
  const earliest = addDays(today, -(MAX_DAYS - 1));
  const [sessions, checkins, logs, firstLog, screening] = await Promise.all([
    db
      .selectFrom('exercise_session')
      .select(['id', 'local_date'])
      .where('user_id', '=', patientId)
      .where('local_date', '>=', earliest)
      .where('local_date', '<=', today)
      .orderBy('local_date', 'desc')
      .limit(MAX_DAYS)
      .execute(),
    db
      .selectFrom('checkin_event')
      .innerJoin('exercise_session', 'exercise_session.id', 'checkin_event.session_id')
      .select(['session_id', 'exercise_id', 'action', 'tingling_spread', 'numbness_spread'])
      .where('checkin_event.user_id', '=', patientId)
      .where('exercise_session.local_date', '>=', earliest)
      .where('exercise_session.local_date', '<=', today)
      .orderBy('checkin_event.at')
      .execute(),
    db
      .selectFrom('daily_log')
      .select(['local_date', 'leg_pain', 'back_pain'])
      .where('user_id', '=', patientId)
      .where('local_date', '>=', earliest)
      .where('local_date', '<=', today)
      .execute(),
    db
      .selectFrom('daily_log')
      .select('leg_pain')
      .where('user_id', '=', patientId)
      .orderBy('local_date')
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('safety_screening')
      .select('status')
      .where('user_id', '=', patientId)
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirst(),
  ]);
  const known = new Set(content.items.map((i) => i.id));
  const bySession = new Map<string, ProgressionInput['sessions'][number]['checkins']>();
  for (const c of checkins) {
    // A check-in on an item the stages do not know cannot count; nothing in the library is missing today.
    if (!known.has(c.exercise_id)) continue;
    const list = bySession.get(c.session_id) ?? [];
    list.push({
      exerciseId: c.exercise_id,
      decision: c.action as ProgressionInput['sessions'][number]['checkins'][number]['decision'],
      tinglingSpread: c.tingling_spread === 1,
      numbnessSpread: c.numbness_spread === 1,
    });
    bySession.set(c.session_id, list);
  }
  const prescribed =
    guidance.kind === 'therapist' ? guidance.program.items.map((i) => i.exerciseId) : [];
  const needsCentralising = new Set(
    content.items.filter((i) => i.onlyIfCentralises).map((i) => i.id),
  );
  return {
    stage: stage.stage,
    baseline: { legPain: firstLog?.leg_pain ?? 0 },
    redFlag: screening?.status === 'seek-care',
    sessions: sessions.map((s) => ({ date: s.local_date, checkins: bySession.get(s.id) ?? [] })),
    logs: logs.map((l) => ({ date: l.local_date, legPain: l.leg_pain, backPain: l.back_pain })),
    today,
    // A move made today counts from tomorrow, so nothing of today is in the new stage: the
    // session that caused a step back cannot cause a second one.
    ...(stage.since ? { stageSince: stage.since } : {}),
    guidance: guidance.kind,
    prescribed: prescribed.filter((id) => known.has(id)),
    centralisesWith: prescribed.filter((id) => needsCentralising.has(id)),
  };
}

/** The patient's newest day with a record, so a change to an older day is judged as of now. */
async function latestDay(db: Db, patientId: string, given: string): Promise<string> {
  const [log, session] = await Promise.all([
    db
      .selectFrom('daily_log')
      .select((eb) => eb.fn.max('local_date').as('d'))
      .where('user_id', '=', patientId)
      .executeTakeFirst(),
    db
      .selectFrom('exercise_session')
      .select((eb) => eb.fn.max('local_date').as('d'))
      .where('user_id', '=', patientId)
      .executeTakeFirst(),
  ]);
  return [given, log?.d ?? '', session?.d ?? ''].reduce((a, b) => (b > a ? b : a));
}

export type OpenProposal = {
  id: string;
  fromStage: StageNumber;
  toStage: StageNumber;
  guidance: 'self-guided' | 'therapist';
  reasons: Reasons;
  items: Items;
  date: string;
  createdAt: string;
};

export async function openProposal(db: Db, patientId: string): Promise<OpenProposal | null> {
  const row = await db
    .selectFrom('progression_proposal')
    .selectAll()
    .where('patient_user_id', '=', patientId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    fromStage: row.from_stage,
    toStage: row.to_stage,
    guidance: row.guidance,
    reasons: ReasonsSchema.parse(JSON.parse(row.reasons)),
    items: ItemsSchema.parse(JSON.parse(row.items)),
    date: row.local_date,
    createdAt: new Date(Number(row.created_at)).toISOString(),
  };
}

async function withdrawOpen(db: Db, patientId: string, at: number) {
  await db
    .updateTable('progression_proposal')
    .set({ status: 'withdrawn', decided_at: at })
    .where('patient_user_id', '=', patientId)
    .where('status', '=', 'open')
    .execute();
}

/** Records a move to another stage; counting in it starts the next day (ADR 0010). */
export async function recordStageChange(
  db: Db,
  patientId: string,
  from: CurrentStage,
  move: {
    to: StageNumber;
    kind: 'advance' | 'step-back' | 'seek-care';
    reasons: Reasons;
    today: string;
    at: number;
    actor: string | null;
    proposalId: string | null;
  },
) {
  await db
    .insertInto('stage_change')
    .values({
      patient_user_id: patientId,
      seq: from.seq + 1,
      from_stage: from.stage,
      to_stage: move.to,
      kind: move.kind,
      reasons: JSON.stringify(move.reasons),
      local_date: move.today,
      since_date: addDays(move.today, 1),
      at: move.at,
      actor_user_id: move.actor,
      proposal_id: move.proposalId,
    })
    .execute();
}

/**
 * After a patient's records change: decide again and keep the outcome. A setback (a stop,
 * spreading symptoms, a jump in leg pain) moves one stage back at once; a red flag sends
 * anyone past stage 1 back to it; an offer of the next stage is made when every condition
 * holds, and withdrawn when one no longer does. An offer the patient or therapist turned down
 * is not made again for `windowDays`. One patient at a time, so two saves at once move once.
 */
export async function reviewProgression(
  db: Db,
  deps: ProgressionDeps,
  patientId: string,
  day: string,
  at: number,
): Promise<void> {
  // A day entered long after the fact (a back-filled log) is outside every window the engine
  // looks at, so it cannot change the answer: skip the work. Time zones span ±14 h, hence + 1.
  const serverDay = new Date(at).toISOString().slice(0, 10);
  if (daysBetween(day, serverDay) > deps.content.settings.windowDays + 1) return;
  try {
    await db.transaction().execute(async (trx) => {
      await lockAccount(trx, patientId);
      const today = await latestDay(trx, patientId, day);
      const stage = await currentStage(trx, patientId);
      const guidance = await guidanceOf(trx, patientId);
      const input = await progressionInputFor(trx, deps, patientId, stage, guidance, today);
      const decision = decideProgression(input, deps.content);
      const open = await openProposal(trx, patientId);
      const movesBack =
        decision.decision === 'step-back' || (decision.decision === 'seek-care' && stage.stage > 1);
      if (movesBack) {
        await withdrawOpen(trx, patientId, at);
        await recordStageChange(trx, patientId, stage, {
          to: decision.stage,
          kind: decision.decision === 'seek-care' ? 'seek-care' : 'step-back',
          reasons: decision.reasons,
          today,
          at,
          actor: null,
          proposalId: null,
        });
        return;
      }
      if (decision.decision !== 'advance') {
        if (open) await withdrawOpen(trx, patientId, at);
        return;
      }
      if (open?.toStage === decision.stage && open.guidance === guidance.kind) return;
      if (open) await withdrawOpen(trx, patientId, at);
      const declined = await trx
        .selectFrom('progression_proposal')
        .select('local_date')
        .where('patient_user_id', '=', patientId)
        .where('status', '=', 'declined')
        .where('to_stage', '=', decision.stage)
        .orderBy('created_at', 'desc')
        .executeTakeFirst();
      if (declined && daysBetween(declined.local_date, today) < deps.content.settings.windowDays)
        return;
      await trx
        .insertInto('progression_proposal')
        .values({
          id: crypto.randomUUID(),
          patient_user_id: patientId,
          from_stage: stage.stage,
          to_stage: decision.stage,
          guidance: guidance.kind,
          reasons: JSON.stringify(decision.reasons),
          items: JSON.stringify(decision.items),
          status: 'open',
          local_date: today,
          created_at: at,
          decided_at: null,
          decided_by: null,
        })
        .execute();
    });
  } catch (error) {
    // The account was deleted while this ran: there is nobody left to move.
    if (!isForeignKeyViolation(error)) throw error;
  }
}

/** What the patient's current stage holds for them today (habits included). */
export function currentItems(
  deps: ProgressionDeps,
  input: ProgressionInput,
): ProgressionDecision['items'] {
  const stage = deps.content.stages.find((s) => s.number === input.stage);
  return stage ? stageItemsFor(input, stage, deps.content) : [];
}

export type Settlement =
  | { kind: 'accept'; actor: string }
  | { kind: 'approve'; actor: string; note: string | undefined }
  | { kind: 'decline'; by: 'patient' | 'therapist'; actor: string; note: string };

export type SettleResult =
  | { ok: true; programVersion: number | null }
  /** `gone`: the offer was withdrawn, taken or never this patient's; `not-ready`: a condition no longer holds. */
  | { ok: false; why: 'gone' | 'wrong-person'; detail: Said }
  /** The first condition that no longer holds, for the caller to word in its reader's language. */
  | { ok: false; why: 'not-ready'; missing: Reason | undefined };

/**
 * Answers an offer of the next stage, one patient at a time. Accepting or approving asks the
 * engine again first: if anything changed since the offer (pain rising, symptoms spreading), it
 * is withdrawn and nothing moves. Approving also assigns the next program version, in the same
 * transaction, so a stage never changes without its exercises.
 */
export async function settleProposal(
  db: Db,
  deps: ProgressionDeps,
  patientId: string,
  proposalId: string,
  day: string,
  at: number,
  settlement: Settlement,
): Promise<SettleResult> {
  return db.transaction().execute(async (trx): Promise<SettleResult> => {
    await lockAccount(trx, patientId);
    const open = await openProposal(trx, patientId);
    const gone = {
      ok: false,
      why: 'gone',
      detail: { say: 'problem.offerGone' },
    } as const;
    if (!open || open.id !== proposalId) return gone;
    const patientDecides =
      settlement.kind === 'accept' ||
      (settlement.kind === 'decline' && settlement.by === 'patient');
    if (patientDecides !== (open.guidance === 'self-guided'))
      return {
        ok: false,
        why: 'wrong-person',
        detail: { say: patientDecides ? 'problem.therapistDecides' : 'problem.patientDecides' },
      };
    const stage = await currentStage(trx, patientId);
    if (stage.stage !== open.fromStage) return gone;
    const mark = (status: 'accepted' | 'approved' | 'declined' | 'withdrawn', note = '') =>
      trx
        .updateTable('progression_proposal')
        .set({
          status,
          decided_at: at,
          decided_by: status === 'withdrawn' ? null : settlement.actor,
          note,
        })
        .where('id', '=', open.id)
        .where('status', '=', 'open')
        .execute();
    if (settlement.kind === 'decline') {
      await mark('declined', settlement.note);
      return { ok: true, programVersion: null };
    }
    const today = await latestDay(trx, patientId, day);
    const guidance = await guidanceOf(trx, patientId);
    const input = await progressionInputFor(trx, deps, patientId, stage, guidance, today);
    const decision = decideProgression(input, deps.content);
    if (decision.decision !== 'advance' || decision.stage !== open.toStage) {
      await mark('withdrawn');
      return { ok: false, why: 'not-ready', missing: decision.reasons.find((r) => !r.passed) };
    }
    let programVersion: number | null = null;
    if (settlement.kind === 'approve') {
      // Offered to a therapist, so a program exists: nothing deletes one.
      if (guidance.kind !== 'therapist') return gone;
      const program = proposedProgram(
        guidance.program,
        decision.items,
        deps.library,
        settlement.note ?? guidance.program.note,
      );
      programVersion = await insertProgramVersion(
        trx,
        patientId,
        settlement.actor,
        JSON.stringify(program),
        at,
      );
    }
    await mark(settlement.kind === 'accept' ? 'accepted' : 'approved');
    await recordStageChange(trx, patientId, stage, {
      to: open.toStage,
      kind: 'advance',
      reasons: decision.reasons,
      today,
      at,
      actor: settlement.actor,
      proposalId: open.id,
    });
    return { ok: true, programVersion };
  });
}
