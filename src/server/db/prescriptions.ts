import { ProgramSchema, prescriptionOf } from '../../domain/personalization/program';
import type { PrescriptionChange } from '../../domain/progress/progress';
import type { Db } from './create-db';
import { lockAccount } from './locks';

/**
 * How often this patient was meant to stretch, over time: each program version from the day
 * it was assigned (a UTC day), the self-guided pace before the first. Read by the patient's
 * progress, their therapist's view and their data export alike.
 */
export async function prescriptionFor(db: Db, patientId: string): Promise<PrescriptionChange[]> {
  const rows = await db
    .selectFrom('program_version')
    .select(['program', 'created_at'])
    .where('patient_user_id', '=', patientId)
    .orderBy('version')
    .execute();
  return rows.map((row) => ({
    from: new Date(Number(row.created_at)).toISOString().slice(0, 10),
    prescription: prescriptionOf(ProgramSchema.parse(JSON.parse(row.program))),
  }));
}

/**
 * The newest program version assigned to this patient, with who assigned it and where they
 * work (for the printed handout's header); undefined before the first.
 */
export function currentProgram(db: Db, patientId: string) {
  return db
    .selectFrom('program_version')
    .innerJoin('user_account', 'user_account.id', 'program_version.therapist_user_id')
    .leftJoin('therapist', 'therapist.id', 'user_account.therapist_id')
    .leftJoin('clinic', 'clinic.id', 'therapist.clinic_id')
    .select([
      'version',
      'program',
      'program_version.created_at',
      'user_account.name as therapist_name',
      'clinic.name as clinic_name',
      'clinic.time_zone as clinic_time_zone',
    ])
    .where('patient_user_id', '=', patientId)
    .orderBy('version', 'desc')
    .executeTakeFirst();
}

/**
 * Adds the next version of a patient's program inside the caller's transaction, numbered after
 * the last; the account row is held so two saves at once cannot take the same number.
 */
export async function insertProgramVersion(
  trx: Parameters<typeof lockAccount>[0],
  patientId: string,
  therapistId: string,
  program: string,
  at: number,
): Promise<number> {
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
}
