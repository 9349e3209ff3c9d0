import { daysBetween } from '../calendar-days';
import { smallestChangeThatMatters } from '../progress/progress';
import type { ProgressionDecision, ProgressionInput } from './input';
import { wordingText, type Reason, type RuleId, type TextKey, type TextValues } from './rules';
import type { ProgressionContent, Stage, StageNumber } from './stages';

type Session = ProgressionInput['sessions'][number];
type Log = ProgressionInput['logs'][number];

const spreads = (c: Session['checkins'][number]) => c.tinglingSpread || c.numbnessSpread;

/** A session where every check-in said "continue" and nothing spread: an easy session. */
export function isGreen(session: Session): boolean {
  return (
    session.checkins.length > 0 &&
    session.checkins.every((c) => c.decision === 'continue' && !spreads(c))
  );
}

/**
 * Whether to offer the next stage, stay, step back, or stop and seek care, with the reasons in
 * the person's words. Pure: the history and today come in; nothing is kept.
 *
 * 1. A warning sign not yet seen by a clinician: seek care, no plan (stage 1 when they return).
 * 2. In this stage and the last 7 days, a stopped session, spreading tingling or numbness, or leg
 *    pain up 2+ points within 3 days: one stage back (stage 1 stays at 1).
 * 3. The last stage never advances.
 * 4. Otherwise the next stage is offered when every condition of this stage's `unlock` holds:
 *    enough easy sessions in this stage, nothing spreading in the last 7 days, leg pain not
 *    rising over them and, where asked, down from the start by the smallest change that matters.
 */
export function decideProgression(
  input: ProgressionInput,
  content: ProgressionContent,
): ProgressionDecision {
  const { settings } = content;
  const say = <R extends RuleId, K extends TextKey<R>>(
    rule: R,
    key: K,
    passed: boolean,
    values: TextValues<R, K>,
  ): Reason => wordReason(content, { rule, passed, key, values });
  const current = stageOf(content, input.stage);

  if (input.redFlag)
    return {
      decision: 'seek-care',
      stage: 1,
      reasons: [say('red-flag', 'seekCare', false, {})],
      items: [],
    };

  const age = (date: string) => daysBetween(date, input.today);
  const inWindow = (date: string) => age(date) >= 0 && age(date) < settings.windowDays;
  const inStage = (date: string) => !input.stageSince || date >= input.stageSince;
  const recent = input.sessions.filter((s) => inWindow(s.date));
  const recentInStage = recent.filter((s) => inStage(s.date));
  const logs = [...input.logs].sort((a, b) => a.date.localeCompare(b.date));
  const windowLogs = logs.filter((l) => inWindow(l.date));

  // Step back: each trigger counts only inside this stage, so one setback moves one stage.
  const lower = Math.max(1, input.stage - 1);
  const atFirst = input.stage === 1;
  const triggers: Reason[] = [];
  if (recentInStage.some((s) => s.checkins.some((c) => c.decision === 'stop')))
    triggers.push(
      atFirst
        ? say('stopped-session', 'firstStage', false, {})
        : say('stopped-session', 'stepBack', false, { stage: lower }),
    );
  if (recentInStage.some((s) => s.checkins.some(spreads)))
    triggers.push(
      atFirst
        ? say('spreading-symptoms', 'firstStage', false, {})
        : say('spreading-symptoms', 'stepBack', false, { stage: lower }),
    );
  const jump = painJump(
    logs.filter((l) => inStage(l.date)),
    inWindow,
    settings.painJump,
  );
  if (jump !== null)
    triggers.push(
      atFirst
        ? say('pain-jump', 'firstStage', false, { points: jump })
        : say('pain-jump', 'stepBack', false, { points: jump, stage: lower }),
    );
  if (triggers.length > 0)
    return {
      decision: atFirst ? 'stay' : 'step-back',
      stage: lower,
      reasons: [...triggers, ...itemNotes(input, stageOf(content, lower), content)],
      items: stageItemsFor(input, stageOf(content, lower), content),
    };

  const noRedFlag = say('red-flag', 'passed', true, {});
  if (current.unlock === null)
    return {
      decision: 'stay',
      stage: input.stage,
      reasons: [
        say('last-stage', 'text', true, { stage: current.number }),
        noRedFlag,
        ...itemNotes(input, current, content),
      ],
      items: stageItemsFor(input, current, content),
    };

  const { unlock } = current;
  const checks: Reason[] = [noRedFlag];
  const done = input.sessions.filter((s) => inStage(s.date) && isGreen(s)).length;
  const counts = { done, needed: unlock.greenSessions };
  checks.push(
    done >= unlock.greenSessions
      ? say('green-sessions', 'passed', true, counts)
      : say('green-sessions', 'missing', false, counts),
  );
  checks.push(
    recent.some((s) => s.checkins.some(spreads))
      ? say('spreading-symptoms', 'missing', false, {})
      : say('spreading-symptoms', 'passed', true, {}),
  );
  const first = windowLogs[0];
  const last = windowLogs.at(-1);
  if (!first || !last || windowLogs.length < settings.minLogsInWindow)
    checks.push(
      say('leg-pain-steady', 'tooFewLogs', false, {
        done: windowLogs.length,
        needed: settings.minLogsInWindow,
      }),
    );
  else if (last.legPain > first.legPain)
    checks.push(say('leg-pain-steady', 'rising', false, { from: first.legPain, to: last.legPain }));
  else checks.push(say('leg-pain-steady', 'passed', true, {}));
  if (unlock.legPainBelowBaseline) {
    const baseline = input.baseline.legPain;
    const target = Math.max(0, baseline - smallestChangeThatMatters(baseline));
    if (!last) checks.push(say('leg-pain-better', 'noLog', false, {}));
    else if (last.legPain === 0) checks.push(say('leg-pain-better', 'painFree', true, {}));
    else if (last.legPain <= target)
      checks.push(say('leg-pain-better', 'passed', true, { baseline, now: last.legPain }));
    else
      checks.push(
        say('leg-pain-better', 'missing', false, { baseline, now: last.legPain, target }),
      );
  }

  const missing = checks.filter((r) => !r.passed);
  if (missing.length > 0)
    return {
      decision: 'stay',
      stage: input.stage,
      reasons: [...missing, ...checks.filter((r) => r.passed)],
      items: stageItemsFor(input, current, content),
    };
  const next = stageOf(content, input.stage + 1);
  const offer =
    input.guidance === 'therapist'
      ? say('next-stage', 'therapist', true, { stage: next.number })
      : say('next-stage', 'selfGuided', true, { stage: next.number });
  return {
    decision: 'advance',
    stage: next.number,
    reasons: [offer, ...checks, ...itemNotes(input, next, content)],
    items: stageItemsFor(input, next, content),
  };
}

function stageOf(content: ProgressionContent, number: StageNumber): Stage {
  const stage = content.stages.find((s) => s.number === number);
  if (!stage) throw new Error(`no stage ${number}`);
  return stage;
}

/**
 * The biggest rise in leg pain from one log to a later one at most `days` days after it, the
 * later one in the window, when it is at least `points`; otherwise null.
 */
function painJump(
  logs: readonly Log[],
  inWindow: (date: string) => boolean,
  { points, days }: { points: number; days: number },
): number | null {
  let biggest = 0;
  for (const later of logs) {
    if (!inWindow(later.date)) continue;
    for (const earlier of logs) {
      const gap = daysBetween(earlier.date, later.date);
      if (gap > 0 && gap <= days) biggest = Math.max(biggest, later.legPain - earlier.legPain);
    }
  }
  return biggest >= points ? biggest : null;
}

/** Whether an item that needs centralising is in: it does, and it never spread or stopped. */
function centralises(input: ProgressionInput, id: string): boolean {
  if (!input.centralisesWith.includes(id)) return false;
  return !input.sessions.some((s) =>
    s.checkins.some((c) => c.exerciseId === id && (spreads(c) || c.decision === 'stop')),
  );
}

/** A stage's items for this person: therapist-only items only when their therapist prescribed them. */
export function stageItemsFor(
  input: ProgressionInput,
  stage: Stage,
  content: ProgressionContent,
): ProgressionDecision['items'] {
  return stage.items.flatMap((item) => {
    const facts = content.items.find((f) => f.id === item.id);
    if (!facts) return [];
    if (
      facts.therapistOnly &&
      !(input.guidance === 'therapist' && input.prescribed.includes(item.id))
    )
      return [];
    if (facts.onlyIfCentralises && !centralises(input, item.id)) return [];
    return [
      {
        id: item.id,
        kind: facts.kind,
        version: item.version,
        ...(item.dose ? { dose: item.dose } : {}),
      },
    ];
  });
}

/** Why the press-up is in or out, for someone it once centralised. */
function itemNotes(input: ProgressionInput, stage: Stage, content: ProgressionContent): Reason[] {
  return stage.items.flatMap((item) => {
    const facts = content.items.find((f) => f.id === item.id);
    if (!facts?.onlyIfCentralises || !input.centralisesWith.includes(item.id)) return [];
    const offered = centralises(input, item.id);
    return [
      wordReason(content, {
        rule: 'press-up-centralises',
        passed: offered,
        key: offered ? 'offered' : 'stopped',
        values: {},
      }),
    ];
  });
}

/**
 * A reason in the content's language, from its rule, wording key and values; `{stage}` is
 * given as a stage number and named here.
 */
function wordReason(
  content: ProgressionContent,
  reason: {
    rule: RuleId;
    passed: boolean;
    key: string;
    values: Record<string, string | number>;
  },
): Reason {
  const { stage } = reason.values;
  const named =
    typeof stage === 'number'
      ? { ...reason.values, stage: stageOf(content, stage).name }
      : reason.values;
  return { ...reason, text: wordingText(content.rules, reason.rule, reason.key, named) };
}

/**
 * Reasons kept from an earlier day, said again in the content's language. Reasons kept before
 * wordings had keys stay as they were written.
 */
export function rewordReasons(reasons: readonly Reason[], content: ProgressionContent): Reason[] {
  return reasons.map((r) =>
    r.key !== undefined && r.values !== undefined
      ? wordReason(content, { rule: r.rule, passed: r.passed, key: r.key, values: r.values })
      : r,
  );
}
