import { addDays } from '../calendar-days';
import { z } from 'zod';

const nprs = z.number().int().min(0).max(10);
export const IsoDateSchema = z.iso.date('use a calendar date like 2026-11-25');

/** Patient-Specific Functional Scale: 3–5 activities of the person's choosing, each 0–10. */
export const PsfsSchema = z
  .array(z.strictObject({ activity: z.string().trim().min(2).max(80), score: nprs }))
  .max(5, 'choose at most 5 activities');

export const DailyLogSchema = z.strictObject({
  legPain: nprs,
  backPain: nprs,
  psfs: PsfsSchema.default([]),
  notes: z.string().max(2000).default(''),
});
export type DailyLog = z.infer<typeof DailyLogSchema> & { date: string };

/** The furthest-ahead time zone is UTC+14, so nobody's today is later than that. */
const LATEST_UTC_OFFSET_MS = 14 * 3600_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The days someone may log or record a session for: from a year before they joined (catching
 * up on an earlier diary) to their own today, wherever on Earth that is.
 */
export function loggableDays(joinedAt: number, now: number) {
  return { earliest: addDays(isoDay(joinedAt), -365), latest: isoDay(now + LATEST_UTC_OFFSET_MS) };
}

/** Minimal clinically important difference for NPRS: 2 points or 30% (Ostelo 2008). */
export const NPRS_MCID_POINTS = 2;
export const NPRS_MCID_FRACTION = 0.3;

export type SessionDay = { date: string; outcome: 'finished' | 'stopped' };

export type Progress = {
  baseline: { date: string; legPain: number; backPain: number } | null;
  latest: { date: string; legPain: number; backPain: number } | null;
  /** Leg-pain change from baseline; negative is better. */
  legChange: number | null;
  meaningfulImprovement: boolean;
  meaningfulWorsening: boolean;
  psfsBaseline: number | null;
  psfsLatest: number | null;
  adherence: { done: number; prescribed: number; percent: number };
  streakDays: number;
  summary: string[];
};

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const psfsScore = (log: DailyLog) => (log.psfs.length ? mean(log.psfs.map((p) => p.score)) : null);

/**
 * Progress over the `windowDays` up to `today` (the person's local date): pain against the
 * first log as baseline with the MCID applied, adherence against `perWeek` prescribed session
 * days, the current streak, and a few plain sentences.
 */
export function summarizeProgress(
  logs: readonly DailyLog[],
  sessions: readonly SessionDay[],
  today: string,
  windowDays = 7,
  perWeek = 7,
): Progress {
  const sorted = [...logs].sort((a, b) => a.date.localeCompare(b.date));
  const first = sorted[0];
  const last = sorted.at(-1);
  const baseline = first
    ? { date: first.date, legPain: first.legPain, backPain: first.backPain }
    : null;
  const latest = last ? { date: last.date, legPain: last.legPain, backPain: last.backPain } : null;
  const legChange =
    baseline && latest && latest.date !== baseline.date ? latest.legPain - baseline.legPain : null;
  const threshold = baseline
    ? Math.max(NPRS_MCID_POINTS, Math.ceil(baseline.legPain * NPRS_MCID_FRACTION))
    : Infinity;
  const relative = (delta: number) =>
    delta >= NPRS_MCID_POINTS ||
    (baseline !== null && baseline.legPain > 0 && delta / baseline.legPain >= NPRS_MCID_FRACTION);
  const meaningfulImprovement = legChange !== null && relative(-legChange);
  const meaningfulWorsening = legChange !== null && legChange >= NPRS_MCID_POINTS;

  const from = addDays(today, -(windowDays - 1));
  const activeDays = new Set(
    sessions.filter((s) => s.date >= from && s.date <= today).map((s) => s.date),
  );
  const prescribed = Math.round((perWeek * windowDays) / 7);
  const done = Math.min(activeDays.size, prescribed);
  const allDays = new Set([...sessions.map((s) => s.date), ...logs.map((l) => l.date)]);
  let streakDays = 0;
  // Today still counts as "in progress": the streak runs to today or yesterday.
  for (
    let day = allDays.has(today) ? today : addDays(today, -1);
    allDays.has(day);
    day = addDays(day, -1)
  )
    streakDays++;

  const summary: string[] = [];
  if (!baseline) summary.push('Log your pain today to set your starting point.');
  else if (legChange === null)
    summary.push(
      `Your starting leg pain is ${baseline.legPain} out of 10. Keep logging to see the trend.`,
    );
  else if (meaningfulImprovement)
    summary.push(
      `Your leg pain is down from ${baseline.legPain} to ${latest!.legPain}: a change big enough to matter (at least ${threshold} points).`,
    );
  else if (meaningfulWorsening)
    summary.push(
      `Your leg pain is up from ${baseline.legPain} to ${latest!.legPain}. If it keeps rising, talk to a physical therapist.`,
    );
  else
    summary.push(
      `Your leg pain is ${latest!.legPain} out of 10, close to where you started (${baseline.legPain}). Recovery is often slow at first.`,
    );
  summary.push(
    `You stretched on ${done} of ${prescribed} planned days this ${windowDays === 7 ? 'week' : `${windowDays}-day stretch`}.`,
  );
  if (streakDays >= 2) summary.push(`That's ${streakDays} days in a row. Nice going.`);
  const psfsBaseline = first ? psfsScore(first) : null;
  const psfsLatest = last ? psfsScore(last) : null;
  if (
    psfsBaseline !== null &&
    psfsLatest !== null &&
    last !== first &&
    psfsLatest - psfsBaseline >= 2
  )
    summary.push('Your everyday activities are getting easier, by a change people notice.');

  return {
    baseline,
    latest,
    legChange,
    meaningfulImprovement,
    meaningfulWorsening,
    psfsBaseline,
    psfsLatest,
    adherence: {
      done,
      prescribed,
      percent: prescribed ? Math.round((done / prescribed) * 100) : 0,
    },
    streakDays,
    summary,
  };
}
