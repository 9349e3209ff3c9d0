import type {
  Appointment,
  Bundle,
  BundleEntry,
  CarePlan,
  CarePlanActivity,
  CodeableConcept,
  Extension,
  Observation,
  ObservationComponent,
  Patient,
  Procedure,
  Questionnaire,
  QuestionnaireResponse,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import { APPOINTMENT_TYPE_SYSTEM } from './scheduling';
import type { Locale } from '../i18n/locale';
import type { ProgramItem } from '../personalization/program';
import type { CheckinRecord, DailyLog } from '../progress/progress';
import type { RedFlagId } from '../safety/red-flags';

/**
 * A patient's records as HL7 FHIR R4 resources, built from what we store and never stored as
 * FHIR. Pain scores are LOINC's 0–10 numeric rating, told apart by body site; everything that
 * has no standard code (our red flags, check-in answers, dose values) is coded in systems of
 * our own under `urn:reliefpath:`.
 */

export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';
/** "Pain severity - 0-10 verbal numeric rating [Score] - Reported". */
export const PAIN_SCORE_LOINC = '72514-3';
const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
const OUR_CODES = 'urn:reliefpath:code';
const RED_FLAG_CODES = 'urn:reliefpath:red-flag';
const DOSE_EXTENSION = 'urn:reliefpath:extension:dose';
/** The canonical PSFS questionnaire every response answers. */
export const PSFS_QUESTIONNAIRE = 'urn:reliefpath:questionnaire:psfs';

export type FhirCheckin = CheckinRecord & { id: string; exerciseName: string };

export type FhirSession = {
  id: string;
  date: string;
  startedAt: number;
  finishedAt: number;
  outcome: 'finished' | 'stopped';
  checkins: FhirCheckin[];
};

export type FhirScreening = {
  id: string;
  at: string;
  status: 'plan' | 'seek-care';
  redFlags: RedFlagId[];
};

export type FhirProgram = {
  version: number;
  createdAt: number;
  therapistName: string;
  note: string;
  items: (ProgramItem & { name: string; doseWords: string })[];
};

export type FhirAppointment = {
  id: string;
  start: number;
  end: number;
  status: 'booked' | 'cancelled';
  typeId: string;
  typeName: string;
  therapistName: string;
  clinicName: string;
  /** The FHIR ids of the therapist's PractitionerRole and the clinic's Location. */
  roleId: string;
  locationId: string;
};

export type FhirPatientRecords = {
  patient: { id: string; name: string; email: string; locale: Locale };
  logs: readonly DailyLog[];
  sessions: readonly FhirSession[];
  screenings: readonly FhirScreening[];
  program: FhirProgram | null;
  appointments: readonly FhirAppointment[];
};

/** The export's words, in the patient's language. */
export type FhirLabels = {
  legPain: string;
  backPain: string;
  psfsTitle: string;
  psfsActivity: string;
  psfsScore: string;
  session: string;
  redFlagScreen: string;
  programTitle: string;
  painBefore: string;
  painAfter: string;
  tinglingSpread: string;
  numbnessSpread: string;
  sharpPain: string;
  lostBalance: string;
  /** A red flag's question, by its id. */
  redFlag: (id: RedFlagId) => string;
  /** A check-in's verdict ("continue", "regress", "stop", …) in words. */
  verdict: (action: string) => string;
};

const instant = (ms: number) => new Date(ms).toISOString();

const coded = (system: string, code: string, display: string): CodeableConcept => ({
  coding: [{ system, code, display }],
  text: display,
});

const SURVEY: CodeableConcept[] = [
  { coding: [{ system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' }] },
];

/** Where each pain score is felt, in SNOMED CT body structures. */
const BODY_SITE = {
  leg: { code: '61685007', display: 'Lower limb structure' },
  back: { code: '37822005', display: 'Lower back structure' },
} as const;

const painCode = (label: string): CodeableConcept => ({
  coding: [
    {
      system: LOINC,
      code: PAIN_SCORE_LOINC,
      display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
    },
  ],
  text: label,
});

/** FHIR ids allow letters, digits, "-" and "." up to 64 characters. */
const fhirId = (...parts: string[]) =>
  parts
    .join('-')
    .replace(/[^A-Za-z0-9.-]/g, '-')
    .slice(0, 64);

export function patientResource(records: FhirPatientRecords): Patient {
  const { patient } = records;
  return {
    resourceType: 'Patient',
    id: fhirId(patient.id),
    active: true,
    name: [{ text: patient.name }],
    telecom: [{ system: 'email', value: patient.email }],
    communication: [
      {
        language: { coding: [{ system: 'urn:ietf:bcp:47', code: patient.locale }] },
        preferred: true,
      },
    ],
  };
}

function painObservations(
  log: DailyLog,
  subject: Reference<Patient>,
  patientId: string,
  labels: FhirLabels,
): Observation[] {
  return (['leg', 'back'] as const).map((site) => ({
    resourceType: 'Observation',
    id: fhirId(site, log.date, patientId),
    status: 'final',
    category: SURVEY,
    code: painCode(site === 'leg' ? labels.legPain : labels.backPain),
    subject,
    effectiveDateTime: log.date,
    bodySite: coded(SNOMED, BODY_SITE[site].code, BODY_SITE[site].display),
    valueInteger: site === 'leg' ? log.legPain : log.backPain,
  }));
}

export function psfsQuestionnaire(labels: FhirLabels): Questionnaire {
  return {
    resourceType: 'Questionnaire',
    id: 'psfs',
    url: PSFS_QUESTIONNAIRE,
    status: 'active',
    title: labels.psfsTitle,
    item: [
      {
        linkId: 'activity',
        text: labels.psfsActivity,
        type: 'group',
        repeats: true,
        item: [
          { linkId: 'activity.name', text: labels.psfsActivity, type: 'string', required: true },
          { linkId: 'activity.score', text: labels.psfsScore, type: 'integer', required: true },
        ],
      },
    ],
  };
}

function psfsResponse(
  log: DailyLog,
  subject: Reference<Patient>,
  patientId: string,
): QuestionnaireResponse {
  return {
    resourceType: 'QuestionnaireResponse',
    id: fhirId('psfs', log.date, patientId),
    questionnaire: PSFS_QUESTIONNAIRE,
    status: 'completed',
    subject,
    authored: log.date,
    item: log.psfs.map((a) => ({
      linkId: 'activity',
      item: [
        { linkId: 'activity.name', answer: [{ valueString: a.activity }] },
        { linkId: 'activity.score', answer: [{ valueInteger: a.score }] },
      ],
    })),
  };
}

const yesNo = (code: string, text: string, value: boolean): ObservationComponent => ({
  code: coded(OUR_CODES, code, text),
  valueBoolean: value,
});

function sessionResources(
  session: FhirSession,
  subject: Reference<Patient>,
  labels: FhirLabels,
): [Procedure, ...Observation[]] {
  const procedure: Procedure = {
    resourceType: 'Procedure',
    id: fhirId(session.id),
    status: session.outcome === 'finished' ? 'completed' : 'stopped',
    code: {
      coding: [{ system: SNOMED, code: '229065009', display: 'Exercise therapy' }],
      text: labels.session,
    },
    subject,
    performedPeriod: { start: instant(session.startedAt), end: instant(session.finishedAt) },
  };
  const checkins = session.checkins.map((c): Observation => ({
    resourceType: 'Observation',
    id: fhirId(c.id),
    status: 'final',
    category: SURVEY,
    code: coded(OUR_CODES, 'checkin', `${labels.session}: ${c.exerciseName}`),
    subject,
    partOf: [{ reference: `Procedure/${fhirId(session.id)}` }],
    effectiveDateTime: instant(c.at),
    valueCodeableConcept: coded(OUR_CODES, `checkin-${c.action}`, labels.verdict(c.action)),
    component: [
      { code: painCode(labels.painBefore), valueInteger: c.painBefore },
      { code: painCode(labels.painAfter), valueInteger: c.painAfter },
      yesNo('tingling-spread', labels.tinglingSpread, c.tinglingSpread),
      yesNo('numbness-spread', labels.numbnessSpread, c.numbnessSpread),
      yesNo('sharp-pain', labels.sharpPain, c.sharpPain),
      yesNo('lost-balance', labels.lostBalance, c.lostBalance),
    ],
  }));
  return [procedure, ...checkins];
}

function screeningObservation(
  screening: FhirScreening,
  subject: Reference<Patient>,
  labels: FhirLabels,
): Observation {
  return {
    resourceType: 'Observation',
    id: fhirId(screening.id),
    status: 'final',
    category: SURVEY,
    code: coded(OUR_CODES, 'red-flag-screen', labels.redFlagScreen),
    subject,
    effectiveDateTime: screening.at,
    // True when any warning sign was answered "yes": no exercise plan was given.
    valueBoolean: screening.status === 'seek-care',
    component: screening.redFlags.map((id) => ({
      code: coded(RED_FLAG_CODES, id, labels.redFlag(id)),
      valueBoolean: true,
    })),
  };
}

const doseValue = (url: string, value: number): Extension => ({ url, valueInteger: value });

function programActivity(item: FhirProgram['items'][number]): CarePlanActivity {
  return {
    detail: {
      kind: 'ServiceRequest',
      code: coded(OUR_CODES, `exercise-${item.exerciseId}`, item.name),
      status: 'in-progress',
      description: item.doseWords,
      scheduledTiming: {
        repeat: { frequency: item.sessionsPerDay, period: 1, periodUnit: 'd' },
      },
      extension: [
        {
          url: DOSE_EXTENSION,
          extension: [
            { url: 'variant', valueCode: item.variant },
            doseValue('holdSeconds', item.holdSeconds),
            doseValue('reps', item.reps),
            doseValue('sets', item.sets),
            { url: 'sides', valueCode: item.sides },
            doseValue('sessionsPerDay', item.sessionsPerDay),
            doseValue('daysPerWeek', item.daysPerWeek),
          ],
        },
      ],
    },
  };
}

function carePlan(
  program: FhirProgram,
  subject: Reference<Patient>,
  patientId: string,
  labels: FhirLabels,
): CarePlan {
  return {
    resourceType: 'CarePlan',
    id: fhirId('program', patientId),
    status: 'active',
    intent: 'plan',
    title: labels.programTitle,
    // FHIR refuses a string of spaces, so a blank note is left out rather than sent empty.
    ...(program.note.trim() ? { description: program.note } : {}),
    subject,
    period: { start: instant(program.createdAt) },
    created: instant(program.createdAt),
    author: { display: program.therapistName },
    activity: program.items.map(programActivity),
  };
}

function appointment(visit: FhirAppointment, subject: Reference<Patient>): Appointment {
  return {
    resourceType: 'Appointment',
    id: fhirId(visit.id),
    status: visit.status,
    serviceType: [
      {
        coding: [{ system: APPOINTMENT_TYPE_SYSTEM, code: visit.typeId, display: visit.typeName }],
        text: visit.typeName,
      },
    ],
    start: instant(visit.start),
    end: instant(visit.end),
    participant: [
      { actor: subject, status: 'accepted' },
      {
        actor: { reference: `PractitionerRole/${visit.roleId}`, display: visit.therapistName },
        status: 'accepted',
      },
      {
        actor: { reference: `Location/${visit.locationId}`, display: visit.clinicName },
        status: 'accepted',
      },
    ],
  };
}

/**
 * Everything we hold on one patient as a `collection` Bundle, each entry under its address in
 * our read API (`base`, e.g. https://clinic.example/fhir/R4).
 */
export function patientBundle(
  records: FhirPatientRecords,
  labels: FhirLabels,
  base: string,
  at: number,
): Bundle {
  const patientId = records.patient.id;
  const subject: Reference<Patient> = {
    reference: `Patient/${fhirId(patientId)}`,
    display: records.patient.name,
  };
  const withPsfs = records.logs.filter((l) => l.psfs.length > 0);
  const resources: Resource[] = [
    patientResource(records),
    ...records.logs.flatMap((log) => painObservations(log, subject, patientId, labels)),
    ...(withPsfs.length ? [psfsQuestionnaire(labels)] : []),
    ...withPsfs.map((log) => psfsResponse(log, subject, patientId)),
    ...(records.program ? [carePlan(records.program, subject, patientId, labels)] : []),
    ...records.sessions.flatMap((s) => sessionResources(s, subject, labels)),
    ...records.screenings.map((s) => screeningObservation(s, subject, labels)),
    ...records.appointments.map((v) => appointment(v, subject)),
  ];
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: instant(at),
    entry: resources.map((resource): BundleEntry => ({
      fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
      resource,
    })),
  };
}
