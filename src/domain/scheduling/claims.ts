import { MINUTE } from './schedule';

/** Bookings claim time in 5-minute blocks; every offered start lies on this grid. */
export const CLAIM_BLOCK = 5 * MINUTE;

/**
 * The blocks an appointment claims: every block that [start, end + buffer) touches. Two
 * appointments of one therapist that overlap in time (or come closer than the buffer) always
 * share a block, so a unique key on (therapist, block) rejects the second, staggered or not.
 */
export function claimBlocks(start: number, end: number, bufferMs: number): number[] {
  const blocks: number[] = [];
  for (
    let block = Math.floor(start / CLAIM_BLOCK) * CLAIM_BLOCK;
    block < end + bufferMs;
    block += CLAIM_BLOCK
  )
    blocks.push(block);
  return blocks;
}
