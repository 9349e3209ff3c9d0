import type { ExerciseId } from '../exercises/library';

/** Leg pain this much higher than the day logged before it asks the warning signs again (B1). */
export const RECHECK_LEG_PAIN_RISE = 2;

export type RecheckReason =
  | { kind: 'legPainRose'; date: string; from: number; to: number }
  | { kind: 'numbnessSpread'; date: string; exerciseId: ExerciseId };

export type LoggedPain = { date: string; legPain: number; /** ms */ updatedAt: number };
export type CheckedIn = {
  date: string;
  exerciseId: ExerciseId;
  numbnessSpread: boolean;
  /** ms */ at: number;
};

/**
 * Whether the red-flag questions must be answered again before another plan is shown: a day's
 * leg pain at least 2 above the day logged before it, or numbness that spread during a session,
 * recorded after the last time the questions were answered (`screenedAt`, ms, or null if never).
 * The most recent such change is the one named.
 */
export function safetyRecheck({
  logs,
  checkins,
  screenedAt,
}: {
  logs: readonly LoggedPain[];
  checkins: readonly CheckedIn[];
  screenedAt: number | null;
}): RecheckReason | null {
  const since = (at: number) => screenedAt === null || at > screenedAt;
  const byDay = [...logs].sort((a, b) => a.date.localeCompare(b.date));
  const reasons: { at: number; reason: RecheckReason }[] = [];
  byDay.forEach((log, i) => {
    const before = byDay[i - 1];
    if (before && log.legPain - before.legPain >= RECHECK_LEG_PAIN_RISE && since(log.updatedAt))
      reasons.push({
        at: log.updatedAt,
        reason: { kind: 'legPainRose', date: log.date, from: before.legPain, to: log.legPain },
      });
  });
  for (const c of checkins)
    if (c.numbnessSpread && since(c.at))
      reasons.push({
        at: c.at,
        reason: { kind: 'numbnessSpread', date: c.date, exerciseId: c.exerciseId },
      });
  return reasons.sort((a, b) => b.at - a.at)[0]?.reason ?? null;
}
