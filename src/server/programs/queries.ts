import type { Db } from '../db/create-db';
import { insertProgramVersion } from '../db/prescriptions';

export function programHistory(db: Db, patientId: string) {
  return db
    .selectFrom('program_version')
    .innerJoin('user_account', 'user_account.id', 'program_version.therapist_user_id')
    .select([
      'version',
      'program',
      'program_version.created_at',
      'user_account.name as therapist_name',
    ])
    .where('patient_user_id', '=', patientId)
    .orderBy('version', 'desc')
    .execute();
}

/** The next version number, taken in the same transaction as the insert. */
export function addVersion(
  db: Db,
  patientId: string,
  therapistId: string,
  program: string,
  at: number,
) {
  return db
    .transaction()
    .execute((trx) => insertProgramVersion(trx, patientId, therapistId, program, at));
}

export async function saveTemplate(
  db: Db,
  row: { id: string; therapist_user_id: string; name: string; program: string; created_at: number },
) {
  await db.insertInto('program_template').values(row).execute();
}

export function templates(db: Db, therapistId: string) {
  return db
    .selectFrom('program_template')
    .selectAll()
    .where('therapist_user_id', '=', therapistId)
    .orderBy('name')
    .execute();
}
