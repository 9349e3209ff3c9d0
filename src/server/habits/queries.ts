import type { Db } from '../db/create-db';

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
