import { z } from 'zod';
import { decideProgression, rewordReasons } from '../../domain/progression/decide';
import {
  DECISIONS,
  ProgressionDecisionSchema,
  type ProgressionDecision,
} from '../../domain/progression/input';
import { StageNumberSchema } from '../../domain/progression/stages';
import { ItemDoseSchema } from '../../domain/progression/dose';
import { doseInWords, type DoseWords } from '../../domain/personalization/dose-words';
import type { Program } from '../../domain/personalization/program';
import { proposedProgram, stageVariant } from '../../domain/progression/program';
import type { Db } from '../db/create-db';
import {
  currentItems,
  currentStage,
  guidanceOf,
  openProposal,
  progressionInputFor,
  type ProgressionDeps,
} from '../db/progression-state';

const Reason = ProgressionDecisionSchema.shape.reasons.element;
const ItemView = z.strictObject({
  id: z.string(),
  kind: z.enum(['exercise', 'habit']),
  name: z.string().describe('The exercise or habit lesson, in words.'),
  version: z.enum(['standard', 'gentlest']),
  dose: ItemDoseSchema.optional(),
  doseWords: z.string().describe('What to do each time, in plain words; empty for a habit lesson.'),
});
const StageSummary = z.strictObject({
  number: StageNumberSchema,
  id: z.string(),
  name: z.string(),
  description: z.string(),
});

export const StageViewSchema = z.strictObject({
  stage: StageSummary.extend({
    since: z
      .string()
      .nullable()
      .describe('The first day counted in this stage; null before any move.'),
  }),
  guidance: z
    .enum(['self-guided', 'therapist'])
    .describe('Self-guided people accept the next stage themselves; a therapist approves it.'),
  decision: z.enum(DECISIONS).describe("Today's answer from the progression engine."),
  reasons: z.array(Reason).describe('Every condition: what passed and what is still missing.'),
  items: z.array(ItemView).describe('What the current stage holds for this person.'),
  proposal: z
    .strictObject({
      id: z.string(),
      fromStage: StageNumberSchema,
      toStage: StageNumberSchema,
      toStageName: z.string(),
      awaiting: z.enum(['patient', 'therapist']),
      reasons: z.array(Reason),
      items: z.array(ItemView),
      date: z.string(),
      createdAt: z.string(),
    })
    .nullable()
    .describe('The open offer of the next stage, if any.'),
  stages: z.array(StageSummary.extend({ status: z.enum(['done', 'current', 'ahead']) })),
  history: z.array(
    z.strictObject({
      date: z.string(),
      at: z.string(),
      fromStage: StageNumberSchema,
      toStage: StageNumberSchema,
      kind: z.enum(['advance', 'step-back', 'seek-care']),
      reasons: z.array(Reason),
      by: z
        .strictObject({ role: z.enum(['patient', 'therapist', 'admin']), name: z.string() })
        .nullable()
        .describe('Who moved it; null when it moved by itself (a step back).'),
    }),
  ),
});
export type StageView = z.infer<typeof StageViewSchema>;

export type ViewDeps = ProgressionDeps & {
  nameOf: (itemId: string) => string;
  words: DoseWords;
};

/** A stage's items with names and doses in words, worded as the plan and the handout word them. */
const named = (deps: ViewDeps, items: ProgressionDecision['items']) =>
  items.map((item) => {
    const exercise = deps.library.find((e) => e.id === item.id);
    const [start] = proposedProgram(null, [item], deps.library, '').items;
    return {
      ...item,
      name: deps.nameOf(item.id),
      doseWords: exercise && start ? doseInWords(exercise, start, deps.words).each : '',
    };
  });

/** A therapist-guided patient does their therapist's program, whatever the stage's own list. */
const programItems = (deps: ViewDeps, program: Program) =>
  program.items.flatMap((item) => {
    const exercise = deps.library.find((e) => e.id === item.exerciseId);
    if (!exercise) return [];
    return [
      {
        id: item.exerciseId,
        kind: 'exercise' as const,
        name: exercise.name,
        version:
          item.variant === stageVariant(exercise, 'gentlest')
            ? ('gentlest' as const)
            : ('standard' as const),
        doseWords: doseInWords(exercise, item, deps.words).each,
      },
    ];
  });

/**
 * Everything the "Your program" page and the therapist's patient view show: the stage, what the
 * engine says today and why, the open offer, every stage and the history of moves.
 */
export async function stageView(
  db: Db,
  deps: ViewDeps,
  patientId: string,
  today: string,
): Promise<StageView> {
  const [stage, guidance, proposal, moves] = await Promise.all([
    currentStage(db, patientId),
    guidanceOf(db, patientId),
    openProposal(db, patientId),
    db
      .selectFrom('stage_change')
      .leftJoin('user_account', 'user_account.id', 'stage_change.actor_user_id')
      .select([
        'stage_change.local_date',
        'stage_change.at',
        'stage_change.from_stage',
        'stage_change.to_stage',
        'stage_change.kind',
        'stage_change.reasons',
        'user_account.name',
        'user_account.role',
      ])
      .where('stage_change.patient_user_id', '=', patientId)
      .orderBy('stage_change.seq', 'desc')
      .execute(),
  ]);
  const input = await progressionInputFor(db, deps, patientId, stage, guidance, today);
  const decision = decideProgression(input, deps.content);
  const stages = deps.content.stages;
  const current = stages.find((s) => s.number === stage.stage) ?? stages[0]!;
  const summary = (s: (typeof stages)[number]) => ({
    number: s.number,
    id: s.id,
    name: s.name,
    description: s.description,
  });
  return {
    stage: { ...summary(current), since: stage.since },
    guidance: guidance.kind,
    decision: decision.decision,
    reasons: decision.reasons,
    items:
      guidance.kind === 'therapist'
        ? programItems(deps, guidance.program)
        : named(deps, currentItems(deps, input)),
    proposal: proposal && {
      id: proposal.id,
      fromStage: proposal.fromStage,
      toStage: proposal.toStage,
      toStageName: stages.find((s) => s.number === proposal.toStage)?.name ?? '',
      awaiting: proposal.guidance === 'therapist' ? 'therapist' : 'patient',
      // Kept from the day it was made: said again in the reader's language.
      reasons: rewordReasons(proposal.reasons, deps.content),
      items: named(deps, proposal.items),
      date: proposal.date,
      createdAt: proposal.createdAt,
    },
    stages: stages.map((s) => ({
      ...summary(s),
      status: s.number < stage.stage ? 'done' : s.number === stage.stage ? 'current' : 'ahead',
    })),
    history: moves.map((m) => ({
      date: m.local_date,
      at: new Date(Number(m.at)).toISOString(),
      fromStage: StageNumberSchema.parse(m.from_stage),
      toStage: StageNumberSchema.parse(m.to_stage),
      kind: m.kind,
      reasons: rewordReasons(z.array(Reason).parse(JSON.parse(m.reasons)), deps.content),
      by: m.name && m.role ? { role: m.role, name: m.name } : null,
    })),
  };
}
