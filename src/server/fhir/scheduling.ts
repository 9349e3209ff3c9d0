import { createHash } from 'node:crypto';
import type { Resource } from '@medplum/fhirtypes';
import { z } from 'zod';
import { FHIR_ID } from '../../domain/ids';
import {
  locationResource,
  parseSlotId,
  practitionerRoleResource,
  scheduleResource,
  slotResource,
  type FhirAppointmentType,
  type FhirTherapist,
  APPOINTMENT_TYPE_SYSTEM,
  SCHEDULING_SEARCH,
  type SchedulingType,
} from '../../domain/fhir/scheduling';
import {
  alternatives,
  parseDateTest,
  passes,
  startsAsSearched,
  tokenMatches,
  type DateTest,
} from '../../domain/fhir/search';
import { clinicSlots } from '../db/availability';
import type { ClinicDirectory, ListedClinic } from '../db/clinic-directory';
import type { Db } from '../db/create-db';
import { parseHours, toRules } from '../db/schedules';
import type { AppointmentTypeTable } from '../db/schema';

const WHOLE_FHIR_ID = new RegExp(`^${FHIR_ID}$`);

/**
 * A FHIR id for one of our records: the record's own id when it is a FHIR id short enough,
 * otherwise a digest of it (our ids may run to 100 characters; FHIR's stop at 64). Looked up
 * by computing it for each candidate, so nothing is stored twice.
 */
export function fhirKey(longest: number, ...parts: string[]): string {
  const joined = parts.join('.');
  return joined.length <= longest && WHOLE_FHIR_ID.test(joined)
    ? joined
    : `h-${createHash('sha256').update(joined).digest('hex').slice(0, 24)}`;
}
// A Slot id is its Schedule's id, a dot and up to 9 characters of start, so Schedules stop at 54.
const scheduleKey = (therapistId: string, typeId: string) => fhirKey(54, therapistId, typeId);
/** The ids of a clinic's Location and a therapist's PractitionerRole, wherever they are named. */
export const locationKey = (clinicId: string) => fhirKey(64, clinicId);
export const roleKey = (therapistId: string) => fhirKey(64, therapistId);

/** A therapist as read for the directory; weekly hours stay unparsed until a role shows them. */
type Therapist = Omit<FhirTherapist, 'hours'> & { clinicId: string; workingHours: string };
type ScheduleEntry = {
  id: string;
  therapist: Therapist;
  clinic: ListedClinic;
  type: AppointmentTypeTable;
};

const DAY = 86_400_000;
const FREE = { system: 'http://hl7.org/fhir/slotstatus', code: 'free' };
const DEFAULT_DAYS = 7;
const MOST_DAYS = 31;

/** A reference search: `Type/id` or just the id (a FHIR id), read as the id. */
export const referenceTo = (...types: [string, ...string[]]) =>
  z
    .string()
    .regex(new RegExp(`^((${types.join('|')})/)?${FHIR_ID}$`))
    .transform((v) => v.slice(v.indexOf('/') + 1));

/** A whole number written in digits only (no 0x10, no 1e2), within limits. */
const digits = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/)
    .default(String(fallback))
    .transform(Number)
    .pipe(z.number().min(min).max(max));

/** Paging, the same for every FHIR search. */
export const PAGE_QUERY = {
  _count: digits(1, 100, 50).describe('How many per page, 1 to 100 (default 50).'),
  _offset: digits(0, 100_000, 0).describe('Where the page starts; the `next` link carries it.'),
};

/** A date search, given once or twice (a range). */
export const DATE_SEARCH = z.union([z.string().max(40), z.array(z.string().max(40)).max(2)]);

const said = <T extends SchedulingType>(type: T, name: keyof (typeof SCHEDULING_SEARCH)[T]) =>
  (SCHEDULING_SEARCH[type][name] as readonly [string, string])[1];

/** Each scheduling type's search parameters, checked before anything is read. */
export const SCHEDULING_QUERIES = {
  Location: z.strictObject({
    'address-postalcode': z
      .string()
      .max(60)
      .optional()
      .describe(said('Location', 'address-postalcode')),
    'address-state': z.string().max(60).optional().describe(said('Location', 'address-state')),
    'address-city': z.string().max(200).optional().describe(said('Location', 'address-city')),
    ...PAGE_QUERY,
  }),
  PractitionerRole: z.strictObject({
    location: referenceTo('Location').optional().describe(said('PractitionerRole', 'location')),
    ...PAGE_QUERY,
  }),
  Schedule: z.strictObject({
    actor: z
      .string()
      .regex(new RegExp(`^(PractitionerRole|Location)/${FHIR_ID}$`))
      .optional()
      .describe(said('Schedule', 'actor')),
    'service-type': z.string().max(300).optional().describe(said('Schedule', 'service-type')),
    ...PAGE_QUERY,
  }),
  Slot: z.strictObject({
    schedule: referenceTo('Schedule').describe(said('Slot', 'schedule')),
    start: DATE_SEARCH.optional().describe(said('Slot', 'start')),
    status: z.string().max(100).optional().describe(said('Slot', 'status')),
    ...PAGE_QUERY,
  }),
} satisfies Record<SchedulingType, z.ZodType>;

export type SchedulingSearch = {
  [T in SchedulingType]: z.infer<(typeof SCHEDULING_QUERIES)[T]>;
};

/** What a search found; `pinned` is the window a Slot search without dates covered, for its links. */
type Answer = { resources: Resource[]; pinned?: string[] } | { invalid: string };

/** The public directory as FHIR, read fresh from the same tables the booking API reads. */
export function schedulingReader(db: Db, directory: ClinicDirectory, now: () => Date) {
  async function catalog() {
    const clinics = (await directory.get()).items;
    const [therapistRows, types] = await Promise.all([
      db
        .selectFrom('therapist')
        .select(['id', 'clinic_id', 'name', 'credentials', 'working_hours'])
        .where('deactivated_at', 'is', null)
        .orderBy('id')
        .execute(),
      db.selectFrom('appointment_type').selectAll().orderBy('id').execute(),
    ]);
    const byId = new Map(clinics.map((c) => [c.id, c]));
    const therapists: Therapist[] = therapistRows
      .filter((t) => byId.has(t.clinic_id))
      .map((t) => ({
        id: t.id,
        clinicId: t.clinic_id,
        name: t.name,
        credentials: t.credentials,
        workingHours: t.working_hours,
      }));
    const schedules: ScheduleEntry[] = therapists.flatMap((therapist) =>
      types.map((type) => ({
        id: scheduleKey(therapist.id, type.id),
        therapist,
        clinic: byId.get(therapist.clinicId)!,
        type,
      })),
    );
    return { clinics, therapists, schedules };
  }

  const fhirType = (type: AppointmentTypeTable): FhirAppointmentType => ({
    id: type.id,
    name: type.name,
    durationMinutes: type.duration_minutes,
  });
  const location = (clinic: ListedClinic) =>
    locationResource({ ...clinic, id: locationKey(clinic.id), hours: clinic.hours });
  const role = (t: Therapist) =>
    practitionerRoleResource(
      roleKey(t.id),
      { ...t, hours: parseHours(t.workingHours) },
      locationKey(t.clinicId),
    );
  const schedule = (s: ScheduleEntry) =>
    scheduleResource(
      s.id,
      roleKey(s.therapist.id),
      s.therapist.name,
      locationKey(s.clinic.id),
      fhirType(s.type),
    );

  async function openSlots(s: ScheduleEntry, range: { start: number; end: number }) {
    return clinicSlots(db, s.clinic, toRules(s.type), range, now().getTime(), {
      therapistId: s.therapist.id,
    });
  }

  /** The span a Slot search covers: its start tests, or the next week. */
  function slotRange(tests: DateTest[]): { start: number; end: number } | { invalid: string } {
    const at = now().getTime();
    let start = at;
    let end = Number.POSITIVE_INFINITY;
    for (const t of tests) {
      if (t.prefix === 'ge' || t.prefix === 'eq') start = Math.max(start, t.span.from);
      if (t.prefix === 'gt') start = Math.max(start, t.span.to);
      if (t.prefix === 'le' || t.prefix === 'eq') end = Math.min(end, t.span.to);
      if (t.prefix === 'lt') end = Math.min(end, t.span.from);
    }
    if (end === Number.POSITIVE_INFINITY) end = start + DEFAULT_DAYS * DAY;
    if (end - start > MOST_DAYS * DAY)
      return { invalid: `Ask for at most ${MOST_DAYS} days of slots at a time.` };
    return { start, end: Math.max(start, end) };
  }

  return {
    async search<T extends SchedulingType>(type: T, q: SchedulingSearch[T]): Promise<Answer> {
      const { clinics, therapists, schedules } = await catalog();
      switch (type) {
        case 'Location': {
          const l = q as SchedulingSearch['Location'];
          // FHIR string search: starts with, any case and accents; a comma is "or".
          const matches = (value: string, searched: string | undefined) =>
            searched === undefined ||
            alternatives(searched).some((a) => startsAsSearched(value, a));
          return {
            resources: clinics
              .filter(
                (c) =>
                  matches(c.zip, l['address-postalcode']) &&
                  matches(c.state, l['address-state']) &&
                  matches(c.city, l['address-city']),
              )
              .map(location),
          };
        }
        case 'PractitionerRole': {
          const { location: at } = q as SchedulingSearch['PractitionerRole'];
          return {
            resources: therapists.filter((t) => !at || locationKey(t.clinicId) === at).map(role),
          };
        }
        case 'Schedule': {
          const s = q as SchedulingSearch['Schedule'];
          const wanted = s['service-type'];
          return {
            resources: schedules
              .filter(
                (e) =>
                  (!s.actor ||
                    s.actor === `PractitionerRole/${roleKey(e.therapist.id)}` ||
                    s.actor === `Location/${locationKey(e.clinic.id)}`) &&
                  (wanted === undefined ||
                    alternatives(wanted).some((t) =>
                      tokenMatches(t, { system: APPOINTMENT_TYPE_SYSTEM, code: e.type.id }),
                    )),
              )
              .map(schedule),
          };
        }
        case 'Slot': {
          const s = q as SchedulingSearch['Slot'];
          const tests = [s.start ?? []].flat().map(parseDateTest);
          if (tests.some((t) => t === null))
            return {
              invalid: 'Write each start as eq, ge, gt, le or lt and YYYY-MM-DD or an instant.',
            };
          const entry = schedules.find((e) => e.id === s.schedule);
          if (!entry) return { resources: [] };
          // Only free slots are served: any other status matches nothing.
          if (s.status !== undefined && !alternatives(s.status).some((t) => tokenMatches(t, FREE)))
            return { resources: [] };
          const range = slotRange(tests as DateTest[]);
          if ('invalid' in range) return range;
          // "The next week" moves on; the next page must cover the same week as this one.
          const pinned =
            tests.length === 0
              ? [
                  `ge${new Date(range.start).toISOString()}`,
                  `lt${new Date(range.end).toISOString()}`,
                ]
              : undefined;
          return {
            ...(pinned ? { pinned } : {}),
            resources: (await openSlots(entry, range))
              .map((slot) => slotResource(entry.id, fhirType(entry.type), slot))
              .filter((r) => tests.every((t) => passes(r.start, t!))),
          };
        }
      }
      return { resources: [] };
    },

    async read(type: SchedulingType, id: string): Promise<Resource | undefined> {
      const { clinics, therapists, schedules } = await catalog();
      switch (type) {
        case 'Location': {
          const clinic = clinics.find((c) => locationKey(c.id) === id);
          return clinic && location(clinic);
        }
        case 'PractitionerRole': {
          const therapist = therapists.find((t) => roleKey(t.id) === id);
          return therapist && role(therapist);
        }
        case 'Schedule': {
          const entry = schedules.find((e) => e.id === id);
          return entry && schedule(entry);
        }
        case 'Slot': {
          const found = await this.resolveSlot(id);
          return found && slotResource(found.entry.id, fhirType(found.entry.type), found.slot);
        }
      }
    },

    /** What a free Slot id stands for, if it is still free: for reading and for booking. */
    async resolveSlot(id: string) {
      const parsed = parseSlotId(id);
      if (!parsed) return undefined;
      const entry = (await catalog()).schedules.find((e) => e.id === parsed.scheduleId);
      if (!entry) return undefined;
      const slot = (await openSlots(entry, { start: parsed.start, end: parsed.start + DAY })).find(
        (s) => s.start === parsed.start,
      );
      return slot && { entry, slot };
    },
  };
}
export type SchedulingReader = ReturnType<typeof schedulingReader>;
