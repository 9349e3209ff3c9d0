import type { HabitCheck } from '../../domain/education/habits';
import { PsfsSchema, type CheckinRecord, type DailyLog } from '../../domain/progress/progress';
import type { CheckinSignal, ScreeningSignal, SessionSignal } from '../../domain/monitoring/alerts';
import { z } from 'zod';
import type { Db } from './create-db';

/** A patient's health records, read by the patient's own pages and by their therapist's. */

/** When the account was made (ms); null once it is gone (deleted mid-request). */
export async function joinedAt(db: Db, userId: string): Promise<number | null> {
  const row = await db
    .selectFrom('user_account')
    .select('created_at')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row ? Number(row.created_at) : null;
}

/** Habit answers by day then habit: from `range.from` to `range.to` (both included), else all. */
export async function listHabitChecks(
  db: Db,
  userId: string,
  range?: { from: string; to: string },
): Promise<HabitCheck[]> {
  let query = db
    .selectFrom('habit_check')
    .select(['local_date', 'habit_id', 'done'])
    .where('user_id', '=', userId);
  if (range)
    query = query.where('local_date', '>=', range.from).where('local_date', '<=', range.to);
  const rows = await query.orderBy('local_date').orderBy('habit_id').execute();
  return rows.map((r) => ({ date: r.local_date, habitId: r.habit_id, done: r.done === 1 }));
}

export function listSessions(db: Db, userId: string) {
  return db
    .selectFrom('exercise_session')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('started_at', 'desc')
    .limit(200)
    .execute();
}

export function listLogs(db: Db, userId: string) {
  return db
    .selectFrom('daily_log')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('local_date')
    .execute();
}

/** A stored check-in row as the domain keeps it (0/1 columns as booleans on both engines). */
export function toCheckinRecord(row: {
  at: number;
  exercise_id: string;
  variant: string;
  pain_before: number;
  pain_after: number;
  tingling_spread: number;
  numbness_spread: number;
  sharp_pain: number;
  lost_balance: number;
  action: string;
}): CheckinRecord {
  return {
    at: Number(row.at),
    exerciseId: row.exercise_id,
    variant: row.variant,
    painBefore: row.pain_before,
    painAfter: row.pain_after,
    tinglingSpread: row.tingling_spread === 1,
    numbnessSpread: row.numbness_spread === 1,
    sharpPain: row.sharp_pain === 1,
    lostBalance: row.lost_balance === 1,
    action: row.action,
  };
}

export function toDailyLog(row: {
  local_date: string;
  leg_pain: number;
  back_pain: number;
  psfs: string;
  notes: string;
}): DailyLog {
  return {
    date: row.local_date,
    legPain: row.leg_pain,
    backPain: row.back_pain,
    psfs: PsfsSchema.parse(JSON.parse(row.psfs)),
    notes: row.notes,
  };
}

export async function monitoringSignals(db: Db, userId: string) {
  const [logs, sessions, checkins, screenings] = await Promise.all([
    listLogs(db, userId),
    listSessions(db, userId),
    db
      .selectFrom('checkin_event')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('at', 'desc')
      .limit(500)
      .execute(),
    db
      .selectFrom('safety_screening')
      .selectAll()
      .where('user_id', '=', userId)
      .where('status', '=', 'seek-care')
      .execute(),
  ]);
  const sessionDate = new Map(sessions.map((s) => [s.id, s.local_date]));
  return {
    logs: logs.map(toDailyLog),
    sessions: sessions.map(
      (s): SessionSignal & { id: string; startedAt: number; items: string } => ({
        id: s.id,
        date: s.local_date,
        outcome: s.outcome,
        startedAt: s.started_at,
        items: s.items,
      }),
    ),
    checkins: checkins.map(
      (c): CheckinSignal & { exerciseId: string; variant: string; action: string } => ({
        date: sessionDate.get(c.session_id) ?? new Date(c.at).toISOString().slice(0, 10),
        tinglingSpread: c.tingling_spread === 1,
        numbnessSpread: c.numbness_spread === 1,
        painBefore: c.pain_before,
        painAfter: c.pain_after,
        exerciseId: c.exercise_id,
        variant: c.variant,
        action: c.action,
      }),
    ),
    screenings: screenings.flatMap((s): ScreeningSignal[] =>
      s.urgency
        ? [
            {
              date: s.created_at.slice(0, 10),
              at: s.created_at,
              urgency: s.urgency,
              flags: z.array(z.string()).catch([]).parse(JSON.parse(s.red_flags)),
            },
          ]
        : [],
    ),
  };
}

/** When this person last answered the safety check with a red flag, if ever (ISO instant). */
export async function lastRedFlagAt(db: Db, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('safety_screening')
    .select((eb) => eb.fn.max('created_at').as('at'))
    .where('user_id', '=', userId)
    .where('status', '=', 'seek-care')
    .executeTakeFirst();
  return row?.at ?? null;
}
