import type { Context } from 'hono';
import { loggableDays } from '../../domain/progress/progress';
import type { Db } from '../db/create-db';
import { joinedAt } from '../db/patient-records';
import { WORDS } from '../../../content/messages/words';
import { requestLocale } from './locale';
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
  if (joined === null) return problem(c, 401, 'Sign in required', { say: 'problem.accountGone' });
  const { earliest, latest } = loggableDays(joined, at);
  if (day >= earliest && day <= latest) return null;
  const message = WORDS[requestLocale(c)].say(day > latest ? 'problem.dayAhead' : 'problem.dayOld');
  return problem(
    c,
    400,
    'Invalid request',
    { say: 'problem.fixValue', values: { field, value: day, problem: message } },
    [{ field, message }],
  );
}
