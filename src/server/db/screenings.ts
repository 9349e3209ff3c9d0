import type { Db } from './create-db';
import type { PlanResult } from '../../domain/personalization/plan';

export async function recordScreening(
  db: Db,
  id: string,
  at: Date,
  result: PlanResult,
  userId: string | null,
): Promise<boolean> {
  const inserted = await db
    .insertInto('safety_screening')
    .values({
      id,
      created_at: at.toISOString(),
      status: result.status,
      urgency: result.urgency,
      red_flags: JSON.stringify(result.redFlagsReported),
      user_id: userId,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  // False when this id was recorded before (the same answers sent again).
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
}
