import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GET_READY_SECONDS,
  SET_REST_SECONDS,
  SWITCH_SECONDS,
  advance,
  blocksFor,
  currentPlace,
  currentSegment,
  currentSide,
  nextPlace,
  placeOf,
  remainingMs,
  segmentsFor,
  startSession,
  summarize,
  type SessionEvent,
  type SessionItem,
  type Cue,
  type SessionState,
} from './player';
import { WORDS } from '../../../content/messages/words';

/** What the cues say, in English. */
const said = (cues: readonly Cue[]) =>
  cues.flatMap((cue) => (cue.kind === 'speak' ? [WORDS.en.say(cue.say, cue.values)] : []));

const hamstring: SessionItem = {
  exerciseId: 'hamstring',
  variant: 'seated',
  name: 'Hamstring stretch',
  variantName: 'Sitting on the floor',
  mode: 'hold',
  reps: 2,
  sides: ['right', 'left'],
  breath: null,
  holdSeconds: 20,
};
const catCow: SessionItem = {
  exerciseId: 'cat-cow',
  variant: 'hands-and-knees',
  name: 'Cat–cow',
  variantName: 'On hands and knees',
  mode: 'breath',
  reps: 3,
  sides: [],
  breath: { inhaleSeconds: 4, exhaleSeconds: 4 },
  holdSeconds: null,
};

function run(state: SessionState, ...events: SessionEvent[]) {
  let current = state;
  const cues = [];
  for (const event of events) {
    const t = advance(current, event);
    current = t.state;
    cues.push(...t.cues);
  }
  return { state: current, cues };
}

describe('guided session', () => {
  it('does every hold on one side, then switches to the other', () => {
    const kinds = segmentsFor(hamstring).map((s) => `${s.kind}:${s.side}`);
    expect(kinds).toEqual([
      'ready:right',
      'hold:right',
      'rest:right',
      'hold:right',
      'switch:left',
      'hold:left',
      'rest:left',
      'hold:left',
    ]);
  });

  it('paces cat–cow as inhale and exhale phases, counting cycles', () => {
    const segments = segmentsFor(catCow);
    expect(segments.filter((s) => s.kind === 'inhale').map((s) => s.rep)).toEqual([1, 2, 3]);
    expect(segments.filter((s) => s.kind === 'exhale')).toHaveLength(3);
  });

  it('ends a hold exactly on its target time and not a millisecond before', () => {
    const t0 = 1000;
    let { state } = run(startSession([hamstring]), { type: 'start', now: t0 });
    const holdStart = t0 + GET_READY_SECONDS * 1000;
    state = run(state, { type: 'tick', now: holdStart }).state;
    expect(currentSegment(state)?.kind).toBe('hold');
    const before = run(state, { type: 'tick', now: holdStart + 20_000 - 1 });
    expect(currentSegment(before.state)?.kind).toBe('hold');
    expect(before.cues).toEqual([]);
    const after = run(state, { type: 'tick', now: holdStart + 20_000 });
    expect(currentSegment(after.state)).toMatchObject({ kind: 'rest', side: 'right' });
    expect(after.cues).toContainEqual({ kind: 'chime' });
    expect(remainingMs(after.state, holdStart + 20_000)).toBe(SWITCH_SECONDS * 1000);
  });

  it('freezes the clock while paused', () => {
    let { state } = run(startSession([hamstring]), { type: 'start', now: 0 });
    state = run(state, { type: 'pause', now: 2000 }).state;
    expect(remainingMs(state, 60_000)).toBe(3000);
    state = run(state, { type: 'tick', now: 60_000 }).state;
    expect(currentSegment(state)?.kind).toBe('ready');
    state = run(state, { type: 'resume', now: 100_000 }, { type: 'tick', now: 102_999 }).state;
    expect(currentSegment(state)?.kind).toBe('ready');
    state = run(state, { type: 'tick', now: 103_000 }).state;
    expect(currentSegment(state)?.kind).toBe('hold');
  });

  it('reaches the check-in after the last hold of each side, even from one late tick', () => {
    const carryOn = {
      type: 'checkin' as const,
      result: { action: 'continue' as const, reasons: [] },
    };
    const { state } = run(
      startSession([hamstring]),
      { type: 'start', now: 0 },
      { type: 'tick', now: 10_000_000 },
    );
    expect(state.phase).toBe('checkin');
    const done = run(
      state,
      carryOn,
      { type: 'start', now: 10_000_000 },
      { type: 'tick', now: 20_000_000 },
      carryOn,
    ).state;
    expect(done.phase).toBe('finished');
    expect(done.records.map((r) => r.side)).toEqual(['right', 'left']);
    expect(summarize(done)).toMatchObject({ done: 1, skipped: 0, heldSeconds: 80, stopped: false });
  });

  it('obeys a modify by restarting the exercise in the gentler variant', () => {
    const gentler = {
      ...hamstring,
      variant: 'supine-strap',
      variantName: 'Lying down with a strap',
    };
    let { state } = run(
      startSession([hamstring, catCow]),
      { type: 'start', now: 0 },
      { type: 'report', now: 1000 },
    );
    expect(state.phase).toBe('checkin');
    state = run(state, {
      type: 'checkin',
      result: { action: 'modify', variant: 'supine-strap', reasons: [] },
      replacement: gentler,
    }).state;
    expect(state.phase).toBe('intro');
    expect(state.items[state.index]?.variant).toBe('supine-strap');
  });

  it('ends the whole session on stop', () => {
    const { state } = run(
      startSession([hamstring, catCow]),
      { type: 'start', now: 0 },
      { type: 'report', now: 1 },
      { type: 'checkin', result: { action: 'stop', reasons: ['tingling spread'] } },
      { type: 'start', now: 2 },
    );
    expect(state.phase).toBe('stopped');
    expect(summarize(state).stopped).toBe(true);
  });

  it('skip moves on without a check-in', () => {
    const { state } = run(startSession([hamstring, catCow]), { type: 'skip', now: 0 });
    expect(state.index).toBe(1);
    expect(state.records[0]?.outcome).toBe('skipped');
  });

  it('counts down exactly the running time, never backwards, through pauses and late ticks', () => {
    // The oracle: the timed steps of a one-block exercise, restated from the spec (a 5 s get
    // ready, then the holds with a 5 s rest between them, or breaths paced in and out), and a
    // stopwatch that runs only between start/resume and pause.
    type Step = { kind: string; ms: number };
    const stepsOf = (item: SessionItem): Step[] =>
      item.mode === 'breath'
        ? [
            { kind: 'ready', ms: 5000 },
            ...Array.from({ length: item.reps }, () => [
              { kind: 'inhale', ms: item.breath!.inhaleSeconds * 1000 },
              { kind: 'exhale', ms: item.breath!.exhaleSeconds * 1000 },
            ]).flat(),
          ]
        : Array.from({ length: item.reps }, (_, rep) => [
            { kind: rep === 0 ? 'ready' : 'rest', ms: 5000 },
            { kind: 'hold', ms: item.holdSeconds! * 1000 },
          ]).flat();
    const itemArb: fc.Arbitrary<SessionItem> = fc.oneof(
      fc
        .record({ reps: fc.integer({ min: 1, max: 4 }), hold: fc.integer({ min: 1, max: 40 }) })
        .map(({ reps, hold }): SessionItem => ({
          ...hamstring,
          exerciseId: 'knee-to-chest',
          variant: 'supine',
          sides: [],
          reps,
          holdSeconds: hold,
        })),
      fc
        .record({
          reps: fc.integer({ min: 1, max: 6 }),
          inhale: fc.integer({ min: 2, max: 6 }),
          exhale: fc.integer({ min: 2, max: 8 }),
        })
        .map(({ reps, inhale, exhale }): SessionItem => ({
          ...catCow,
          reps,
          breath: { inhaleSeconds: inhale, exhaleSeconds: exhale },
        })),
    );
    const eventArb = fc.record({
      type: fc.constantFrom('tick', 'tick', 'tick', 'pause', 'resume'),
      dt: fc.oneof(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 0, max: 60_000 })),
    });
    fc.assert(
      fc.property(
        itemArb,
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.array(eventArb, { maxLength: 80 }),
        (item, t0, events) => {
          const steps = stepsOf(item);
          const total = steps.reduce((sum, step) => sum + step.ms, 0);
          let state = run(startSession([item]), { type: 'start', now: t0 }).state;
          let now = t0;
          let elapsed = 0; // running time only
          let paused = false;
          let lastLeft = total;
          for (const e of events) {
            now += e.dt;
            if (!paused) elapsed += e.dt;
            // The screen ticks before it acts on a button, as the player's loop does.
            state = advance(state, { type: 'tick', now }).state;
            if (elapsed < total) {
              if (e.type === 'pause') paused = true;
              if (e.type === 'resume') paused = false;
            }
            state = advance(state, { type: e.type, now }).state;
            if (elapsed >= total) {
              expect(state.phase).toBe('checkin');
              continue;
            }
            // Which step the stopwatch is in, and how long that step still runs.
            let start = 0;
            const index = steps.findIndex((step) => (start += step.ms) > elapsed);
            expect(state.phase).toBe('running');
            expect(currentSegment(state)?.kind).toBe(steps[index]!.kind);
            expect(remainingMs(state, now)).toBe(start - elapsed);
            // Everything still to do, read from the player: never more than a moment ago.
            const left =
              remainingMs(state, now) +
              steps.slice(state.segment + 1).reduce((sum, step) => sum + step.ms, 0);
            expect(left).toBe(total - elapsed);
            expect(left).toBeLessThanOrEqual(lastLeft);
            lastLeft = left;
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never loses an exercise, whatever the event order', () => {
    const eventArb = fc.oneof(
      fc.record({
        type: fc.constantFrom('tick', 'pause', 'resume', 'skip', 'report', 'start'),
        dt: fc.integer({ min: 0, max: 40_000 }),
      }),
      fc.record({
        type: fc.constant('checkin'),
        action: fc.constantFrom('continue', 'skip', 'stop'),
      }),
    );
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 60 }), (events) => {
        let state = startSession([hamstring, catCow]);
        let now = 0;
        for (const e of events) {
          if ('dt' in e) {
            now += e.dt;
            state = advance(state, { type: e.type, now }).state;
          } else
            state = advance(state, {
              type: 'checkin',
              result: { action: e.action, reasons: [] },
            }).state;
          // A record per side of the hamstring stretch at most, and one for cat–cow.
          const per = (id: string) => state.records.filter((r) => r.exerciseId === id).length;
          expect(per('hamstring')).toBeLessThanOrEqual(2);
          expect(per('cat-cow')).toBeLessThanOrEqual(1);
          if (state.phase === 'finished') {
            expect(per('hamstring')).toBeGreaterThanOrEqual(1);
            expect(per('cat-cow')).toBe(1);
          }
        }
      }),
    );
  });
});

describe('repeated movements and sets', () => {
  const clamshell: SessionItem = {
    exerciseId: 'clamshell',
    variant: 'floor',
    name: 'Clamshell',
    variantName: 'On the floor',
    mode: 'reps',
    reps: 3,
    sets: 2,
    sides: ['right', 'left'],
    breath: null,
    tempo: { outSeconds: 1.5, backSeconds: 1.5, out: 'Lift the top knee', back: 'Lower slowly' },
    holdSeconds: null,
  };
  const bridge: SessionItem = {
    exerciseId: 'bridge',
    variant: 'floor',
    name: 'Bridge',
    variantName: 'On the floor',
    mode: 'hold',
    reps: 2,
    sets: 3,
    sides: [],
    breath: null,
    holdSeconds: 5,
  };
  const carryOn = {
    type: 'checkin' as const,
    result: { action: 'continue' as const, reasons: [] },
  };

  it('counts each movement there and back, one set on one side per block, a rest before each later set', () => {
    const blocks = blocksFor(clamshell);
    // Written out by hand: right set 1, right set 2, left set 1, left set 2.
    const kinds = (block: number) => blocks[block]!.map((s) => `${s.kind}${s.set}.${s.rep}`);
    const set = (n: number) => [1, 2, 3].flatMap((r) => [`out${n}.${r}`, `back${n}.${r}`]);
    expect(blocks.map((b) => `${b[0]!.side}${b[0]!.set}`)).toEqual([
      'right1',
      'right2',
      'left1',
      'left2',
    ]);
    expect(kinds(0)).toEqual(['ready1.1', ...set(1)]);
    expect(kinds(1)).toEqual(['set-rest2.1', ...set(2)]);
    expect(kinds(2)).toEqual(['switch1.1', ...set(1)]);
    expect(kinds(3)).toEqual(['set-rest2.1', ...set(2)]);
    expect(blocks[1]![0]!.seconds).toBe(SET_REST_SECONDS);
    expect(blocks.flat().every((s) => s.kind !== 'out' || s.seconds === 1.5)).toBe(true);
    expect(placeOf(clamshell, 1)).toEqual({ side: 'right', set: 2, sets: 2 });
    expect(placeOf(clamshell, 4)).toBeNull();
  });

  it('gives holds sets too: a block of holds per set, a rest before each later one', () => {
    const kinds = blocksFor(bridge).map((b) => b.map((s) => `${s.kind}${s.set}.${s.rep}`));
    expect(kinds).toEqual([
      ['ready1.1', 'hold1.1', 'rest1.2', 'hold1.2'],
      ['set-rest2.1', 'hold2.1', 'rest2.2', 'hold2.2'],
      ['set-rest3.1', 'hold3.1', 'rest3.2', 'hold3.2'],
    ]);
  });

  it('speaks the cue words and counts the time spent moving', () => {
    let state = run(startSession([clamshell]), { type: 'start', now: 0 }).state;
    const total = blocksFor(clamshell)[0]!.reduce((sum, s) => sum + s.seconds, 0) * 1000;
    const spoken: string[] = [];
    for (let t = 0; t <= total; t += 250) {
      const next = advance(state, { type: 'tick', now: t });
      state = next.state;
      spoken.push(...said(next.cues));
    }
    expect(spoken).toContain('1. Lift the top knee');
    expect(spoken).toContain('3. Lift the top knee');
    expect(spoken).toContain('Lower slowly');
    expect(state.phase).toBe('checkin');
    expect(state.heldMs).toBe(3 * 3000);
    // The next set starts, after the check-in, with a rest.
    const rest = run(state, carryOn, { type: 'start', now: total });
    expect(said(rest.cues)).toContain('Now set 2 of 2.');
    expect(said(rest.cues)).toContain('Rest before the next set.');
    expect(currentSegment(rest.state)).toMatchObject({ kind: 'set-rest', set: 2, side: 'right' });
  });

  it('checks in after every set on every side, recording which, and a stop ends it at once', () => {
    let state = startSession([clamshell]);
    const places: string[] = [];
    for (let block = 0; block < 4; block++) {
      state = run(
        state,
        { type: 'start', now: block * LATE },
        { type: 'tick', now: (block + 1) * LATE },
      ).state;
      expect(state.phase).toBe('checkin');
      places.push(`${currentSide(state)} ${currentPlace(state)?.set}`);
      state = run(state, carryOn).state;
    }
    expect(places).toEqual(['right 1', 'right 2', 'left 1', 'left 2']);
    expect(state.phase).toBe('finished');
    expect(state.records.map((r) => `${r.side} ${r.set}`)).toEqual(places);
    expect(summarize(state).done).toBe(1);

    const afterFirstSet = run(
      startSession([bridge, clamshell]),
      { type: 'start', now: 0 },
      { type: 'tick', now: LATE },
    ).state;
    expect(nextPlace(afterFirstSet)).toEqual({ side: null, set: 2, sets: 3 });
    const stopped = run(afterFirstSet, {
      type: 'checkin',
      result: { action: 'stop', reasons: ['tingling spread'] },
    }).state;
    expect(stopped.phase).toBe('stopped');
    expect(stopped.records.map((r) => [r.exerciseId, r.set, r.outcome])).toEqual([
      ['bridge', 1, 'stopped'],
    ]);
  });

  it('one set needs no set number on its record', () => {
    const single = run(
      startSession([{ ...bridge, sets: 1 }]),
      { type: 'start', now: 0 },
      { type: 'tick', now: LATE },
      carryOn,
    ).state;
    expect(single.phase).toBe('finished');
    expect(single.records[0]!.set).toBeNull();
  });
});

const LATE = 10 ** 7;
