/** How a picture moves through its key poses when nobody drives it (library pages, plan). */

/** Slow in, slow out: the way a person eases into and out of a stretch. */
export const easeInOut = (x: number) => (1 - Math.cos(Math.PI * Math.min(1, Math.max(0, x)))) / 2;

/** How long a figure takes to move from one key pose to the next. */
export const MOVE_MS = 1500;
const HOLD_MS = { first: 900, between: 2600, move: MOVE_MS } as const;

/**
 * Position along the key poses (0 = first, 1 = second, …) after `elapsedMs` of a loop that rests
 * in each pose, eases on to the next, and comes back the same way.
 */
export function loopPosition(keyPoses: number, elapsedMs: number): number {
  if (keyPoses < 2) return 0;
  const path = [
    ...Array.from({ length: keyPoses }, (_, i) => i),
    ...Array.from({ length: keyPoses - 2 }, (_, i) => keyPoses - 2 - i),
  ];
  const legs = path.map((from, i) => ({
    from,
    to: path[(i + 1) % path.length]!,
    rest: from === 0 ? HOLD_MS.first : HOLD_MS.between,
  }));
  const total = legs.reduce((sum, leg) => sum + leg.rest + HOLD_MS.move, 0);
  let t = ((elapsedMs % total) + total) % total;
  for (const leg of legs) {
    if (t < leg.rest) return leg.from;
    t -= leg.rest;
    if (t < HOLD_MS.move) return leg.from + (leg.to - leg.from) * easeInOut(t / HOLD_MS.move);
    t -= HOLD_MS.move;
  }
  return 0;
}
