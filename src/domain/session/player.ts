import type { CheckinReport, CheckinResult } from '../safety/checkin';
import type { MessageValues, Words } from '../i18n/words';
import type { PlanItem, Side } from '../personalization/plan';

/** A guided session as a pure state machine: time comes in with every event, in milliseconds. */

export const GET_READY_SECONDS = 5;
export const SWITCH_SECONDS = 5;
export const REST_SECONDS = 5;
/** The pause between two sets, of holds and of repeated movements alike. */
export const SET_REST_SECONDS = 20;

export type SessionItem = Pick<
  PlanItem,
  'exerciseId' | 'variant' | 'name' | 'variantName' | 'mode' | 'reps' | 'sides' | 'breath'
> &
  Partial<Pick<PlanItem, 'sets' | 'tempo'>> & { holdSeconds: number | null };

export type SegmentKind =
  | 'ready'
  | 'switch'
  | 'rest'
  /** The longer pause before the second and later sets. */
  | 'set-rest'
  | 'hold'
  | 'inhale'
  | 'exhale'
  /** The two halves of a repeated movement, e.g. straighten the knee… and bend it back. */
  | 'out'
  | 'back';
export type Segment = {
  kind: SegmentKind;
  seconds: number;
  side: Side | null;
  rep: number;
  /** Which set this step belongs to (1 when the exercise has one set). */
  set: number;
};

/** Where a block sits in its exercise: on which side, and which of how many sets. */
export type BlockPlace = { side: Side | null; set: number; sets: number };

export type Outcome = 'done' | 'skipped' | 'stopped';
export type ItemRecord = {
  exerciseId: SessionItem['exerciseId'];
  variant: string;
  /** The side this record covers: a one-sided stretch is checked in after each side. */
  side: Side | null;
  /** The set this record covers, when the exercise has more than one (checked in after each). */
  set: number | null;
  outcome: Outcome;
  checkin: CheckinResult | null;
  /** What the person reported, kept for their record and their therapist. */
  report: CheckinReport | null;
  heldSeconds: number;
};

export type Phase = 'intro' | 'running' | 'checkin' | 'finished' | 'stopped';

export type SessionState = {
  items: SessionItem[];
  index: number;
  phase: Phase;
  /** Which block (one set on one side) is under way, counted from 0. */
  block: number;
  /** The step inside the current block. */
  segment: number;
  /** When the current segment ends (running), or how long was left (paused). */
  endsAt: number | null;
  pausedRemainingMs: number | null;
  records: ItemRecord[];
  heldMs: number;
};

/** What the player says, by message id; each language's words are in content/messages. */
export const PLAYER_MESSAGES = [
  'player.cue.paused',
  'player.cue.resuming',
  'player.cue.ready',
  'player.cue.switch',
  'player.cue.rest',
  'player.cue.setRest',
  'player.cue.hold',
  'player.cue.inhale',
  'player.cue.exhale',
  'player.cue.out',
  'player.cue.words',
  'player.cue.wellDone',
  'player.cue.howAreYou',
  'player.cue.nextSet',
  'player.cue.nextSide',
  'player.cue.stop',
  'player.cue.gentler',
  'session.over.nothing',
  'session.over.complete',
  'session.over.partial',
] as const;
export type PlayerMessage = (typeof PLAYER_MESSAGES)[number];
export type PlayerWords = Words<PlayerMessage>;

/** Words to say are named, not written: the page says them in its language. */
export type SpokenCue = { kind: 'speak'; say: PlayerMessage; values?: MessageValues };
export type Cue = SpokenCue | { kind: 'chime' } | { kind: 'vibrate'; pattern: number[] };

const speak = (say: PlayerMessage, values?: MessageValues): SpokenCue =>
  values ? { kind: 'speak', say, values } : { kind: 'speak', say };

export type SessionEvent =
  | { type: 'start'; now: number }
  | { type: 'tick'; now: number }
  | { type: 'pause'; now: number }
  | { type: 'resume'; now: number }
  | { type: 'skip'; now: number }
  /** The person reports a problem mid-exercise: go straight to the check-in. */
  | { type: 'report'; now: number }
  | { type: 'checkin'; result: CheckinResult; report?: CheckinReport; replacement?: SessionItem };

export type Transition = { state: SessionState; cues: Cue[] };

export function startSession(items: SessionItem[]): SessionState {
  return {
    items,
    index: 0,
    phase: items.length > 0 ? 'intro' : 'finished',
    block: 0,
    segment: 0,
    endsAt: null,
    pausedRemainingMs: null,
    records: [],
    heldMs: 0,
  };
}

/** How many sets an item has: at least one. */
export function setsOf(item: Pick<SessionItem, 'sets'>): number {
  return Math.max(1, item.sets ?? 1);
}

/**
 * The timed steps of one exercise, in blocks with a check-in after each: one block per set on
 * each side (every set on the first side, then every set on the second), so spreading symptoms
 * are asked about before the next set starts. Breath cycles are a single block.
 */
export function blocksFor(item: SessionItem): Segment[][] {
  if (item.mode === 'breath' && item.breath) {
    const segments: Segment[] = [
      { kind: 'ready', seconds: GET_READY_SECONDS, side: null, rep: 1, set: 1 },
    ];
    for (let rep = 1; rep <= item.reps; rep++) {
      segments.push({
        kind: 'inhale',
        seconds: item.breath.inhaleSeconds,
        side: null,
        rep,
        set: 1,
      });
      segments.push({
        kind: 'exhale',
        seconds: item.breath.exhaleSeconds,
        side: null,
        rep,
        set: 1,
      });
    }
    return [segments];
  }
  const sides: (Side | null)[] = item.sides.length > 0 ? item.sides : [null];
  const sets = Array.from({ length: setsOf(item) }, (_, i) => i + 1);
  const tempo = item.mode === 'reps' ? item.tempo : undefined;
  return sides.flatMap((side, sideIndex) =>
    sets.map((set) => {
      const [kind, seconds] =
        set > 1
          ? (['set-rest', SET_REST_SECONDS] as const)
          : sideIndex === 0
            ? (['ready', GET_READY_SECONDS] as const)
            : (['switch', SWITCH_SECONDS] as const);
      const segments: Segment[] = [{ kind, seconds, side, rep: 1, set }];
      for (let rep = 1; rep <= item.reps; rep++) {
        if (tempo) {
          segments.push({ kind: 'out', seconds: tempo.outSeconds, side, rep, set });
          segments.push({ kind: 'back', seconds: tempo.backSeconds, side, rep, set });
          continue;
        }
        if (rep > 1) segments.push({ kind: 'rest', seconds: REST_SECONDS, side, rep, set });
        segments.push({ kind: 'hold', seconds: item.holdSeconds ?? 0, side, rep, set });
      }
      return segments;
    }),
  );
}

/** Which side and set a block of an item covers; null past its last block. */
export function placeOf(item: SessionItem, block: number): BlockPlace | null {
  const sets = setsOf(item);
  // As blocksFor lays them out, without building the steps: breath cycles are one block, else
  // every set on the first side, then every set on the second.
  if (item.mode === 'breath' && item.breath)
    return block === 0 ? { side: null, set: 1, sets } : null;
  const sides: (Side | null)[] = item.sides.length > 0 ? item.sides : [null];
  if (block < 0 || block >= sides.length * sets) return null;
  return { side: sides[Math.floor(block / sets)] ?? null, set: (block % sets) + 1, sets };
}

/** Every timed step of one exercise, side after side. */
export function segmentsFor(item: SessionItem): Segment[] {
  return blocksFor(item).flat();
}

function blockOf(state: SessionState): Segment[] {
  const item = state.items[state.index];
  return item ? (blocksFor(item)[state.block] ?? []) : [];
}

export function currentSegment(state: SessionState): Segment | undefined {
  return state.phase === 'running' ? blockOf(state)[state.segment] : undefined;
}

/** The side whose check-in is due, or that is under way; null for exercises done on both at once. */
export function currentSide(state: SessionState): Side | null {
  return currentPlace(state)?.side ?? null;
}

/** The side and set whose check-in is due, or that is under way. */
export function currentPlace(state: SessionState): BlockPlace | null {
  const item = state.items[state.index];
  return item ? placeOf(item, state.block) : null;
}

/** The side and set that follow the current block, if any do: "carry on" leads there. */
export function nextPlace(state: SessionState): BlockPlace | null {
  const item = state.items[state.index];
  return item ? placeOf(item, state.block + 1) : null;
}

export function isPaused(state: SessionState): boolean {
  return state.pausedRemainingMs !== null;
}

/** Milliseconds left in the current segment. */
export function remainingMs(state: SessionState, now: number): number {
  if (state.pausedRemainingMs !== null) return state.pausedRemainingMs;
  return state.endsAt === null ? 0 : Math.max(0, state.endsAt - now);
}

export function advance(state: SessionState, event: SessionEvent): Transition {
  switch (event.type) {
    case 'start':
      if (state.phase !== 'intro') return { state, cues: [] };
      return enterSegment({ ...state, phase: 'running', segment: 0 }, event.now);
    case 'tick':
      return tick(state, event.now);
    case 'pause':
      if (state.phase !== 'running' || isPaused(state)) return { state, cues: [] };
      return {
        state: { ...state, pausedRemainingMs: remainingMs(state, event.now), endsAt: null },
        cues: [speak('player.cue.paused')],
      };
    case 'resume':
      if (state.pausedRemainingMs === null) return { state, cues: [] };
      return {
        state: { ...state, endsAt: event.now + state.pausedRemainingMs, pausedRemainingMs: null },
        cues: [speak('player.cue.resuming')],
      };
    case 'skip':
      if (state.phase !== 'intro' && state.phase !== 'running') return { state, cues: [] };
      return nextItem(record(state, 'skipped', null, null), []);
    case 'report':
      if (state.phase !== 'running') return { state, cues: [] };
      return toCheckin(state, 'reported');
    case 'checkin':
      return applyCheckin(state, event.result, event.report ?? null, event.replacement);
  }
}

function tick(state: SessionState, now: number): Transition {
  const cues: Cue[] = [];
  let current = state;
  // A late tick (a sleeping tab) may cross several segments at once.
  while (current.phase === 'running' && current.endsAt !== null && now >= current.endsAt) {
    const segments = blockOf(current);
    const finished = segments[current.segment];
    if (finished?.kind === 'hold') {
      current = { ...current, heldMs: current.heldMs + finished.seconds * 1000 };
      cues.push({ kind: 'chime' }, { kind: 'vibrate', pattern: [200] });
    }
    // Time spent moving counts like time spent holding.
    if (finished?.kind === 'out' || finished?.kind === 'back')
      current = { ...current, heldMs: current.heldMs + finished.seconds * 1000 };
    const endedAt = current.endsAt ?? now;
    if (current.segment + 1 >= segments.length) {
      const done = toCheckin(current, 'finished');
      return { state: done.state, cues: [...cues, ...done.cues] };
    }
    const next = enterSegment({ ...current, segment: current.segment + 1 }, endedAt);
    current = next.state;
    cues.push(...next.cues);
  }
  return { state: current, cues };
}

function enterSegment(state: SessionState, at: number): Transition {
  const item = state.items[state.index];
  const segment = blockOf(state)[state.segment];
  if (!item || !segment) return { state, cues: [] };
  return {
    state: { ...state, endsAt: at + segment.seconds * 1000, pausedRemainingMs: null },
    cues: [spokenCue(item, segment)],
  };
}

function spokenCue(item: SessionItem, segment: Segment): SpokenCue {
  const side = segment.side ?? 'none';
  switch (segment.kind) {
    case 'ready':
      return speak('player.cue.ready', { name: item.name, side });
    case 'switch':
      return speak('player.cue.switch', { side });
    case 'rest':
      return speak('player.cue.rest');
    case 'set-rest':
      return speak('player.cue.setRest');
    case 'hold':
      return speak('player.cue.hold', { seconds: segment.seconds });
    case 'inhale':
      return speak('player.cue.inhale');
    case 'exhale':
      return speak('player.cue.exhale');
    case 'out':
      return speak('player.cue.out', { rep: segment.rep, words: item.tempo?.out ?? '' });
    case 'back':
      return speak('player.cue.words', { words: item.tempo?.back ?? '' });
  }
}

/** A finished exercise earns a "well done"; a reported problem is met with a question only. */
function toCheckin(state: SessionState, reason: 'finished' | 'reported'): Transition {
  return {
    state: { ...state, phase: 'checkin', endsAt: null, pausedRemainingMs: null },
    cues: [speak(reason === 'finished' ? 'player.cue.wellDone' : 'player.cue.howAreYou')],
  };
}

function applyCheckin(
  state: SessionState,
  result: CheckinResult,
  report: CheckinReport | null,
  replacement: SessionItem | undefined,
): Transition {
  if (state.phase !== 'checkin') return { state, cues: [] };
  switch (result.action) {
    case 'continue': {
      const recorded = record(state, 'done', result, report);
      const next = nextPlace(state);
      if (!next) return nextItem(recorded, []);
      // The next side or set waits for its own start, and only after this check-in said go on.
      const sameSide = next.side === currentSide(state);
      return {
        state: { ...recorded, phase: 'intro', block: state.block + 1, segment: 0 },
        cues: [
          sameSide
            ? speak('player.cue.nextSet', { set: next.set, sets: next.sets })
            : speak('player.cue.nextSide', { side: next.side ?? 'none' }),
        ],
      };
    }
    case 'skip':
      return nextItem(record(state, 'skipped', result, report), []);
    case 'stop': {
      const stopped = record(state, 'stopped', result, report);
      return {
        state: { ...stopped, phase: 'stopped' },
        cues: [speak('player.cue.stop')],
      };
    }
    case 'modify': {
      const recorded = record(state, 'done', result, report);
      if (!replacement) return nextItem(recorded, []);
      const items = state.items.map((item, i) => (i === state.index ? replacement : item));
      return {
        state: { ...recorded, items, phase: 'intro', block: 0, segment: 0 },
        cues: [speak('player.cue.gentler', { name: replacement.variantName })],
      };
    }
  }
}

function record(
  state: SessionState,
  outcome: Outcome,
  checkin: CheckinResult | null,
  report: CheckinReport | null,
): SessionState {
  const item = state.items[state.index];
  if (!item) return state;
  const heldSeconds = Math.round(state.heldMs / 1000);
  const place = currentPlace(state);
  return {
    ...state,
    heldMs: 0,
    records: [
      ...state.records,
      {
        exerciseId: item.exerciseId,
        variant: item.variant,
        side: place?.side ?? null,
        set: place && place.sets > 1 ? place.set : null,
        outcome,
        checkin,
        report,
        heldSeconds,
      },
    ],
  };
}

function nextItem(state: SessionState, cues: Cue[]): Transition {
  const index = state.index + 1;
  if (index >= state.items.length)
    return {
      state: { ...state, index, phase: 'finished', endsAt: null, pausedRemainingMs: null },
      cues: [...cues, { kind: 'chime' }, speak(sessionOverWords(state))],
    };
  return {
    state: {
      ...state,
      index,
      phase: 'intro',
      block: 0,
      segment: 0,
      endsAt: null,
      pausedRemainingMs: null,
    },
    cues,
  };
}

/** What the end of a session says: praise only for a session mostly done. */
export function sessionOverWords(state: SessionState): PlayerMessage {
  const { done, skipped } = summarize(state);
  if (done === 0) return 'session.over.nothing';
  return done >= skipped ? 'session.over.complete' : 'session.over.partial';
}

/** What the summary screen shows. */
/**
 * Each exercise's outcome once, however many sides it was recorded for: done if any side was
 * done. The player's summary and the saved session's summary both count this way.
 */
export function outcomeByExercise(
  records: readonly { exerciseId: string; outcome: Outcome }[],
): Map<string, Outcome> {
  const outcomes = new Map<string, Outcome>();
  for (const r of records)
    if (outcomes.get(r.exerciseId) !== 'done') outcomes.set(r.exerciseId, r.outcome);
  return outcomes;
}

export function summarize(state: SessionState) {
  const outcomes = outcomeByExercise(state.records);
  const count = (outcome: Outcome) => [...outcomes.values()].filter((o) => o === outcome).length;
  return {
    done: count('done'),
    skipped: count('skipped'),
    stopped: state.phase === 'stopped',
    heldSeconds: state.records.reduce((sum, r) => sum + r.heldSeconds, 0),
    modified: state.records.filter((r) => r.checkin?.action === 'modify').length,
  };
}

/** Turn a plan item into a session item, choosing the short or long end of the hold range. */
export function toSessionItem(item: PlanItem, longerHolds = false): SessionItem {
  return {
    exerciseId: item.exerciseId,
    variant: item.variant,
    name: item.name,
    variantName: item.variantName,
    mode: item.mode,
    reps: item.reps,
    sides: item.sides,
    breath: item.breath,
    sets: item.sets,
    tempo: item.tempo,
    holdSeconds: item.holdSeconds ? item.holdSeconds[longerHolds ? 1 : 0] : null,
  };
}
