import { ProgramSchema, prescriptionOf } from '../../domain/personalization/program';
import type { Prescription } from '../../domain/progress/progress';
import type { Db } from './create-db';

/**
 * How often this patient is meant to stretch: their current program, else the plan's own pace.
 * Read by the patient's progress, their therapist's view and their data export alike.
 */
export async function prescriptionFor(db: Db, patientId: string): Promise<Prescription> {
  const row = await db
    .selectFrom('program_version')
    .select('program')
    .where('patient_user_id', '=', patientId)
    .orderBy('version', 'desc')
    .executeTakeFirst();
  return prescriptionOf(row ? ProgramSchema.parse(JSON.parse(row.program)) : null);
}
