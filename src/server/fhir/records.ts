import { z } from 'zod';
import { locationKey, roleKey } from './scheduling';
import { WORDS } from '../../../content/messages/words';
import type { Exercise } from '../../domain/exercises/library';
import type { FhirLabels, FhirPatientRecords, FhirProgram } from '../../domain/fhir/patient-export';
import type { Locale } from '../../domain/i18n/locale';
import { doseInWords } from '../../domain/personalization/dose-words';
import { ProgramSchema } from '../../domain/personalization/program';
import { RED_FLAG_IDS } from '../../domain/safety/red-flags';
import type { Db } from '../db/create-db';
import { listLogs, toCheckinRecord, toDailyLog } from '../db/patient-records';
import { currentProgram } from '../db/prescriptions';

/** The export's words in one language, from the server's catalogue. */
export function fhirLabels(locale: Locale): FhirLabels {
  const { say } = WORDS[locale];
  return {
    legPain: say('fhir.legPain'),
    backPain: say('fhir.backPain'),
    psfsTitle: say('fhir.psfsTitle'),
    psfsActivity: say('fhir.psfsActivity'),
    psfsScore: say('fhir.psfsScore'),
    session: say('fhir.session'),
    redFlagScreen: say('fhir.redFlagScreen'),
    programTitle: say('fhir.programTitle'),
    painBefore: say('fhir.painBefore'),
    painAfter: say('fhir.painAfter'),
    tinglingSpread: say('fhir.tinglingSpread'),
    numbnessSpread: say('fhir.numbnessSpread'),
    sharpPain: say('fhir.sharpPain'),
    lostBalance: say('fhir.lostBalance'),
    redFlag: (id) => say(`alert.sign.${id}`),
    verdict: (action) => say('patient.action', { action }),
  };
}

const FlagIds = z.array(z.enum(RED_FLAG_IDS));

/** Everything one patient's FHIR export holds, read in one go. */
export async function fhirRecords(
  db: Db,
  patient: FhirPatientRecords['patient'],
  library: readonly Exercise[],
  locale: Locale,
): Promise<FhirPatientRecords> {
  const [logs, sessions, checkins, screenings, program, appointments] = await Promise.all([
    listLogs(db, patient.id),
    db
      .selectFrom('exercise_session')
      .select(['id', 'local_date', 'started_at', 'finished_at', 'outcome'])
      .where('user_id', '=', patient.id)
      .orderBy('started_at')
      .execute(),
    db
      .selectFrom('checkin_event')
      .selectAll()
      .where('user_id', '=', patient.id)
      .orderBy('at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('safety_screening')
      .select(['id', 'created_at', 'status', 'red_flags'])
      .where('user_id', '=', patient.id)
      .orderBy('created_at')
      .execute(),
    currentProgram(db, patient.id),
    db
      .selectFrom('appointment')
      .innerJoin('therapist', 'therapist.id', 'appointment.therapist_id')
      .innerJoin('clinic', 'clinic.id', 'appointment.clinic_id')
      .innerJoin('appointment_type', 'appointment_type.id', 'appointment.appointment_type_id')
      .select([
        'appointment.id',
        'appointment.starts_at',
        'appointment.ends_at',
        'appointment.status',
        'appointment_type.id as type_id',
        'appointment_type.name as type_name',
        'therapist.id as therapist_id',
        'therapist.name as therapist_name',
        'clinic.id as clinic_id',
        'clinic.name as clinic_name',
      ])
      .where('appointment.patient_user_id', '=', patient.id)
      .orderBy('appointment.starts_at')
      .execute(),
  ]);
  const nameOf = (id: string) => library.find((e) => e.id === id)?.name ?? id;
  return {
    patient,
    logs: logs.map(toDailyLog),
    sessions: sessions.map((s) => ({
      id: s.id,
      date: s.local_date,
      startedAt: Number(s.started_at),
      finishedAt: Number(s.finished_at),
      outcome: s.outcome,
      checkins: checkins
        .filter((c) => c.session_id === s.id)
        .map((c) => ({ id: c.id, exerciseName: nameOf(c.exercise_id), ...toCheckinRecord(c) })),
    })),
    screenings: screenings.map((s) => ({
      id: s.id,
      at: s.created_at,
      status: s.status,
      redFlags: FlagIds.parse(JSON.parse(s.red_flags)),
    })),
    program: program ? programOf(program, library, locale) : null,
    appointments: appointments.map((a) => ({
      id: a.id,
      start: Number(a.starts_at),
      end: Number(a.ends_at),
      status: a.status,
      typeId: a.type_id,
      typeName: a.type_name,
      therapistName: a.therapist_name,
      clinicName: a.clinic_name,
      roleId: roleKey(a.therapist_id),
      locationId: locationKey(a.clinic_id),
    })),
  };
}

function programOf(
  row: { program: string; created_at: number; therapist_name: string; version: number },
  library: readonly Exercise[],
  locale: Locale,
): FhirProgram {
  const program = ProgramSchema.parse(JSON.parse(row.program));
  return {
    version: row.version,
    createdAt: Number(row.created_at),
    therapistName: row.therapist_name,
    note: program.note,
    items: program.items.map((item) => {
      const exercise = library.find((e) => e.id === item.exerciseId);
      return {
        ...item,
        name: exercise?.name ?? item.exerciseId,
        doseWords: exercise ? doseInWords(exercise, item, WORDS[locale]).each : '',
      };
    }),
  };
}
