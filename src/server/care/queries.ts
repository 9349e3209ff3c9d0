import type { Db } from '../db/create-db';

export function findInvite(db: Db, tokenHash: string) {
  return db
    .selectFrom('invite')
    .innerJoin('user_account', 'user_account.id', 'invite.therapist_user_id')
    .leftJoin('therapist', 'therapist.id', 'user_account.therapist_id')
    .leftJoin('clinic', 'clinic.id', 'therapist.clinic_id')
    .select([
      'invite.therapist_user_id',
      'user_account.name as therapist_name',
      'clinic.name as clinic_name',
    ])
    .where('invite.token_hash', '=', tokenHash)
    .where('invite.revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function createInvite(db: Db, tokenHash: string, therapistUserId: string, at: number) {
  await db
    .insertInto('invite')
    .values({
      token_hash: tokenHash,
      therapist_user_id: therapistUserId,
      created_at: at,
      revoked_at: null,
    })
    .execute();
}

/** Joining twice is harmless. */
export async function joinCareTeam(
  db: Db,
  therapistUserId: string,
  patientUserId: string,
  at: number,
) {
  await db
    .insertInto('care_relationship')
    .values({ therapist_user_id: therapistUserId, patient_user_id: patientUserId, created_at: at })
    .onConflict((oc) => oc.columns(['therapist_user_id', 'patient_user_id']).doNothing())
    .execute();
}

export function therapistPatients(db: Db, therapistUserId: string) {
  return db
    .selectFrom('care_relationship')
    .innerJoin('user_account', 'user_account.id', 'care_relationship.patient_user_id')
    .select([
      'user_account.id',
      'user_account.name',
      'user_account.email',
      'care_relationship.created_at',
    ])
    .where('care_relationship.therapist_user_id', '=', therapistUserId)
    .orderBy('user_account.name')
    .execute();
}

/** The other direction: everyone treating this patient, who hears about their alerts. */
export function patientTherapists(db: Db, patientUserId: string) {
  return db
    .selectFrom('care_relationship')
    .innerJoin('user_account', 'user_account.id', 'care_relationship.therapist_user_id')
    .select(['user_account.id', 'user_account.name', 'user_account.email', 'user_account.locale'])
    .where('care_relationship.patient_user_id', '=', patientUserId)
    .execute();
}
