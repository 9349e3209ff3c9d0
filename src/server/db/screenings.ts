import type { Db } from './create-db';
import type { PlanResult } from '../../domain/personalization/plan';

export async function recordScreening(
  db: Db,
  id: string,
  at: Date,
  result: PlanResult,
  userId: string | null,
): Promise<void> {
  await db
    .insertInto('safety_screening')
    .values({
      id,
      created_at: at.toISOString(),
      status: result.status,
      urgency: result.urgency,
      red_flags: JSON.stringify(result.redFlagsReported),
      user_id: userId,
    })
    .execute();
}
