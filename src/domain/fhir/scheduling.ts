import type { Location, PractitionerRole, Schedule, Slot } from '@medplum/fhirtypes';
import type { WorkingHours } from '../scheduling/schedule';

/**
 * The clinic directory and its open times as FHIR, the way the Argonaut scheduling work
 * exposes them: a Location per clinic, a PractitionerRole per therapist there, a Schedule per
 * therapist and appointment type, and a free Slot per time that can be booked. Ids are made
 * by the caller (they must be FHIR ids, at most 64 characters); a Slot's id carries its
 * Schedule's and its start, so our booking API can take it back.
 */
export const SCHEDULING_TYPES = ['Location', 'PractitionerRole', 'Schedule', 'Slot'] as const;
export type SchedulingType = (typeof SCHEDULING_TYPES)[number];

export type SearchParamKind = 'string' | 'reference' | 'token' | 'date';

/** Each type's searches, with the wording the CapabilityStatement and the API document use. */
export const SCHEDULING_SEARCH = {
  Location: {
    'address-postalcode': ['string', 'The clinic’s 5-digit ZIP code.'],
    'address-state': ['string', 'The clinic’s state, as its two-letter code.'],
    'address-city': ['string', 'The clinic’s city.'],
  },
  PractitionerRole: { location: ['reference', 'The clinic: Location/{id} or just the id.'] },
  Schedule: {
    actor: ['reference', 'A therapist (PractitionerRole/{id}) or a clinic (Location/{id}).'],
    'service-type': ['token', 'An appointment type’s code, e.g. initial-evaluation.'],
  },
  Slot: {
    schedule: [
      'reference',
      'Required: the Schedule whose free times you want (Schedule/{id} or just the id).',
    ],
    start: [
      'date',
      'When the slot starts, as a date search (ge, gt, le, lt or eq); a range of up to 31 days, the next 7 days unless told.',
    ],
    status: ['token', 'Only free slots are served, so only status=free matches anything.'],
  },
} as const satisfies Record<SchedulingType, Record<string, readonly [SearchParamKind, string]>>;

export const APPOINTMENT_TYPE_SYSTEM = 'urn:reliefpath:appointment-type';
const SNOMED = 'http://snomed.info/sct';
const FHIR_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export type FhirClinic = {
  id: string;
  name: string;
  address: string;
  city: string;
  state: string;
  zip: string;
  phone: string;
  lat: number;
  lon: number;
  hours: readonly WorkingHours[];
};
export type FhirTherapist = {
  id: string;
  name: string;
  credentials: string;
  hours: readonly WorkingHours[];
};
export type FhirAppointmentType = { id: string; name: string; durationMinutes: number };

/** A minute of the day as FHIR's time, hh:mm:ss on the 24-hour clock. */
const clock = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00`;

const isAllDay = (h: WorkingHours) => h.startMinute === 0 && h.endMinute === 24 * 60;
// FHIR's time stops at 23:59:59; a window to midnight ends there.
const endClock = (h: WorkingHours) => (h.endMinute === 24 * 60 ? '23:59:59' : clock(h.endMinute));

/** A clinic's weekly windows as a Location's hours: one entry per window. */
const openingHours = (hours: readonly WorkingHours[]) =>
  hours.map((h) => ({
    daysOfWeek: [FHIR_DAYS[h.weekday - 1]!],
    ...(isAllDay(h)
      ? { allDay: true }
      : { openingTime: clock(h.startMinute), closingTime: endClock(h) }),
  }));

/** A therapist's weekly windows as a PractitionerRole's available times. */
const workingTimes = (hours: readonly WorkingHours[]) =>
  hours.map((h) => ({
    daysOfWeek: [FHIR_DAYS[h.weekday - 1]!],
    ...(isAllDay(h)
      ? { allDay: true }
      : { availableStartTime: clock(h.startMinute), availableEndTime: endClock(h) }),
  }));

export function locationResource(clinic: FhirClinic): Location {
  return {
    resourceType: 'Location',
    id: clinic.id,
    status: 'active',
    name: clinic.name,
    mode: 'instance',
    type: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
            code: 'OF',
            display: 'Outpatient facility',
          },
        ],
      },
    ],
    telecom: [{ system: 'phone', value: clinic.phone, use: 'work' }],
    address: {
      use: 'work',
      line: [clinic.address],
      city: clinic.city,
      state: clinic.state,
      postalCode: clinic.zip,
      country: 'US',
    },
    position: { latitude: clinic.lat, longitude: clinic.lon },
    hoursOfOperation: openingHours(clinic.hours),
  };
}

export function practitionerRoleResource(
  id: string,
  therapist: FhirTherapist,
  locationId: string,
): PractitionerRole {
  return {
    resourceType: 'PractitionerRole',
    id,
    active: true,
    practitioner: { display: `${therapist.name}, ${therapist.credentials}` },
    location: [{ reference: `Location/${locationId}` }],
    code: [{ coding: [{ system: SNOMED, code: '36682004', display: 'Physiotherapist' }] }],
    availableTime: workingTimes(therapist.hours),
  };
}

const serviceType = (type: FhirAppointmentType) => [
  {
    coding: [{ system: APPOINTMENT_TYPE_SYSTEM, code: type.id, display: type.name }],
    text: type.name,
  },
];

export function scheduleResource(
  id: string,
  roleId: string,
  therapistName: string,
  locationId: string,
  type: FhirAppointmentType,
): Schedule {
  return {
    resourceType: 'Schedule',
    id,
    active: true,
    serviceType: serviceType(type),
    actor: [
      { reference: `PractitionerRole/${roleId}`, display: therapistName },
      { reference: `Location/${locationId}` },
    ],
    comment: `${type.name} (${type.durationMinutes} min) with ${therapistName}`,
  };
}

/** A Slot's id: its Schedule's id, a dot, and its start in minutes since 1970 in base 36. */
export function slotId(scheduleId: string, start: number): string {
  return `${scheduleId}.${Math.floor(start / 60_000).toString(36)}`;
}

/**
 * The Schedule and start a Slot id names, or null when it is not one of ours. Only the id
 * slotId writes is taken (no leading zeros), so one Slot has one id.
 */
export function parseSlotId(id: string): { scheduleId: string; start: number } | null {
  const dot = id.lastIndexOf('.');
  if (dot < 1 || !/^[0-9a-z]{1,9}$/.test(id.slice(dot + 1))) return null;
  const read = { scheduleId: id.slice(0, dot), start: parseInt(id.slice(dot + 1), 36) * 60_000 };
  return slotId(read.scheduleId, read.start) === id ? read : null;
}

export function slotResource(
  scheduleId: string,
  type: FhirAppointmentType,
  slot: { start: number; end: number },
): Slot {
  return {
    resourceType: 'Slot',
    id: slotId(scheduleId, slot.start),
    schedule: { reference: `Schedule/${scheduleId}` },
    serviceType: serviceType(type),
    status: 'free',
    start: new Date(slot.start).toISOString(),
    end: new Date(slot.end).toISOString(),
    comment: 'Book it with POST /api/v1/appointments and { "fhirSlot": this id, "guest": … }.',
  };
}
