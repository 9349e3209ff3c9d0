import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GET_READY_SECONDS,
  SWITCH_SECONDS,
  advance,
  currentSegment,
  remainingMs,
  segmentsFor,
  startSession,
  summarize,
  type SessionEvent,
  type SessionItem,
  type SessionState,
} from './player';

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
  it('alternates sides with a switch countdown between holds', () => {
    const kinds = segmentsFor(hamstring).map((s) => `${s.kind}:${s.side}`);
    expect(kinds).toEqual([
      'ready:right',
      'hold:right',
      'switch:left',
      'hold:left',
      'switch:right',
      'hold:right',
      'switch:left',
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
    expect(currentSegment(after.state)).toMatchObject({ kind: 'switch', side: 'left' });
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

  it('reaches the check-in after the last hold, even from one late tick', () => {
    const { state } = run(
      startSession([hamstring]),
      { type: 'start', now: 0 },
      { type: 'tick', now: 10_000_000 },
    );
    expect(state.phase).toBe('checkin');
    const done = run(state, { type: 'checkin', result: { action: 'continue', reasons: [] } }).state;
    expect(done.phase).toBe('finished');
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

  it('never runs time backwards or loses an exercise, whatever the event order', () => {
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
          expect(remainingMs(state, now)).toBeGreaterThanOrEqual(0);
          expect(state.records.length).toBeLessThanOrEqual(2);
          if (state.phase === 'finished') expect(state.records).toHaveLength(2);
        }
      }),
    );
  });
});
