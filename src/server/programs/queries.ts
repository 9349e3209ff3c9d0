import type { Db } from '../db/create-db';
import { lockAccount } from '../db/locks';

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
export async function addVersion(
  db: Db,
  patientId: string,
  therapistId: string,
  program: string,
  at: number,
) {
  return db.transaction().execute(async (trx) => {
    // Two saves at once would both read the same last version without this.
    await lockAccount(trx, patientId);
    const last = await trx
      .selectFrom('program_version')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('patient_user_id', '=', patientId)
      .executeTakeFirst();
    const version = Number(last?.v ?? 0) + 1;
    await trx
      .insertInto('program_version')
      .values({
        patient_user_id: patientId,
        version,
        therapist_user_id: therapistId,
        program,
        created_at: at,
      })
      .execute();
    return version;
  });
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
