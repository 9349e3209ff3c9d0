import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIM_BLOCK, claimBlocks } from './claims';
import { MINUTE } from './schedule';

describe('claimBlocks', () => {
  it('covers a 45-minute visit with nine 5-minute blocks, plus its buffer', () => {
    expect(claimBlocks(0, 45 * MINUTE, 0)).toHaveLength(9);
    expect(claimBlocks(0, 45 * MINUTE, 15 * MINUTE)).toHaveLength(12);
  });

  it('makes overlapping or too-close appointments share a block, and only those', () => {
    const onGrid = fc.integer({ min: 0, max: 200 }).map((n) => n * CLAIM_BLOCK);
    const visit = fc.record({ start: onGrid, minutes: fc.constantFrom(15, 30, 45, 60) });
    fc.assert(
      fc.property(visit, visit, fc.constantFrom(0, 10, 15), (a, b, bufferMinutes) => {
        const buffer = bufferMinutes * MINUTE;
        const aEnd = a.start + a.minutes * MINUTE;
        const bEnd = b.start + b.minutes * MINUTE;
        const shared = claimBlocks(a.start, aEnd, buffer).some((x) =>
          claimBlocks(b.start, bEnd, buffer).includes(x),
        );
        const tooClose = a.start < bEnd + buffer && b.start < aEnd + buffer;
        expect(shared).toBe(tooClose);
      }),
    );
  });
});
