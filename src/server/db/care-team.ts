import type { Db } from './create-db';

/**
 * One of this therapist's patients, or nothing: someone else's patient looks exactly like no
 * patient at all. Shared by the care-team and program routes.
 */
export function teamPatient(db: Db, therapistUserId: string, patientUserId: string) {
  return db
    .selectFrom('care_relationship')
    .innerJoin('user_account', 'user_account.id', 'care_relationship.patient_user_id')
    .select([
      'user_account.id',
      'user_account.name',
      'user_account.email',
      'user_account.locale',
      'care_relationship.created_at',
    ])
    .where('care_relationship.therapist_user_id', '=', therapistUserId)
    .where('care_relationship.patient_user_id', '=', patientUserId)
    .executeTakeFirst();
}

/** Said in the reader's language: problem() words it. */
export const NOT_ON_TEAM = { say: 'problem.notOnTeam' } as const;
