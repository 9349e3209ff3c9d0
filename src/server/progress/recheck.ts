import { ExerciseIdSchema } from '../../domain/exercises/library';
import { safetyRecheck, type RecheckReason } from '../../domain/safety/recheck';
import type { Db } from '../db/create-db';

type LogRow = { local_date: string; leg_pain: number; updated_at: number };

/**
 * Whether this patient must answer the warning-sign questions again before their next plan.
 * A caller that has already read the patient's logs passes them in rather than reading twice.
 */
export async function recheckFor(
  db: Db,
  userId: string,
  knownLogs?: readonly LogRow[],
): Promise<RecheckReason | null> {
  const [logs, checkins, screened] = await Promise.all([
    knownLogs ??
      db
        .selectFrom('daily_log')
        .select(['local_date', 'leg_pain', 'updated_at'])
        .where('user_id', '=', userId)
        .execute(),
    db
      .selectFrom('checkin_event')
      .innerJoin('exercise_session', 'exercise_session.id', 'checkin_event.session_id')
      .select(['exercise_session.local_date', 'checkin_event.exercise_id', 'checkin_event.at'])
      .where('checkin_event.user_id', '=', userId)
      .where('checkin_event.numbness_spread', '=', 1)
      .execute(),
    db
      .selectFrom('safety_screening')
      .select((eb) => eb.fn.max('created_at').as('at'))
      .where('user_id', '=', userId)
      .executeTakeFirst(),
  ]);
  return safetyRecheck({
    logs: logs.map((l) => ({
      date: l.local_date,
      legPain: l.leg_pain,
      updatedAt: Number(l.updated_at),
    })),
    checkins: checkins.map((c) => ({
      date: c.local_date,
      exerciseId: ExerciseIdSchema.parse(c.exercise_id),
      numbnessSpread: true,
      at: Number(c.at),
    })),
    screenedAt: screened?.at ? Date.parse(screened.at) : null,
  });
}
