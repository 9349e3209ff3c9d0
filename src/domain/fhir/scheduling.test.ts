import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fhirErrors } from '../../../tests/setup/fhir';
import {
  locationResource,
  parseSlotId,
  practitionerRoleResource,
  scheduleResource,
  slotId,
  slotResource,
} from './scheduling';

const fhirIdPart = fc.stringMatching(/^[A-Za-z0-9.-]{1,54}$/);
const minuteStart = fc.integer({ min: 0, max: 60_000_000 }).map((m) => m * 60_000);
const window = fc
  .record({
    weekday: fc.integer({ min: 1, max: 7 }),
    startMinute: fc.integer({ min: 0, max: 1439 }),
    length: fc.integer({ min: 1, max: 1440 }),
  })
  .map(({ weekday, startMinute, length }) => ({
    weekday,
    startMinute,
    endMinute: Math.min(1440, startMinute + length),
  }));
const words = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0);

describe('the FHIR scheduling directory', () => {
  it('reads back the Schedule and start from every Slot id it makes', () => {
    fc.assert(
      fc.property(fhirIdPart, minuteStart, (schedule, start) => {
        const id = slotId(schedule, start);
        expect(id).toMatch(/^[A-Za-z0-9.-]{1,64}$/);
        expect(parseSlotId(id)).toEqual({ scheduleId: schedule, start });
      }),
    );
  });

  it('takes no id it did not make', () => {
    for (const id of ['', 'abc', '.5', 'x.', 'x.ABC', 'x.1234567890', 'x.0htucc', 'x.00'])
      expect(parseSlotId(id), id).toBeNull();
  });

  it('writes every resource as valid FHIR R4, whatever the hours (the validator decides)', async () => {
    const samples = fc.sample(
      fc.record({
        hours: fc.array(window, { maxLength: 8 }),
        name: words,
        credentials: words,
        start: minuteStart,
        minutes: fc.integer({ min: 5, max: 120 }),
        lat: fc.double({ min: -90, max: 90, noNaN: true }),
        lon: fc.double({ min: -180, max: 180, noNaN: true }),
      }),
      40,
    );
    for (const s of samples) {
      const type = { id: 'follow-up', name: s.name, durationMinutes: s.minutes };
      const therapist = { id: 't-1', name: s.name, credentials: s.credentials, hours: s.hours };
      const resources = [
        locationResource({
          id: 'clinic-1',
          name: s.name,
          address: '1 Main St',
          city: 'Chicago',
          state: 'IL',
          zip: '60601',
          phone: '(312) 555-0100',
          lat: s.lat,
          lon: s.lon,
          hours: s.hours,
        }),
        practitionerRoleResource('t-1', therapist, 'clinic-1'),
        scheduleResource('t-1.follow-up', 't-1', therapist.name, 'clinic-1', type),
        slotResource('t-1.follow-up', type, {
          start: s.start,
          end: s.start + s.minutes * 60_000,
        }),
      ];
      for (const r of resources) expect(await fhirErrors(r), JSON.stringify(r)).toEqual([]);
    }
  });

  it('is caught by the validator when a time is not a FHIR time (the oracle can fail)', async () => {
    const role = practitionerRoleResource(
      't-1',
      {
        id: 't-1',
        name: 'A',
        credentials: 'PT',
        hours: [{ weekday: 1, startMinute: 60, endMinute: 120 }],
      },
      'clinic-1',
    );
    role.availableTime![0]!.availableStartTime = '1:00 AM';
    expect(await fhirErrors(role)).not.toEqual([]);
  });
});
