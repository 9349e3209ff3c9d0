import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckinAction } from '../safety/checkin';
import {
  advance,
  currentSegment,
  sessionOverWords,
  startSession,
  type SessionItem,
  type SessionState,
} from './player';

const figure4: SessionItem = {
  exerciseId: 'figure-4',
  variant: 'supine',
  name: 'Figure-4 stretch',
  variantName: 'Lying on your back',
  mode: 'hold',
  reps: 2,
  sides: ['right', 'left'],
  breath: null,
  holdSeconds: 20,
};
const kneeToChest: SessionItem = { ...figure4, exerciseId: 'knee-to-chest', sides: [], reps: 3 };

const LATE = 10 ** 7;
/** Runs the current block to its end with one late tick, as a sleeping tab would. */
function finishBlock(state: SessionState, now: number): SessionState {
  const started = state.phase === 'intro' ? advance(state, { type: 'start', now }).state : state;
  return advance(started, { type: 'tick', now: now + LATE }).state;
}
const answer = (state: SessionState, action: CheckinAction) =>
  advance(state, { type: 'checkin', result: { action, reasons: ['because'] } }).state;

describe('a one-sided stretch', () => {
  it('asks how it went after the first side, before any hold on the second', () => {
    const afterFirst = finishBlock(startSession([figure4]), 0);
    expect(afterFirst.phase).toBe('checkin');
    expect(afterFirst.records).toEqual([]);
    // Every hold so far was on the first side.
    expect(afterFirst.heldMs).toBe(2 * 20_000);
  });

  it('ends the exercise at side one when the check-in says stop or skip', () => {
    const stopped = answer(finishBlock(startSession([figure4, kneeToChest]), 0), 'stop');
    expect(stopped.phase).toBe('stopped');
    expect(stopped.records.map((r) => [r.side, r.outcome])).toEqual([['right', 'stopped']]);
    const skipped = answer(finishBlock(startSession([figure4, kneeToChest]), 0), 'skip');
    expect(skipped.items[skipped.index]?.exerciseId).toBe('knee-to-chest');
    expect(skipped.records.map((r) => r.side)).toEqual(['right']);
  });

  it('goes on to the other side only after a "continue", starting with a switch', () => {
    const next = answer(finishBlock(startSession([figure4]), 0), 'continue');
    expect(next.phase).toBe('intro');
    const running = advance(next, { type: 'start', now: 1 }).state;
    expect(currentSegment(running)).toMatchObject({ kind: 'switch', side: 'left' });
  });

  it('never leads anyone on after a warning, whatever they answer on each side', () => {
    const actions = fc.constantFrom<CheckinAction>('continue', 'skip', 'stop');
    fc.assert(
      fc.property(fc.array(actions, { minLength: 4, maxLength: 4 }), (answers) => {
        let state = startSession([figure4, figure4]);
        const seen: { exercise: number; side: string | null; action: CheckinAction }[] = [];
        let now = 0;
        for (const action of answers) {
          if (state.phase !== 'intro' && state.phase !== 'running') break;
          const exercise = state.index;
          state = finishBlock(state, (now += LATE * 2));
          expect(state.phase).toBe('checkin');
          state = answer(state, action);
          seen.push({ exercise, side: state.records.at(-1)?.side ?? null, action });
        }
        // The oracle: a check-in follows each side done, both sides of an exercise are asked
        // about only when the first said "continue", and nothing follows a "stop".
        for (const [i, entry] of seen.entries()) {
          const before = seen[i - 1];
          if (before?.exercise === entry.exercise) {
            expect(before.action).toBe('continue');
            expect([before.side, entry.side]).toEqual(['right', 'left']);
          } else expect(entry.side).toBe('right');
          if (entry.action === 'stop') expect(i).toBe(seen.length - 1);
        }
        expect(state.records).toHaveLength(seen.length);
      }),
    );
  });

  it('praises a session only when most of it was done', () => {
    let state = startSession([figure4, kneeToChest]);
    state = advance(state, { type: 'skip', now: 0 }).state;
    state = advance(state, { type: 'skip', now: 0 }).state;
    expect(state.phase).toBe('finished');
    expect(sessionOverWords(state)).not.toBe('session.over.complete');
    const done = answer(finishBlock(startSession([kneeToChest]), 0), 'continue');
    expect(sessionOverWords(done)).toBe('session.over.complete');
  });
});
