import type { Bundle, Observation, Resource } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { fhirErrors } from '../../../tests/setup/fhir';
import { Client } from '../../../tests/setup/session';
import { DIALECTS, useSeededApp } from '../../../tests/setup/test-db';
import { DEMO_PASSWORD } from '../db/seed';
import { DEMO_EMAIL_DOMAIN } from '../db/seed-patients';

const NOW = new Date('2026-11-30T15:00:00Z');
const TODAY = '2026-11-30';

const resources = (bundle: Bundle) => (bundle.entry ?? []).map((e) => e.resource as Resource);
const ofType = (bundle: Bundle, type: string) =>
  resources(bundle).filter((r) => r.resourceType === type);

describe.each(DIALECTS)('the FHIR R4 export on %s', (dialect) => {
  const ctx = useSeededApp(dialect, NOW, { cities: ['New York'] });

  const signedIn = async (who: 'patient' | 'therapist') => {
    const client = new Client(ctx.app);
    await client.signIn(`${who}${DEMO_EMAIL_DOMAIN}`, DEMO_PASSWORD);
    return client;
  };
  const bundleOf = async (res: Response) => {
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    return (await res.json()) as Bundle;
  };

  it("names a booked visit's therapist and clinic by their public PractitionerRole and Location", async () => {
    const patient = await signedIn('patient');
    const schedules = (await (
      await ctx.app.request('/fhir/R4/Schedule?service-type=follow-up&_count=1')
    ).json()) as Bundle;
    const scheduleId = schedules.entry![0]!.resource!.id!;
    const slots = (await (
      await ctx.app.request(`/fhir/R4/Slot?schedule=${scheduleId}&_count=1`)
    ).json()) as Bundle;
    const booked = await patient.json('POST', '/api/v1/appointments', {
      fhirSlot: slots.entry![0]!.resource!.id,
      guest: { name: 'Pat Demo', email: `patient${DEMO_EMAIL_DOMAIN}`, phone: '(212) 555-0100' },
    });
    expect(booked.status).toBe(201);
    const bundle = await bundleOf(await patient.request('GET', '/api/v1/me/export.fhir'));
    expect(await fhirErrors(bundle)).toEqual([]);
    const [visit] = ofType(bundle, 'Appointment') as {
      participant: { actor: { reference: string; display?: string } }[];
    }[];
    const directory = visit!.participant
      .map((p) => p.actor)
      .filter((a) => !a.reference.startsWith('Patient/'));
    expect(directory.map((a) => a.reference.split('/')[0])).toEqual([
      'PractitionerRole',
      'Location',
    ]);
    for (const actor of directory) {
      const res = await ctx.app.request(`/fhir/R4/${actor.reference}`);
      expect(res.status, actor.reference).toBe(200);
      const resource = (await res.json()) as { name?: string; practitioner?: { display: string } };
      expect(resource.name ?? resource.practitioner?.display).toContain(actor.display);
    }
  });

  it("gives a patient everything they recorded, valid FHIR R4, counted from the database's rows", async () => {
    const patient = await signedIn('patient');
    const logged = await patient.json('PUT', `/api/v1/me/logs/${TODAY}`, {
      legPain: 4,
      backPain: 3,
      psfs: [{ activity: 'Sitting through a film', score: 5 }],
    });
    expect(logged.status).toBe(200);
    const bundle = await bundleOf(await patient.request('GET', '/api/v1/me/export.fhir'));
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(await fhirErrors(bundle)).toEqual([]);

    const db = ctx.t.db;
    const me = await db
      .selectFrom('user_account')
      .select('id')
      .where('email', '=', `patient${DEMO_EMAIL_DOMAIN}`)
      .executeTakeFirstOrThrow();
    const rows = async (table: 'daily_log' | 'exercise_session' | 'checkin_event') =>
      (await db.selectFrom(table).select('user_id').where('user_id', '=', me.id).execute()).length;
    const screenings = (
      await db.selectFrom('safety_screening').select('id').where('user_id', '=', me.id).execute()
    ).length;
    expect(ofType(bundle, 'Patient')).toMatchObject([{ id: me.id, name: [{ text: 'Pat Demo' }] }]);
    expect(ofType(bundle, 'Procedure')).toHaveLength(await rows('exercise_session'));
    expect(ofType(bundle, 'Observation')).toHaveLength(
      2 * (await rows('daily_log')) + (await rows('checkin_event')) + screenings,
    );
    const today = (ofType(bundle, 'Observation') as Observation[]).filter(
      (o) => o.effectiveDateTime === TODAY,
    );
    expect(today.map((o) => o.valueInteger).sort()).toEqual([3, 4]);
    expect(JSON.stringify(ofType(bundle, 'QuestionnaireResponse'))).toContain(
      'Sitting through a film',
    );
  });

  it("gives a therapist their patient's record, with the program as a CarePlan, and no one else's", async () => {
    const therapist = await signedIn('therapist');
    const roster = await therapist.json<{ id: string; name: string }[]>(
      'GET',
      `/api/v1/therapist/patients?today=${TODAY}`,
    );
    const maria = roster.body.find((p) => p.name === 'Maria Lopez')!;
    const bundle = await bundleOf(
      await therapist.request('GET', `/api/v1/patients/${maria.id}/export.fhir`),
    );
    expect(await fhirErrors(bundle)).toEqual([]);
    const [plan] = ofType(bundle, 'CarePlan');
    expect(plan).toMatchObject({ status: 'active', intent: 'plan' });
    expect((plan as { activity: unknown[] }).activity.length).toBeGreaterThan(0);
    const audited = await ctx.t.db
      .selectFrom('audit_log')
      .select(['action', 'subject_user_id'])
      .where('action', '=', 'data.exported')
      .where('subject_user_id', '=', maria.id)
      .execute();
    expect(audited).toHaveLength(1);

    // Someone not on this therapist's team is not found; a patient reaches no one else's.
    const stranger = new Client(ctx.app);
    const joined = await stranger.signUp('Zed Canary', 'zed.canary@example.com');
    const strangerId = (joined.body as { user: { id: string } }).user.id;
    const notOnTeam = await therapist.request('GET', `/api/v1/patients/${strangerId}/export.fhir`);
    expect(notOnTeam.status).toBe(404);
    expect(await notOnTeam.text()).not.toContain('Zed Canary');
    const patient = await signedIn('patient');
    expect((await patient.request('GET', `/api/v1/patients/${maria.id}/export.fhir`)).status).toBe(
      403,
    );
    expect((await new Client(ctx.app).request('GET', '/api/v1/me/export.fhir')).status).toBe(401);
  });

  it('words the export in the reader’s language', async () => {
    const patient = await signedIn('patient');
    expect((await patient.json('PUT', '/api/v1/me/locale', { locale: 'es' })).status).toBe(200);
    const res = await patient.request('GET', '/api/v1/me/export.fhir');
    expect(res.headers.get('content-language')).toBe('es');
    const bundle = await bundleOf(res);
    expect(await fhirErrors(bundle)).toEqual([]);
    const texts = (ofType(bundle, 'Observation') as Observation[]).map((o) => o.code.text);
    expect(texts).toContain('Dolor de pierna (0-10)');
    expect(texts).not.toContain('Leg pain (0-10)');
  });
});
