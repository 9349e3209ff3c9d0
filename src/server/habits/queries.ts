import type { HabitCheck } from '../../domain/education/habits';
import type { Db } from '../db/create-db';

/** When the account was made (ms), or null when it is gone. */
export async function joinedAt(db: Db, userId: string): Promise<number | null> {
  const row = await db
    .selectFrom('user_account')
    .select('created_at')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row ? Number(row.created_at) : null;
}

/** The patient's answers from `from` to `to`, both included, by day then habit. */
export async function listHabitChecks(
  db: Db,
  userId: string,
  range: { from: string; to: string },
): Promise<HabitCheck[]> {
  const rows = await db
    .selectFrom('habit_check')
    .select(['local_date', 'habit_id', 'done'])
    .where('user_id', '=', userId)
    .where('local_date', '>=', range.from)
    .where('local_date', '<=', range.to)
    .orderBy('local_date')
    .orderBy('habit_id')
    .execute();
  return rows.map((r) => ({ date: r.local_date, habitId: r.habit_id, done: r.done === 1 }));
}

/**
 * Saves one day's answers in a single statement: insert, or update a row that exists. Two
 * saves of the same day at once both succeed (the primary key turns the second into an
 * update), and the rows go in habit order so concurrent saves on PostgreSQL lock them in the
 * same order and cannot deadlock.
 */
export async function saveHabitDay(
  db: Db,
  userId: string,
  date: string,
  answers: readonly { habitId: string; done: boolean }[],
  at: number,
): Promise<void> {
  if (answers.length === 0) return;
  const rows = [...answers]
    .sort((a, b) => a.habitId.localeCompare(b.habitId))
    .map((a) => ({
      user_id: userId,
      local_date: date,
      habit_id: a.habitId,
      done: a.done ? 1 : 0,
      updated_at: at,
    }));
  await db
    .insertInto('habit_check')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['user_id', 'local_date', 'habit_id']).doUpdateSet((eb) => ({
        done: eb.ref('excluded.done'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}
