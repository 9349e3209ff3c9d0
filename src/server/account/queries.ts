import type { Db } from '../db/create-db';
import {
  listHabitChecks,
  listLogs,
  listSessions,
  toCheckinRecord,
  toDailyLog,
} from '../db/patient-records';
import type { CheckinRow, ExportSession } from './export';

/** Everything a patient's data export holds: logs, sessions, every check-in and habit answer. */
export async function exportRecords(db: Db, userId: string) {
  const [logs, sessions, checkins, habits] = await Promise.all([
    listLogs(db, userId),
    listSessions(db, userId),
    db
      .selectFrom('checkin_event')
      .innerJoin('exercise_session', 'exercise_session.id', 'checkin_event.session_id')
      .select([
        'exercise_session.local_date',
        'checkin_event.exercise_id',
        'checkin_event.variant',
        'checkin_event.pain_before',
        'checkin_event.pain_after',
        'checkin_event.tingling_spread',
        'checkin_event.numbness_spread',
        'checkin_event.sharp_pain',
        'checkin_event.lost_balance',
        'checkin_event.action',
        'checkin_event.at',
      ])
      .where('checkin_event.user_id', '=', userId)
      .orderBy('checkin_event.at')
      .orderBy('checkin_event.exercise_id')
      .orderBy('checkin_event.variant')
      .execute(),
    listHabitChecks(db, userId),
  ]);
  return {
    logs: logs.map(toDailyLog),
    sessions: sessions.map((s): ExportSession => ({
      date: s.local_date,
      outcome: s.outcome,
      items: s.items,
    })),
    checkins: checkins.map((c): CheckinRow => ({ date: c.local_date, ...toCheckinRecord(c) })),
    habits,
  };
}

export type DeletedCounts = {
  dailyLogs: number;
  sessions: number;
  checkins: number;
  programVersions: number;
  habitChecks: number;
  appointmentsCancelled: number;
};

const countOf = async (query: { executeTakeFirstOrThrow: () => Promise<{ n: unknown }> }) =>
  Number((await query.executeTakeFirstOrThrow()).n);

/**
 * Removes the account and its health data in one transaction and says how much went. Upcoming
 * visits are cancelled; past ones keep a placeholder name so the clinic's books still add up.
 */
export async function deleteAccount(
  db: Db,
  user: { id: string; email: string },
  at: number,
): Promise<DeletedCounts> {
  return db.transaction().execute(async (trx) => {
    const counted = (table: 'daily_log' | 'exercise_session' | 'checkin_event' | 'habit_check') =>
      countOf(
        trx
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .where('user_id', '=', user.id),
      );
    // One after another: a transaction is one connection.
    const dailyLogs = await counted('daily_log');
    const sessions = await counted('exercise_session');
    const checkins = await counted('checkin_event');
    const habitChecks = await counted('habit_check');
    const programVersions = await countOf(
      trx
        .selectFrom('program_version')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('patient_user_id', '=', user.id),
    );
    const future = await trx
      .selectFrom('appointment')
      .select('id')
      .where('patient_user_id', '=', user.id)
      .where('status', '=', 'booked')
      .where('starts_at', '>', at)
      .execute();
    if (future.length > 0) {
      const ids = future.map((a) => a.id);
      await trx.deleteFrom('appointment_claim').where('appointment_id', 'in', ids).execute();
      await trx
        .updateTable('appointment')
        .set({ status: 'cancelled', cancelled_at: at })
        .where('id', 'in', ids)
        .execute();
    }
    await trx
      .updateTable('appointment')
      .set({
        guest_name: 'Deleted account',
        guest_email: 'deleted@invalid',
        guest_phone: '',
        patient_user_id: null,
      })
      .where('patient_user_id', '=', user.id)
      .execute();
    await trx.deleteFrom('outbox').where('to_email', '=', user.email).execute();
    await trx.deleteFrom('pending_sign_up').where('email', '=', user.email).execute();
    // Logs, sessions, check-ins, habit answers, programs, care-team links and sessions go with
    // the account.
    await trx.deleteFrom('user_account').where('id', '=', user.id).execute();
    return {
      dailyLogs,
      sessions,
      checkins,
      programVersions,
      habitChecks,
      appointmentsCancelled: future.length,
    };
  });
}
