import type { HabitCheck } from '../../domain/education/habits';
import { client, read } from '../api';

/** The patient's habit answers from `from` to `to` (both included). */
export async function fetchHabitChecks(from: string, to: string) {
  return read<{ from: string; to: string; checks: HabitCheck[] }>(
    await client.api.v1.me.habits.$get({ query: { from, to } }),
  );
}

/** Saves answers for one day; the server answers with every habit answered that day. */
export async function saveHabitAnswers(date: string, habits: Record<string, boolean>) {
  return read<{ date: string; habits: Record<string, boolean> }>(
    await client.api.v1.me.habits[':date'].$put({ param: { date }, json: { habits } }),
  );
}
