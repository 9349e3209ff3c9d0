import type { HabitCheck } from '../../domain/education/habits';
import type { CheckinRecord, DailyLog } from '../../domain/progress/progress';
import { outcomeByExercise, type Outcome } from '../../domain/session/player';

export type ExportSession = { date: string; outcome: string; items: string };

/** One check-in after an exercise, with the day of its session. */
export type CheckinRow = CheckinRecord & {
  /** The session's day, in the person's own calendar. */
  date: string;
};

const csvCell = (value: string | number) => {
  const text = String(value);
  // Quote anything with separators, and defuse spreadsheet formulas.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const CSV_COLUMNS = [
  'record',
  'date',
  'leg_pain',
  'back_pain',
  'activities',
  'notes',
  'session_outcome',
  'exercises_done',
  'saved_at',
  'exercise',
  'variant',
  'pain_before',
  'pain_after',
  'tingling_spread',
  'numbness_spread',
  'sharp_pain',
  'lost_balance',
  'checkin_advice',
  // Added last, so the columns before keep their places in spreadsheets made earlier.
  'habit',
  'habit_done',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/**
 * Everything the patient logged, for a spreadsheet: one row per daily log, per session, per
 * check-in after an exercise and per answer to a habit's daily question. Each kind fills its
 * own columns and leaves the others empty.
 */
export function progressCsv(
  logs: readonly DailyLog[],
  sessions: readonly ExportSession[],
  checkins: readonly CheckinRow[] = [],
  habits: readonly HabitCheck[] = [],
): string {
  const rows: Partial<Record<Column, string | number>>[] = [];
  for (const l of logs)
    rows.push({
      record: 'daily log',
      date: l.date,
      leg_pain: l.legPain,
      back_pain: l.backPain,
      activities: l.psfs.map((p) => `${p.activity}: ${p.score}`).join('; '),
      notes: l.notes,
    });
  for (const s of sessions) {
    const items = JSON.parse(s.items) as { exerciseId: string; outcome: Outcome }[];
    // Exercises, not records: a glide done in 2 sets on each leg is one exercise done.
    const outcomes = [...outcomeByExercise(items).values()];
    rows.push({
      record: 'session',
      date: s.date,
      session_outcome: s.outcome,
      exercises_done: outcomes.filter((o) => o === 'done').length,
    });
  }
  for (const c of checkins)
    rows.push({
      record: 'check-in',
      date: c.date,
      saved_at: new Date(c.at).toISOString(),
      exercise: c.exerciseId,
      variant: c.variant,
      pain_before: c.painBefore,
      pain_after: c.painAfter,
      tingling_spread: yesNo(c.tinglingSpread),
      numbness_spread: yesNo(c.numbnessSpread),
      sharp_pain: yesNo(c.sharpPain),
      lost_balance: yesNo(c.lostBalance),
      checkin_advice: c.action,
    });
  for (const h of habits)
    rows.push({ record: 'habit', date: h.date, habit: h.habitId, habit_done: yesNo(h.done) });
  const lines = [
    CSV_COLUMNS.join(','),
    ...rows.map((row) => CSV_COLUMNS.map((column) => csvCell(row[column] ?? '')).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
