import type { Context } from 'hono';
import { loggableDays } from '../../domain/progress/progress';
import type { Db } from '../db/create-db';
import { joinedAt } from '../db/patient-records';
import { problem } from './problem';

/**
 * A 400 naming `field` when `day` is more than a year before the account was made or after
 * today somewhere on Earth (UTC+14: the server knows no zone); a 401 when the account is gone;
 * null when the day can be recorded.
 */
export async function implausibleDay(
  c: Context,
  db: Db,
  { userId, day, field, at }: { userId: string; day: string; field: string; at: number },
) {
  const joined = await joinedAt(db, userId);
  if (joined === null) return problem(c, 401, 'Sign in required', 'This account no longer exists.');
  const { earliest, latest } = loggableDays(joined, at);
  if (day >= earliest && day <= latest) return null;
  const message =
    day > latest
      ? 'is in the future: you can record today or earlier days'
      : 'is too long ago: it is more than a year before you joined';
  return problem(c, 400, 'Invalid request', `Fix the ${field}: ${day} ${message}.`, [
    { field, message },
  ]);
}
