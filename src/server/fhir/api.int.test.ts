import type { Bundle, Observation, Resource } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { fhirErrors } from '../../../tests/setup/fhir';
import { Client } from '../../../tests/setup/session';
import { DIALECTS, useSeededApp } from '../../../tests/setup/test-db';
import { DEMO_PASSWORD } from '../db/seed';
import { DEMO_EMAIL_DOMAIN } from '../db/seed-patients';

const NOW = new Date('2026-11-30T15:00:00Z');
const TODAY = '2026-11-30';

describe.each(DIALECTS)('the read-only FHIR R4 API on %s', (dialect) => {
  const ctx = useSeededApp(dialect, NOW, { cities: ['New York'] });

  const signedIn = async (who: 'patient' | 'therapist' | 'admin') => {
    const client = new Client(ctx.app);
    await client.signIn(`${who}${DEMO_EMAIL_DOMAIN}`, DEMO_PASSWORD);
    return client;
  };
  const fhir = async <T = Bundle>(client: Client, path: string) => {
    const res = await client.request('GET', path);
    const body = (await res.json()) as T & Resource;
    expect(res.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    expect(await fhirErrors(body)).toEqual([]);
    return { status: res.status, body };
  };
  /** Follows `next` links to the end, so paging is checked against one big page. */
  async function allPages(client: Client, first: string) {
    const seen: Resource[] = [];
    let url: string | undefined = first;
    let pages = 0;
    while (url) {
      const { status, body }: { status: number; body: Bundle } = await fhir(
        client,
        url.replace(/^https?:\/\/[^/]+/, ''),
      );
      expect(status).toBe(200);
      seen.push(...(body.entry ?? []).map((e) => e.resource!));
      url = body.link?.find((l) => l.relation === 'next')?.url;
      pages++;
    }
    return { seen, pages };
  }

  it('says what it serves, and nothing it does not', async () => {
    const { status, body } = await fhir<{ rest: { resource: { type: string }[] }[] }>(
      new Client(ctx.app),
      '/fhir/R4/metadata',
    );
    expect(status).toBe(200);
    const types = body.rest[0]!.resource.map((r) => r.type);
    expect(types).toEqual([
      'Location',
      'PractitionerRole',
      'Schedule',
      'Slot',
      'Patient',
      'Observation',
      'QuestionnaireResponse',
      'CarePlan',
      'Procedure',
      'Appointment',
    ]);
    // Every type it lists answers a search; one it does not list answers 404 OperationOutcome.
    const patient = await signedIn('patient');
    for (const type of types.filter((t) => t !== 'Slot'))
      expect((await fhir(patient, `/fhir/R4/${type}`)).status).toBe(200);
    const missing = await fhir(patient, '/fhir/R4/Medication');
    expect(missing.status).toBe(404);
    expect(missing.body.resourceType).toBe('OperationOutcome');
  });

  it('lists for each type exactly the searches its route accepts, by the API document', async () => {
    const { body } = await fhir<{
      rest: { resource: { type: string; searchParam?: { name: string }[] }[] }[];
    }>(new Client(ctx.app), '/fhir/R4/metadata');
    const doc = (await (await ctx.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, { get?: { parameters?: { name: string; in: string }[] } }>;
    };
    for (const resource of body.rest[0]!.resource) {
      const listed = (resource.searchParam ?? []).map((p) => p.name).sort();
      const accepted = (doc.paths[`/fhir/R4/${resource.type}`]?.get?.parameters ?? [])
        .filter((p) => p.in === 'query')
        .map((p) => p.name)
        .sort();
      expect({ type: resource.type, listed }).toEqual({ type: resource.type, listed: accepted });
      expect(doc.paths[`/fhir/R4/${resource.type}/{id}`]?.get, resource.type).toBeDefined();
    }
  });

  it('searches each record type by its R4 date parameter and refuses an empty patient', async () => {
    const patient = await signedIn('patient');
    const all = await fhir(patient, '/fhir/R4/QuestionnaireResponse');
    expect(all.body.total).toBeGreaterThan(0);
    const since = await fhir(patient, '/fhir/R4/QuestionnaireResponse?authored=ge2000-01-01');
    expect(since.body.total).toBe(all.body.total);
    for (const path of [
      '/fhir/R4/QuestionnaireResponse?date=ge2000-01-01',
      '/fhir/R4/Observation?patient=',
      '/fhir/R4/Observation?patient=Patient/',
      '/fhir/R4/Observation?patient=%01',
      '/fhir/R4/Patient?date=2026-11-01',
    ]) {
      const { status, body } = await fhir(patient, path);
      expect(status, path).toBe(400);
      expect(body.resourceType).toBe('OperationOutcome');
    }
  });

  it("pages a therapist's Observations, filters by patient and date, and reads each one back", async () => {
    const therapist = await signedIn('therapist');
    const roster = await therapist.json<{ id: string; name: string }[]>(
      'GET',
      `/api/v1/therapist/patients?today=${TODAY}`,
    );
    const maria = roster.body.find((p) => p.name === 'Maria Lopez')!;
    const logs = await ctx.t.db
      .selectFrom('daily_log')
      .select('local_date')
      .where('user_id', '=', maria.id)
      .execute();
    const inNovember = logs.filter(
      (l) => l.local_date >= '2026-11-10' && l.local_date <= '2026-11-20',
    );
    const search = `/fhir/R4/Observation?patient=Patient/${maria.id}&date=ge2026-11-10&date=le2026-11-20&_count=7`;
    const { seen, pages } = await allPages(therapist, search);
    const pain = seen.filter(
      (o): o is Observation =>
        o.resourceType === 'Observation' && o.code.coding?.[0]?.code === '72514-3',
    );
    // Two scores a day, every day of the range the database holds, and nothing outside it.
    expect(pain).toHaveLength(2 * inNovember.length);
    expect(pages).toBe(Math.max(1, Math.ceil(seen.length / 7)));
    expect(pages).toBeGreaterThan(1);
    expect(new Set(seen.map((o) => o.id)).size).toBe(seen.length);
    for (const o of pain) {
      expect(o.effectiveDateTime! >= '2026-11-10' && o.effectiveDateTime! <= '2026-11-20').toBe(
        true,
      );
      expect(o.subject?.reference).toBe(`Patient/${maria.id}`);
    }
    const one = await fhir<Observation>(therapist, `/fhir/R4/Observation/${pain[0]!.id}`);
    expect(one.body).toEqual(pain[0]);
    const reads = await ctx.t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['fhir.read', 'fhir.searched'])
      .where('subject_user_id', '=', maria.id)
      .execute();
    expect(reads.length).toBe(pages + 1);
  });

  it("keeps everyone to their own: other patients' records are not found, staff without patients are refused", async () => {
    const stranger = new Client(ctx.app);
    const joined = await stranger.signUp('Zed Canary', 'zed.canary@example.com');
    const strangerId = (joined.body as { user: { id: string } }).user.id;
    const therapist = await signedIn('therapist');
    const patient = await signedIn('patient');
    for (const client of [therapist, patient]) {
      const read = await fhir(client, `/fhir/R4/Patient/${strangerId}`);
      expect(read.status).toBe(404);
      expect(JSON.stringify(read.body)).not.toContain('Zed Canary');
      const search = await fhir(client, `/fhir/R4/Observation?patient=${strangerId}`);
      expect(search.body.total).toBe(0);
    }
    // The stranger reads exactly themself.
    const own = await fhir(stranger, '/fhir/R4/Patient');
    expect(own.body.entry?.map((e) => e.resource?.id)).toEqual([strangerId]);
    expect((await fhir(new Client(ctx.app), '/fhir/R4/Observation')).status).toBe(401);
    expect((await fhir(await signedIn('admin'), '/fhir/R4/Observation')).status).toBe(403);
  });

  it('refuses a search it does not support with a 400 OperationOutcome saying why', async () => {
    const patient = await signedIn('patient');
    for (const query of [
      'code=72514-3',
      'date=yesterday',
      '_count=0',
      'date=ge2026-11-01&date=le2026-11-30&date=eq2026-11-02',
    ]) {
      const res = await fhir(patient, `/fhir/R4/Observation?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.resourceType).toBe('OperationOutcome');
    }
  });
});
