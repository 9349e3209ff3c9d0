import type { Bundle, Location, Resource, Schedule, Slot } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { fhirErrors } from '../../../tests/setup/fhir';
import { guest } from '../../../tests/setup/booking';
import { DIALECTS, getJson, postJson, useSeededApp } from '../../../tests/setup/test-db';

const NOW = new Date('2026-11-25T15:00:00Z');
const CLINIC = 'chicago-il-1';

type ApiSlot = { start: string; end: string; therapistId: string };

describe.each(DIALECTS)('the public FHIR scheduling directory on %s', (dialect) => {
  const ctx = useSeededApp(dialect, NOW, { cities: ['Chicago', 'Boston'] });

  /** A FHIR answer, checked by Medplum's validator and by its media type. */
  async function fhir<T extends Resource = Bundle>(path: string) {
    const res = await ctx.app.request(path);
    const body = (await res.json()) as T;
    expect(res.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    expect(await fhirErrors(body)).toEqual([]);
    return { status: res.status, body };
  }
  const resources = <T extends Resource>(bundle: Bundle) =>
    (bundle.entry ?? []).map((e) => e.resource as T);

  /** The same therapist's open times from our own booking API, the oracle for Slots. */
  async function apiSlots(therapistId: string, type: string, from: string, to: string) {
    const { body } = await getJson<{ slots: ApiSlot[] }>(
      ctx.app,
      `/api/v1/slots?clinicId=${CLINIC}&appointmentType=${type}&therapistId=${therapistId}&from=${from}&to=${to}`,
    );
    return body.slots;
  }

  async function chicagoSchedule(type: string) {
    const roles = await fhir(`/fhir/R4/PractitionerRole?location=Location/${CLINIC}`);
    const role = resources(roles.body)[0]!;
    const schedules = await fhir(
      `/fhir/R4/Schedule?actor=PractitionerRole/${role.id}&service-type=${type}`,
    );
    const [schedule] = resources<Schedule>(schedules.body);
    return { role, schedule: schedule! };
  }

  it('lists the directory: Locations by ZIP and state, their therapists and schedules, each read back', async () => {
    const { rows } = { rows: await ctx.t.db.selectFrom('clinic').selectAll().execute() };
    const all = await fhir('/fhir/R4/Location?_count=100');
    expect(all.body.total).toBe(rows.length);
    const chicago = rows.find((r) => r.id === CLINIC)!;
    const byZip = resources<Location>(
      (await fhir(`/fhir/R4/Location?address-postalcode=${chicago.zip}`)).body,
    );
    expect(byZip.map((l) => l.id)).toContain(CLINIC);
    expect(byZip.every((l) => l.address?.postalCode === chicago.zip)).toBe(true);
    const inIllinois = resources<Location>((await fhir('/fhir/R4/Location?address-state=il')).body);
    expect(inIllinois.length).toBe(rows.filter((r) => r.state === 'IL').length);

    const read = await fhir<Location>(`/fhir/R4/Location/${CLINIC}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ name: chicago.name, telecom: [{ value: chicago.phone }] });
    expect(read.body.position).toEqual({ latitude: chicago.lat, longitude: chicago.lon });

    const staff = await ctx.t.db
      .selectFrom('therapist')
      .select('id')
      .where('clinic_id', '=', CLINIC)
      .where('deactivated_at', 'is', null)
      .execute();
    const roles = resources(
      (await fhir(`/fhir/R4/PractitionerRole?location=Location/${CLINIC}`)).body,
    );
    expect(roles.length).toBe(staff.length);
    for (const role of roles)
      expect((await fhir(`/fhir/R4/PractitionerRole/${role.id}`)).status).toBe(200);

    const types = await ctx.t.db.selectFrom('appointment_type').select('id').execute();
    const schedules = resources<Schedule>(
      (await fhir(`/fhir/R4/Schedule?actor=Location/${CLINIC}&_count=100`)).body,
    );
    expect(schedules.length).toBe(staff.length * types.length);
    const one = schedules[0]!;
    expect((await fhir<Schedule>(`/fhir/R4/Schedule/${one.id}`)).body).toEqual(one);
  });

  it("offers as Slots exactly the booking API's open times for that therapist and type", async () => {
    const { role, schedule } = await chicagoSchedule('initial-evaluation');
    const from = '2026-11-30T00:00:00Z';
    const to = '2026-12-03T00:00:00Z';
    const first = await fhir(
      `/fhir/R4/Slot?schedule=Schedule/${schedule.id}&start=ge${from}&start=lt${to}&_count=7`,
    );
    expect(first.status).toBe(200);
    // Follow the next links to the end.
    const seen: Slot[] = [];
    let url: string | undefined =
      `/fhir/R4/Slot?schedule=${schedule.id}&start=ge${from}&start=lt${to}&_count=7`;
    while (url) {
      const page: { body: Bundle } = await fhir(url.replace(/^https?:\/\/[^/]+/, ''));
      seen.push(...resources<Slot>(page.body));
      url = page.body.link?.find((l) => l.relation === 'next')?.url;
    }
    const oracle = await apiSlots(role.id!, 'initial-evaluation', from, to);
    expect(oracle.length).toBeGreaterThan(7);
    expect(seen.map((s) => [s.start, s.end])).toEqual(oracle.map((s) => [s.start, s.end]));
    expect(new Set(seen.map((s) => s.id)).size).toBe(seen.length);
    expect(seen.every((s) => s.status === 'free')).toBe(true);
    const read = await fhir<Slot>(`/fhir/R4/Slot/${seen[0]!.id}`);
    expect(read.body).toEqual(seen[0]);
  });

  it('books a Slot by its id through the booking API, once, after which it is no longer free', async () => {
    const { schedule } = await chicagoSchedule('follow-up');
    const slots = resources<Slot>((await fhir(`/fhir/R4/Slot?schedule=${schedule.id}`)).body);
    const slot = slots[2]!;
    // Three people race for it.
    const answers = await Promise.all(
      [1, 2, 3].map((n) =>
        postJson(ctx.app, '/api/v1/appointments', { fhirSlot: slot.id, guest: guest(n) }),
      ),
    );
    // One wins; the others find it taken, before claiming it (404) or while claiming it (409).
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s !== 201).every((s) => s === 404 || s === 409)).toBe(true);
    const booked = (await answers.find((a) => a.status === 201)!.json()) as {
      start: string;
      end: string;
      appointmentType: { id: string };
    };
    expect(booked).toMatchObject({
      start: slot.start,
      end: slot.end,
      appointmentType: { id: 'follow-up' },
    });
    const again = await postJson(ctx.app, '/api/v1/appointments', {
      fhirSlot: slot.id,
      guest: guest(4),
    });
    expect(again.status).toBe(404);
    expect(((await again.json()) as { detail: string }).detail).toContain(slot.id!);
    const count = await ctx.t.db
      .selectFrom('appointment')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('starts_at', '=', Date.parse(slot.start))
      .where('guest_email', 'like', 'person%@example.com')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
    expect((await fhir(`/fhir/R4/Slot/${slot.id}`)).status).toBe(404);
    const after = resources<Slot>((await fhir(`/fhir/R4/Slot?schedule=${schedule.id}`)).body);
    expect(after.map((s) => s.id)).not.toContain(slot.id);
  });

  it('answers a retried Slot booking with the first booking, by its Idempotency-Key', async () => {
    const { schedule } = await chicagoSchedule('initial-evaluation');
    const [slot] = resources<Slot>((await fhir(`/fhir/R4/Slot?schedule=${schedule.id}`)).body);
    const send = () =>
      ctx.app.request('/api/v1/appointments', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'fhir-retry-key-0001' },
        body: JSON.stringify({ fhirSlot: slot!.id, guest: guest(20) }),
      });
    const first = await send();
    expect(first.status).toBe(201);
    const again = await send();
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(((await again.json()) as { id: string }).id).toBe(
      ((await first.json()) as { id: string }).id,
    );
  });

  it('gives one Slot one id, searches as FHIR defines, and keeps a page to its week', async () => {
    const { schedule } = await chicagoSchedule('follow-up');
    const page = await fhir(`/fhir/R4/Slot?schedule=${schedule.id}&_count=3`);
    const [slot] = resources<Slot>(page.body);
    // The same start with a leading zero is not another name for it.
    const [head, tail] = [
      slot!.id!.slice(0, slot!.id!.lastIndexOf('.')),
      slot!.id!.split('.').pop(),
    ];
    expect((await fhir(`/fhir/R4/Slot/${head}.0${tail}`)).status).toBe(404);
    expect(
      (
        await postJson(ctx.app, '/api/v1/appointments', {
          fhirSlot: `${head}.0${tail}`,
          guest: guest(21),
        })
      ).status,
    ).toBe(404);
    // A search without dates pins "the next week" into its links, so every page is that week.
    const next = page.body.link!.find((l) => l.relation === 'next')!.url;
    expect(new URL(next).searchParams.getAll('start')).toEqual([
      expect.stringMatching(/^ge\d{4}-/),
      expect.stringMatching(/^lt\d{4}-/),
    ]);

    const count = async (path: string) => (await fhir(path)).body.total;
    const all = await count(`/fhir/R4/Schedule?actor=Location/${CLINIC}&_count=100`);
    const followUps = await count(
      `/fhir/R4/Schedule?actor=Location/${CLINIC}&service-type=follow-up`,
    );
    expect(followUps! * 2).toBe(all);
    expect(
      await count(
        `/fhir/R4/Schedule?actor=Location/${CLINIC}&service-type=urn:reliefpath:appointment-type|follow-up`,
      ),
    ).toBe(followUps);
    expect(
      await count(`/fhir/R4/Schedule?actor=Location/${CLINIC}&service-type=bogus|follow-up`),
    ).toBe(0);
    expect(await count(`/fhir/R4/Schedule?actor=Location/${CLINIC}&service-type=|follow-up`)).toBe(
      0,
    );
    expect(
      await count(
        `/fhir/R4/Schedule?actor=Location/${CLINIC}&service-type=follow-up,initial-evaluation&_count=100`,
      ),
    ).toBe(all);
    expect(await count('/fhir/R4/Location?address-city=chic')).toBe(
      await count('/fhir/R4/Location?address-city=Chicago'),
    );
    expect(await count(`/fhir/R4/Slot?schedule=${schedule.id}&status=busy,free`)).toBe(
      page.body.total,
    );
    expect(await count(`/fhir/R4/Slot?schedule=${schedule.id}&status=busy`)).toBe(0);
  });

  it('refuses what it cannot answer with a clear OperationOutcome or problem', async () => {
    const { schedule } = await chicagoSchedule('follow-up');
    for (const path of [
      '/fhir/R4/Slot',
      '/fhir/R4/PractitionerRole?location=Location/',
      '/fhir/R4/PractitionerRole?location=',
      '/fhir/R4/Location?address-city=%01',
      '/fhir/R4/Location?address-city=%FF',
      '/fhir/R4/Loc%01ation',
      '/fhir/R4/Location?_count=0x10',
      '/fhir/R4/Location?_count=1e2',
      `/fhir/R4/Slot?schedule=${schedule.id}&start=ge2026-02-30`,
      `/fhir/R4/Slot?schedule=${schedule.id}&start=ge2026-12-01&start=le2027-02-01`,
      `/fhir/R4/Slot?schedule=${schedule.id}&start=soon`,
      '/fhir/R4/Location?near=42|-87',
      '/fhir/R4/Location/not_an_id!',
    ]) {
      const { status, body } = await fhir(path);
      expect(status, path).toBe(400);
      expect(body.resourceType).toBe('OperationOutcome');
    }
    expect((await fhir('/fhir/R4/Location/nowhere-zz')).status).toBe(404);

    const [slot] = resources<Slot>((await fhir(`/fhir/R4/Slot?schedule=${schedule.id}`)).body);
    const both = await postJson(ctx.app, '/api/v1/appointments', {
      fhirSlot: slot!.id,
      slot: slot!.start,
      guest: guest(9),
    });
    expect(both.status).toBe(400);
    expect(((await both.json()) as { errors: { field: string }[] }).errors).toEqual([
      expect.objectContaining({ field: 'fhirSlot' }),
    ]);
    const neither = await postJson(ctx.app, '/api/v1/appointments', {
      clinicId: CLINIC,
      guest: guest(9),
    });
    expect(neither.status).toBe(400);
    expect(
      ((await neither.json()) as { errors: { field: string }[] }).errors.map((e) => e.field),
    ).toEqual(['slot', 'appointmentType']);
    const gone = await postJson(ctx.app, '/api/v1/appointments', {
      fhirSlot: `${schedule.id}.0`,
      guest: guest(9),
    });
    expect(gone.status).toBe(404);
  });
});
