import { describe, expect, it } from 'vitest';
import { DIALECTS, getJson, useSeededApp } from '../../../tests/setup/test-db';
import { distanceKm } from '../../domain/geo/nearest';
import {
  ClinicDetailSchema,
  ClinicSearchResultSchema,
  NextAvailableResultSchema,
  SlotListSchema,
} from './schemas';

const NOW = new Date('2026-11-25T15:00:00Z'); // a Wednesday

/** Great-circle distance by the haversine formula, written out here as a check on the index. */
function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }) {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe.each(DIALECTS)('clinics and slots on %s', (dialect) => {
  const ctx = useSeededApp(dialect, NOW);

  it('finds the clinics nearest ZIP 10001 in order of distance, with hours', async () => {
    const { status, body } = await getJson(ctx.app, '/api/v1/clinics?zip=10001&limit=8');
    expect(status).toBe(200);
    const result = ClinicSearchResultSchema.parse(body);
    expect(result.origin.label).toMatch(/New York, NY 10001/);
    expect(result.clinics).toHaveLength(8);
    expect(result.clinics[0]?.state).toBe('NY');
    const distances = result.clinics.map((c) => c.distanceKm ?? Infinity);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    // 10:00 on a Wednesday in New York: open.
    expect(result.clinics[0]).toMatchObject({
      openNow: true,
      todayHours: [{ opens: '7:00 AM', closes: '7:00 PM' }],
    });
  });

  it('searches by city and by coordinates', async () => {
    const byCity = ClinicSearchResultSchema.parse(
      (await getJson(ctx.app, '/api/v1/clinics?city=Phoenix&state=az&limit=3')).body,
    );
    expect(byCity.clinics[0]).toMatchObject({ city: 'Phoenix', timeZone: 'America/Phoenix' });
    const byPoint = ClinicSearchResultSchema.parse(
      (await getJson(ctx.app, '/api/v1/clinics?lat=47.6062&lon=-122.3321&limit=2')).body,
    );
    expect(byPoint.clinics.map((c) => c.city)).toEqual(['Seattle', 'Seattle']);
  });

  // Published coordinates of each city's centre (its city hall or downtown), an oracle that owes
  // nothing to the ZIP data the search uses.
  const CITY_CENTRES = [
    ['Atlanta', 'GA', 33.749, -84.388],
    ['Denver', 'CO', 39.7392, -104.9903],
    ['Houston', 'TX', 29.7604, -95.3698],
    ['Los Angeles', 'CA', 34.0522, -118.2437],
  ] as const;
  it.each(CITY_CENTRES)(
    'measures a search for %s, %s from the city centre',
    async (city, state, lat, lon) => {
      const found = ClinicSearchResultSchema.parse(
        (
          await getJson(
            ctx.app,
            `/api/v1/clinics?city=${encodeURIComponent(city)}&state=${state}&limit=5`,
          )
        ).body,
      );
      // Said in words, so "4.9 mi" reads as from the middle of town.
      expect(found.origin.label).toBe(`central ${city}, ${state}`);
      expect(distanceKm(found.origin, { lat, lon })).toBeLessThan(5);
      for (const clinic of found.clinics)
        expect(clinic.distanceKm).toBeCloseTo(haversineKm(found.origin, clinic), 0);
    },
  );

  it.each([
    ['a malformed ZIP', '/api/v1/clinics?zip=1000', 400, /5 digits/],
    ['latitude 200', '/api/v1/clinics?lat=200&lon=0', 400, /latitude is between -90 and 90/],
    ['two ways at once', '/api/v1/clinics?zip=10001&city=Boston&state=MA', 400, /exactly one/],
    ['a ZIP we do not know', '/api/v1/clinics?zip=00000', 404, /ZIP code 00000/],
    ['an unknown clinic', '/api/v1/clinics/nowhere', 404, /nowhere/],
    [
      'from after to',
      '/api/v1/slots?clinicId=boston-ma-1&appointmentType=follow-up&from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z',
      400,
      /after/,
    ],
    [
      'more than 31 days',
      '/api/v1/slots?clinicId=boston-ma-1&appointmentType=follow-up&from=2026-12-01T00:00:00Z&to=2027-02-01T00:00:00Z',
      400,
      /31 days/,
    ],
    [
      'a date that is not an instant',
      '/api/v1/slots?clinicId=boston-ma-1&appointmentType=follow-up&from=tomorrow&to=2026-12-01T00:00:00Z',
      400,
      /ISO 8601/,
    ],
    [
      'slots at an unknown clinic',
      '/api/v1/slots?clinicId=nowhere&appointmentType=follow-up&from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z',
      404,
      /nowhere/,
    ],
    [
      'an unknown appointment type',
      '/api/v1/slots?clinicId=boston-ma-1&appointmentType=massage&from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z',
      404,
      /massage/,
    ],
  ])('answers %s with a problem', async (_name, path, status, detail) => {
    const res = await getJson<{ detail: string }>(ctx.app, path);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.detail).toMatch(detail);
  });

  it("shows a clinic's therapists and appointment types", async () => {
    const detail = ClinicDetailSchema.parse(
      (await getJson(ctx.app, '/api/v1/clinics/boston-ma-1')).body,
    );
    expect(detail.therapists.length).toBeGreaterThanOrEqual(3);
    expect(detail.therapists.length).toBeLessThanOrEqual(8);
    expect(detail.appointmentTypes.map((t) => [t.id, t.durationMinutes])).toEqual([
      ['initial-evaluation', 60],
      ['follow-up', 45],
    ]);
  });

  it('lists open slots in the clinic’s own time, inside the range, earliest first', async () => {
    const from = '2026-11-30T00:00:00Z';
    const to = '2026-12-05T00:00:00Z';
    const { body } = await getJson(
      ctx.app,
      `/api/v1/slots?clinicId=phoenix-az-1&appointmentType=initial-evaluation&from=${from}&to=${to}`,
    );
    const list = SlotListSchema.parse(body);
    expect(list.timeZone).toBe('America/Phoenix');
    expect(list.slots.length).toBeGreaterThan(10);
    const starts = list.slots.map((s) => Date.parse(s.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const slot of list.slots) {
      expect(Date.parse(slot.start)).toBeGreaterThanOrEqual(Date.parse(from));
      expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(60 * 60_000);
      // Phoenix is UTC-7 all year: 14:00Z is 7:00 AM.
      const utcHour = new Date(slot.start).getUTCHours();
      const local = (utcHour + 24 - 7) % 24;
      expect(slot.localTime).toMatch(new RegExp(`^${local % 12 === 0 ? 12 : local % 12}:`));
    }
  });

  it('finds the next open slot at each of the nearest clinics', async () => {
    const { body } = await getJson(
      ctx.app,
      '/api/v1/slots/next?zip=10001&appointmentType=initial-evaluation&clinics=3',
    );
    const result = NextAvailableResultSchema.parse(body);
    expect(result.results).toHaveLength(3);
    for (const r of result.results)
      expect(Date.parse(r.next!.start)).toBeGreaterThanOrEqual(NOW.getTime() + 120 * 60_000);
  });
});
