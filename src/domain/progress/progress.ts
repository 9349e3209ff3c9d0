import { addDays } from '../calendar-days';
import { issue } from '../i18n/issues';
import type { Words } from '../i18n/words';
import { z } from 'zod';

const nprs = z.number().int().min(0).max(10);
export const IsoDateSchema = z.iso.date(issue('issue.calendarDate'));

/** Patient-Specific Functional Scale: 3–5 activities of the person's choosing, each 0–10. */
export const PsfsSchema = z
  .array(z.strictObject({ activity: z.string().trim().min(2).max(80), score: nprs }))
  .max(5, issue('issue.activities'));

export const DailyLogSchema = z.strictObject({
  legPain: nprs,
  backPain: nprs,
  psfs: PsfsSchema.default([]),
  notes: z.string().max(2000).default(''),
});
export type DailyLog = z.infer<typeof DailyLogSchema> & { date: string };

/** One check-in after an exercise, as kept: what the person reported and what the app advised. */
export type CheckinRecord = {
  /** When the server received it (ms since the epoch): a device's own clock is not trusted. */
  at: number;
  exerciseId: string;
  variant: string;
  painBefore: number;
  painAfter: number;
  tinglingSpread: boolean;
  numbnessSpread: boolean;
  sharpPain: boolean;
  lostBalance: boolean;
  action: string;
};

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

/**
 * The smallest change in pain from where someone started that matters to them: 2 points, or
 * 30% of their starting score when that is fewer points (either counts), never under 1 point.
 * The one definition behind the chart's line, the summary's words and the therapist's view.
 */
export function smallestChangeThatMatters(baseline: number): number {
  if (baseline <= 0) return NPRS_MCID_POINTS;
  return Math.max(1, Math.min(NPRS_MCID_POINTS, Math.ceil(baseline * NPRS_MCID_FRACTION - 1e-9)));
}

export type SessionDay = { date: string; outcome: 'finished' | 'stopped' };

/** How often someone is meant to stretch: their therapist's program, or the plan's own advice. */
export type Prescription = { daysPerWeek: number; sessionsPerDay: number };
/** The self-guided plan: a gentle session every day (once or twice a day is plenty). */
export const SELF_GUIDED: Prescription = { daysPerWeek: 7, sessionsPerDay: 1 };

export type WeekAdherence = { from: string; to: string; done: number; prescribed: number };

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
  /** Done against prescribed, week by week, oldest first, the last week ending today. */
  weeks: WeekAdherence[];
  prescription: Prescription;
  streakDays: number;
  summary: string[];
};

/** A prescription and the day it took effect: a program applies from the day it was assigned. */
export type PrescriptionChange = { from: string; prescription: Prescription };
/** One prescription for all time, or the changes over time, oldest first. */
export type Prescribed = Prescription | readonly PrescriptionChange[];

/** The prescription in force on a day (before the first change: the self-guided plan). */
function inForce(prescribed: Prescribed, day: string): Prescription {
  if (!Array.isArray(prescribed)) return prescribed as Prescription;
  let current = SELF_GUIDED;
  for (const change of prescribed as readonly PrescriptionChange[])
    if (change.from <= day) current = change.prescription;
  return current;
}

/** Sessions that count on each day: at most as many as prescribed for that day. */
function countedByDay(sessions: readonly SessionDay[], prescribed: Prescribed) {
  const byDay = new Map<string, number>();
  for (const s of sessions)
    byDay.set(
      s.date,
      Math.min(inForce(prescribed, s.date).sessionsPerDay, (byDay.get(s.date) ?? 0) + 1),
    );
  return byDay;
}

/**
 * Done against prescribed over `days` days ending `to`. A change of prescription splits the
 * days: each stretch is planned at its own pace, so a new program never rewrites the past.
 */
function adherenceOver(
  byDay: ReadonlyMap<string, number>,
  to: string,
  days: number,
  prescribed: Prescribed,
): { done: number; prescribed: number } {
  // Consecutive days under the same prescription, oldest first.
  const runs: { pace: Prescription; days: number; sessions: number }[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const day = addDays(to, -i);
    const pace = inForce(prescribed, day);
    const last = runs.at(-1);
    const run = last?.pace === pace ? last : { pace, days: 0, sessions: 0 };
    if (run !== last) runs.push(run);
    run.days++;
    run.sessions += byDay.get(day) ?? 0;
  }
  let done = 0;
  let planned = 0;
  for (const run of runs) {
    const plan = Math.round((run.pace.daysPerWeek * run.days) / 7) * run.pace.sessionsPerDay;
    planned += plan;
    done += Math.min(run.sessions, plan);
  }
  return { done, prescribed: planned };
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const psfsScore = (log: DailyLog) => (log.psfs.length ? mean(log.psfs.map((p) => p.score)) : null);

/** What a progress summary says, by message id; each language's words are in content/messages. */
export const PROGRESS_MESSAGES = [
  'progress.setBaseline',
  'progress.baseline',
  'progress.better',
  'progress.worse',
  'progress.steady',
  'progress.daysDone',
  'progress.sessionsDone',
  'progress.streak',
  'progress.psfsBetter',
] as const;
export type ProgressWords = Words<(typeof PROGRESS_MESSAGES)[number]>;

/**
 * Progress over the `windowDays` up to `today` (the person's local date): pain against the
 * first log as baseline with the smallest change that matters applied, adherence against the
 * prescription (sessions per day, days per week), the current streak, and a few plain sentences.
 */
export function summarizeProgress(
  logs: readonly DailyLog[],
  sessions: readonly SessionDay[],
  today: string,
  words: ProgressWords,
  windowDays = 7,
  prescribed: Prescribed = SELF_GUIDED,
): Progress {
  const prescription = inForce(prescribed, today);
  const sorted = [...logs].sort((a, b) => a.date.localeCompare(b.date));
  const first = sorted[0];
  const last = sorted.at(-1);
  const baseline = first
    ? { date: first.date, legPain: first.legPain, backPain: first.backPain }
    : null;
  const latest = last ? { date: last.date, legPain: last.legPain, backPain: last.backPain } : null;
  const legChange =
    baseline && latest && latest.date !== baseline.date ? latest.legPain - baseline.legPain : null;
  const threshold = baseline ? smallestChangeThatMatters(baseline.legPain) : NPRS_MCID_POINTS;
  const meaningfulImprovement = legChange !== null && -legChange >= threshold;
  const meaningfulWorsening = legChange !== null && legChange >= threshold;

  // One definition of a day done: a day with a session. Streaks and adherence both count it.
  const byDay = countedByDay(
    sessions.filter((s) => s.date <= today),
    prescribed,
  );
  const week = adherenceOver(byDay, today, windowDays, prescribed);
  const { done } = week;
  const weeks: WeekAdherence[] = Array.from({ length: 6 }, (_, i) => {
    const to = addDays(today, -7 * (5 - i));
    return { from: addDays(to, -6), to, ...adherenceOver(byDay, to, 7, prescribed) };
  });
  let streakDays = 0;
  // Today still counts as "in progress": the streak runs to today or yesterday.
  for (
    let day = byDay.has(today) ? today : addDays(today, -1);
    byDay.has(day);
    day = addDays(day, -1)
  )
    streakDays++;

  const summary: string[] = [];
  const { say } = words;
  if (!baseline) summary.push(say('progress.setBaseline'));
  else if (legChange === null)
    summary.push(say('progress.baseline', { baseline: baseline.legPain }));
  else if (meaningfulImprovement)
    summary.push(
      say('progress.better', { baseline: baseline.legPain, now: latest!.legPain, threshold }),
    );
  else if (meaningfulWorsening)
    summary.push(say('progress.worse', { baseline: baseline.legPain, now: latest!.legPain }));
  else summary.push(say('progress.steady', { baseline: baseline.legPain, now: latest!.legPain }));
  summary.push(
    say(prescription.sessionsPerDay === 1 ? 'progress.daysDone' : 'progress.sessionsDone', {
      done,
      planned: week.prescribed,
      days: windowDays,
    }),
  );
  // Praise never sits beside worsening pain, nor beside a session stopped for safety this week.
  const stoppedLately = sessions.some(
    (s) => s.outcome === 'stopped' && s.date <= today && s.date >= addDays(today, -6),
  );
  if (streakDays >= 2 && !meaningfulWorsening && !stoppedLately)
    summary.push(say('progress.streak', { days: streakDays }));
  const psfsBaseline = first ? psfsScore(first) : null;
  const psfsLatest = last ? psfsScore(last) : null;
  if (
    psfsBaseline !== null &&
    psfsLatest !== null &&
    last !== first &&
    psfsLatest - psfsBaseline >= 2
  )
    summary.push(say('progress.psfsBetter'));

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
      prescribed: week.prescribed,
      percent: week.prescribed ? Math.round((done / week.prescribed) * 100) : 0,
    },
    weeks,
    prescription,
    streakDays,
    summary,
  };
}
