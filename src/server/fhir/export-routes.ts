import { Hono, type Context } from 'hono';
import { documented } from '../http/openapi';
import { patientBundle, type FhirPatientRecords } from '../../domain/fhir/patient-export';
import type { Exercise } from '../../domain/exercises/library';
import type { Locale } from '../../domain/i18n/locale';
import { audit } from '../db/audit';
import { NOT_ON_TEAM, teamPatient } from '../db/care-team';
import type { Db } from '../db/create-db';
import { currentUser, requireRole, type AppEnv } from '../http/auth';
import { requestLocale } from '../http/locale';

import { problem } from '../http/problem';
import { idParam, params } from '../http/validate';
import { fhirLabels, fhirRecords } from './records';

export const FHIR_JSON = 'application/fhir+json';

const PatientParams = idParam('Patient id');
const bundleAnswer = {
  200: {
    contentType: FHIR_JSON,
    description: `A FHIR R4 Bundle of type collection (Patient, pain Observations, PSFS Questionnaire and QuestionnaireResponses, the home program as a CarePlan, sessions as Procedures with check-in Observations, warning-sign screens as Observations, Appointments).`,
  },
};

type Deps = {
  db: Db;
  now: () => Date;
  publicUrl: string;
  library: Record<Locale, readonly Exercise[]>;
};

export function fhirExportRoutes({ db, now, publicUrl, library }: Deps) {
  const base = `${publicUrl.replace(/\/$/, '')}/fhir/R4`;
  /** The bundle in the reader's language, audited as an export of the patient's data. */
  async function answer(
    c: Context<AppEnv>,
    patient: FhirPatientRecords['patient'],
  ): Promise<Response> {
    const locale = requestLocale(c);
    const at = now().getTime();
    const records = await fhirRecords(db, patient, library[locale], locale);
    await audit(db, {
      actor: currentUser(c).id,
      action: 'data.exported',
      subject: patient.id,
      detail: { format: 'fhir' },
      at,
      requestId: c.get('requestId'),
    });
    const bundle = patientBundle(records, fhirLabels(locale), base, at);
    return c.body(JSON.stringify(bundle), 200, {
      'content-type': `${FHIR_JSON}; charset=utf-8`,
      'content-language': locale,
      'content-disposition': 'attachment; filename="reliefpath-record.fhir.json"',
    });
  }

  return new Hono<AppEnv>()
    .get(
      '/me/export.fhir',
      documented({
        summary: 'Everything you recorded, as an HL7 FHIR R4 Bundle to hand to a clinic’s records.',
        tags: ['account', 'fhir'],
        access: 'patient',
        responses: bundleAnswer,
      }),
      requireRole('patient'),
      (c) => {
        const { id, name, email, locale } = currentUser(c);
        return answer(c, { id, name, email, locale });
      },
    )
    .get(
      '/patients/:id/export.fhir',
      documented({
        summary: 'A patient on your care team, as an HL7 FHIR R4 Bundle for your clinic’s records.',
        tags: ['care', 'fhir'],
        access: 'therapist',
        responses: { ...bundleAnswer, 404: { description: 'Not a patient on your care team.' } },
      }),
      requireRole('therapist'),
      params(PatientParams),
      async (c) => {
        const patient = await teamPatient(db, currentUser(c).id, c.req.valid('param').id);
        if (!patient) return problem(c, 404, 'Not found', NOT_ON_TEAM);
        const { id, name, email, locale } = patient;
        return answer(c, { id, name, email, locale });
      },
    );
}
