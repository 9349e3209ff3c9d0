import type { Db } from '../db/create-db';
import type { SavedSession } from './schemas';

export function findSession(db: Db, userId: string, key: string) {
  return db
    .selectFrom('exercise_session')
    .selectAll()
    .where('user_id', '=', userId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

/**
 * The session and its check-ins, all or nothing. Check-ins are stamped with the server's time
 * of saving (`savedAt`, ms), so "since the last safety check" never trusts a device's clock.
 */
export async function saveSession(
  db: Db,
  id: string,
  userId: string,
  session: SavedSession,
  savedAt: number,
) {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('exercise_session')
      .values({
        id,
        user_id: userId,
        idempotency_key: session.idempotencyKey,
        local_date: session.localDate,
        started_at: Date.parse(session.startedAt),
        finished_at: Date.parse(session.finishedAt),
        outcome: session.outcome,
        items: JSON.stringify(session.items),
      })
      .execute();
    const checkins = session.items.flatMap((item) =>
      item.checkin ? [{ item, checkin: item.checkin }] : [],
    );
    if (checkins.length > 0)
      await trx
        .insertInto('checkin_event')
        .values(
          checkins.map(({ item, checkin }) => ({
            id: crypto.randomUUID(),
            session_id: id,
            user_id: userId,
            exercise_id: item.exerciseId,
            variant: item.variant,
            pain_before: checkin.report.painBefore,
            pain_after: checkin.report.painAfter,
            tingling_spread: Number(checkin.report.tinglingSpread),
            numbness_spread: Number(checkin.report.numbnessSpread),
            sharp_pain: Number(checkin.report.sharpPain),
            lost_balance: Number(checkin.report.lostBalance),
            action: checkin.action,
            at: savedAt,
          })),
        )
        .execute();
  });
}

export async function upsertLog(
  db: Db,
  row: {
    user_id: string;
    local_date: string;
    leg_pain: number;
    back_pain: number;
    psfs: string;
    notes: string;
    updated_at: number;
  },
) {
  await db
    .insertInto('daily_log')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['user_id', 'local_date']).doUpdateSet({
        leg_pain: row.leg_pain,
        back_pain: row.back_pain,
        psfs: row.psfs,
        notes: row.notes,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}
