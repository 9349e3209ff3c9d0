import fc from 'fast-check';
import type { Observation, Resource } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { fhirErrors } from '../../../tests/setup/fhir';
import { RED_FLAG_IDS } from '../safety/red-flags';
import {
  LOINC,
  PAIN_SCORE_LOINC,
  patientBundle,
  type FhirLabels,
  type FhirPatientRecords,
} from './patient-export';

const LABELS: FhirLabels = {
  legPain: 'Leg pain',
  backPain: 'Back pain',
  psfsTitle: 'PSFS',
  psfsActivity: 'Activity',
  psfsScore: 'Score',
  session: 'Session',
  redFlagScreen: 'Screen',
  programTitle: 'Program',
  painBefore: 'Before',
  painAfter: 'After',
  tinglingSpread: 'Tingling',
  numbnessSpread: 'Numbness',
  sharpPain: 'Sharp',
  lostBalance: 'Balance',
  redFlag: (id) => `flag ${id}`,
  verdict: (action) => `did ${action}`,
};

const DAY0 = Date.UTC(2026, 0, 1);
const day = fc.integer({ min: 0, max: 400 }).map((n) => new Date(DAY0 + n * 86_400_000));
const isoDay = day.map((d) => d.toISOString().slice(0, 10));
const score = fc.integer({ min: 0, max: 10 });
const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);
const when = fc.integer({ min: DAY0, max: DAY0 + 400 * 86_400_000 });

const checkin = fc.record({
  id: fc.uuid(),
  exerciseId: fc.constantFrom('figure-4', 'hamstring', 'bridge'),
  exerciseName: text,
  variant: fc.constantFrom('seated', 'supine'),
  at: when,
  painBefore: score,
  painAfter: score,
  tinglingSpread: fc.boolean(),
  numbnessSpread: fc.boolean(),
  sharpPain: fc.boolean(),
  lostBalance: fc.boolean(),
  action: fc.constantFrom('continue', 'modify', 'skip', 'stop'),
});

const records: fc.Arbitrary<FhirPatientRecords> = fc.record({
  patient: fc.record({
    id: fc.uuid(),
    name: text,
    email: fc.emailAddress(),
    locale: fc.constantFrom('en' as const, 'es' as const),
  }),
  logs: fc.uniqueArray(
    fc.record({
      date: isoDay,
      legPain: score,
      backPain: score,
      psfs: fc.array(fc.record({ activity: text, score }), { maxLength: 5 }),
      notes: fc.string({ maxLength: 20 }),
    }),
    { selector: (l) => l.date, maxLength: 12 },
  ),
  sessions: fc.array(
    fc.record({
      id: fc.uuid(),
      date: isoDay,
      startedAt: when,
      finishedAt: when,
      outcome: fc.constantFrom('finished' as const, 'stopped' as const),
      checkins: fc.array(checkin, { maxLength: 4 }),
    }),
    { maxLength: 5 },
  ),
  screenings: fc.array(
    fc.record({
      id: fc.uuid(),
      at: when.map((ms) => new Date(ms).toISOString()),
      status: fc.constantFrom('plan' as const, 'seek-care' as const),
      redFlags: fc.subarray([...RED_FLAG_IDS]),
    }),
    { maxLength: 3 },
  ),
  program: fc.option(
    fc.record({
      version: fc.integer({ min: 1, max: 20 }),
      createdAt: when,
      therapistName: text,
      note: fc.string({ maxLength: 40 }),
      items: fc.array(
        fc.record({
          exerciseId: fc.constantFrom('figure-4', 'hamstring'),
          variant: fc.constantFrom('seated', 'supine'),
          holdSeconds: fc.integer({ min: 1, max: 120 }),
          reps: fc.integer({ min: 1, max: 20 }),
          sets: fc.integer({ min: 1, max: 5 }),
          sides: fc.constantFrom('both' as const, 'left' as const, 'right' as const),
          props: fc.constant([]),
          sessionsPerDay: fc.integer({ min: 1, max: 4 }),
          daysPerWeek: fc.integer({ min: 1, max: 7 }),
          name: text,
          doseWords: text,
        }),
        { minLength: 1, maxLength: 4 },
      ),
    }),
    { nil: null },
  ),
  appointments: fc.array(
    fc.record({
      id: fc.uuid(),
      start: when,
      end: when,
      status: fc.constantFrom('booked' as const, 'cancelled' as const),
      typeId: fc.constantFrom('initial-evaluation', 'follow-up'),
      typeName: text,
      therapistName: text,
      clinicName: text,
      roleId: fc.stringMatching(/^[A-Za-z0-9.-]{1,64}$/),
      locationId: fc.stringMatching(/^[A-Za-z0-9.-]{1,64}$/),
    }),
    { maxLength: 3 },
  ),
});

const BASE = 'https://clinic.example/fhir/R4';
const resourcesOf = (bundle: ReturnType<typeof patientBundle>) =>
  (bundle.entry ?? []).map((e) => e.resource as Resource);

describe('a patient as a FHIR R4 bundle', () => {
  it('validates with no errors for any records, by the official R4 definitions', async () => {
    await fc.assert(
      fc.asyncProperty(records, async (r) => {
        const bundle = patientBundle(r, LABELS, BASE, DAY0);
        expect(await fhirErrors(bundle)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('leaves out a program note of only spaces, which FHIR refuses (found by the property above)', async () => {
    const [r] = fc.sample(
      records.filter((x) => x.program !== null),
      { numRuns: 1, seed: 3 },
    );
    const bundle = patientBundle(
      { ...r!, program: { ...r!.program!, note: '   ' } },
      LABELS,
      BASE,
      DAY0,
    );
    const plan = bundle.entry!.find((e) => e.resource?.resourceType === 'CarePlan')!.resource!;
    expect(plan).not.toHaveProperty('description');
    expect(await fhirErrors(bundle)).toEqual([]);
  });

  it('is checked by a validator that does find errors (the oracle can fail)', async () => {
    const [r] = fc.sample(records, { numRuns: 1, seed: 7 });
    const bundle = patientBundle(
      { ...r!, logs: [{ date: '2026-02-01', legPain: 3, backPain: 2, psfs: [], notes: '' }] },
      LABELS,
      BASE,
      DAY0,
    );
    const pain = bundle.entry!.find((e) => e.resource?.resourceType === 'Observation')!;
    const broken = {
      ...pain.resource,
      valueInteger: 'three',
      status: undefined,
    } as unknown as Resource;
    const errors = await fhirErrors({ ...bundle, entry: [{ ...pain, resource: broken }] });
    expect(errors.join('\n')).toMatch(/status/);
    expect(errors.join('\n')).toMatch(/value/);
  });

  it('holds each record once, with unique addresses and every reference inside the bundle or the public directory', () => {
    fc.assert(
      fc.property(records, (r) => {
        const bundle = patientBundle(r, LABELS, BASE, DAY0);
        const urls = (bundle.entry ?? []).map((e) => e.fullUrl);
        expect(new Set(urls).size).toBe(urls.length);
        const resources = resourcesOf(bundle);
        const count = (type: string) => resources.filter((x) => x.resourceType === type).length;
        const withPsfs = r.logs.filter((l) => l.psfs.length > 0).length;
        const checkins = r.sessions.reduce((n, s) => n + s.checkins.length, 0);
        expect(count('Patient')).toBe(1);
        expect(count('Observation')).toBe(2 * r.logs.length + checkins + r.screenings.length);
        expect(count('QuestionnaireResponse')).toBe(withPsfs);
        expect(count('Questionnaire')).toBe(withPsfs > 0 ? 1 : 0);
        expect(count('Procedure')).toBe(r.sessions.length);
        expect(count('CarePlan')).toBe(r.program ? 1 : 0);
        expect(count('Appointment')).toBe(r.appointments.length);
        // Every "Type/id" reference names an entry of this bundle, or, for a visit's therapist
        // and clinic, the public directory (read at the same base).
        const here = new Set(resources.map((x) => `${x.resourceType}/${x.id}`));
        const directory = new Set(
          r.appointments.flatMap((a) => [
            `PractitionerRole/${a.roleId}`,
            `Location/${a.locationId}`,
          ]),
        );
        const references = JSON.stringify(bundle).match(/"reference":"[^"]+"/g) ?? [];
        for (const ref of references) {
          const named = ref.slice(13, -1);
          expect(here.has(named) || directory.has(named), named).toBe(true);
        }
      }),
    );
  });

  it('gives each day its leg and back pain as LOINC 0-10 scores on that day', () => {
    fc.assert(
      fc.property(records, (r) => {
        const pain = resourcesOf(patientBundle(r, LABELS, BASE, DAY0)).filter(
          (x): x is Observation =>
            x.resourceType === 'Observation' &&
            x.code.coding?.[0]?.code === PAIN_SCORE_LOINC &&
            x.code.coding[0].system === LOINC,
        );
        const seen = pain.map((o) => [o.effectiveDateTime, o.bodySite?.text, o.valueInteger]);
        const expected = r.logs.flatMap((l) => [
          [l.date, 'Lower limb structure', l.legPain],
          [l.date, 'Lower back structure', l.backPain],
        ]);
        expect(seen).toEqual(expected);
      }),
    );
  });
});
