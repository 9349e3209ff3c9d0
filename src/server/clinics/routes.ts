import { Hono, type Context } from 'hono';
import { documented } from '../http/openapi';
import type { AppEnv } from '../http/auth';
import { WORDS } from '../../../content/messages/words';
import type { Locale } from '../../domain/i18n/locale';
import { requestLocale } from '../http/locale';
import zipcodes from 'zipcodes';
import type { z } from 'zod';
import { centreOf } from '../../domain/geo/centre';
import type { GeoPoint } from '../../domain/geo/nearest';
import { formatMinute, openingState } from '../../domain/scheduling/opening-hours';
import { clinicSlots, describeSlots } from '../db/availability';
import { listedClinic, type ClinicDirectory, type ListedClinic } from '../db/clinic-directory';
import type { Db } from '../db/create-db';
import { findAppointmentType, toRules } from '../db/schedules';
import type { AppointmentTypeTable } from '../db/schema';

import { problem } from '../http/problem';
import { idParam, params, query } from '../http/validate';
import { clinicTherapists, findClinic, listAppointmentTypes } from './queries';
import {
  ClinicDetailSchema,
  ClinicSearchResultSchema,
  ClinicSearchSchema,
  ClinicSummarySchema,
  NextAvailableResultSchema,
  NextAvailableSchema,
  SlotListSchema,
  SlotQuerySchema,
} from './schemas';

const ClinicParams = idParam('Clinic id');

type Origin = GeoPoint & { label: string };
type Deps = { db: Db; now: () => Date; directory: ClinicDirectory };

export function clinicRoutes({ db, now, directory }: Deps) {
  const nearest = () => directory.get();

  return new Hono<AppEnv>()
    .get(
      '/clinics',
      documented({
        summary:
          'Clinics nearest first, by US ZIP, by coordinates or by city, with distance, hours and "open now".',
        tags: ['clinics'],
        access: 'public',
        responses: {
          200: { description: 'Nearest clinics.', schema: ClinicSearchResultSchema },
          404: { description: 'Unknown ZIP or city.' },
        },
      }),
      query(ClinicSearchSchema),
      async (c) => {
        const q = c.req.valid('query');
        const origin = resolveOrigin(q, requestLocale(c));
        if ('missing' in origin) return problem(c, 404, 'Not found', origin.missing);
        const found = (await nearest()).nearest(origin, q.limit);
        const at = now().getTime();
        return c.json(
          { origin, clinics: found.map((n) => summarize(n.item, at, n.distanceKm)) },
          200,
        );
      },
    )
    .get(
      '/clinics/:id',
      documented({
        summary: 'A clinic with its therapists, weekly hours and appointment types.',
        tags: ['clinics'],
        access: 'public',
        responses: {
          200: { description: 'The clinic.', schema: ClinicDetailSchema },
          404: { description: 'No such clinic, or it has closed.' },
        },
      }),
      params(ClinicParams),
      async (c) => {
        const { id } = c.req.valid('param');
        const clinic = await findClinic(db, id);
        if (!clinic) return noClinic(c, id);
        if (clinic.closed_at !== null) return closed(c, clinic.name);
        const [therapists, types] = await Promise.all([
          clinicTherapists(db, clinic.id),
          listAppointmentTypes(db),
        ]);
        const listed = listedClinic(clinic);
        const weeklyHours = listed.hours.map((h) => ({
          weekday: h.weekday,
          opens: formatMinute(h.startMinute),
          closes: formatMinute(h.endMinute),
        }));
        return c.json(
          {
            clinic: { ...summarize(listed, now().getTime()), weeklyHours },
            therapists,
            appointmentTypes: types.map(describeType),
          },
          200,
        );
      },
    )
    .get(
      '/slots',
      documented({
        summary:
          'Open appointment slots at a clinic between two instants (at most 31 days), earliest first.',
        tags: ['booking'],
        access: 'public',
        responses: {
          200: { description: 'Open slots, shown in the clinic’s time.', schema: SlotListSchema },
          404: { description: 'Unknown or closed clinic, unknown therapist or appointment type.' },
        },
      }),
      query(SlotQuerySchema),
      async (c) => {
        const q = c.req.valid('query');
        const [clinic, type] = await Promise.all([
          findClinic(db, q.clinicId),
          findAppointmentType(db, q.appointmentType),
        ]);
        if (!clinic) return noClinic(c, q.clinicId);
        if (clinic.closed_at !== null) return closed(c, clinic.name);
        if (!type) return noType(c, q.appointmentType);
        if (
          q.therapistId &&
          !(await clinicTherapists(db, clinic.id)).some((t) => t.id === q.therapistId)
        )
          return problem(c, 404, 'Not found', {
            say: 'problem.notAtClinic',
            values: { id: q.therapistId, clinic: clinic.name },
          });
        const range = { start: Date.parse(q.from), end: Date.parse(q.to) };
        const slots = await clinicSlots(db, clinic, toRules(type), range, now().getTime(), {
          therapistId: q.therapistId,
        });
        return c.json(
          {
            clinicId: clinic.id,
            timeZone: clinic.time_zone,
            appointmentType: describeType(type),
            slots: await describeSlots(db, clinic, slots),
          },
          200,
        );
      },
    )
    .get(
      '/slots/next',
      documented({
        summary: 'The next open slot at each of the nearest clinics.',
        tags: ['booking'],
        access: 'public',
        responses: {
          200: {
            description: 'Nearest clinics with their next open slot.',
            schema: NextAvailableResultSchema,
          },
        },
      }),
      query(NextAvailableSchema),
      async (c) => {
        const q = c.req.valid('query');
        const origin = resolveOrigin(q, requestLocale(c));
        if ('missing' in origin) return problem(c, 404, 'Not found', origin.missing);
        const type = await findAppointmentType(db, q.appointmentType);
        if (!type) return noType(c, q.appointmentType);
        const rules = toRules(type);
        const at = now().getTime();
        const range = { start: at, end: at + 14 * 24 * 60 * 60 * 1000 };
        const results = await Promise.all(
          (await nearest()).nearest(origin, q.clinics).map(async (n) => {
            const [first] = await clinicSlots(db, n.item, rules, range, at);
            const [next] = first ? await describeSlots(db, n.item, [first]) : [];
            return { clinic: summarize(n.item, at, n.distanceKm), next: next ?? null };
          }),
        );
        return c.json({ origin, results }, 200);
      },
    );
}

/** Where distances are measured from, named in the request's language. */
function resolveOrigin(
  q: {
    zip?: string | undefined;
    lat?: number | undefined;
    lon?: number | undefined;
    city?: string | undefined;
    state?: string | undefined;
  },
  locale: Locale,
): Origin | { missing: string } {
  const { say } = WORDS[locale];
  if (q.zip) {
    const place = zipcodes.lookup(q.zip);
    return place
      ? {
          lat: place.latitude,
          lon: place.longitude,
          label: `${place.city}, ${place.state} ${place.zip}`,
        }
      : { missing: say('clinics.unknownZip', { zip: q.zip }) };
  }
  if (q.city && q.state) {
    // A city has many ZIP codes; distances are measured from the middle of them all, not from
    // whichever the data lists first (often a downtown PO box that a clinic shares: "0.0 mi").
    const places = zipcodes.lookupByName(q.city, q.state.toUpperCase());
    const centre = centreOf(places.map((p) => ({ lat: p.latitude, lon: p.longitude })));
    return centre && places[0]
      ? {
          ...centre,
          label: say('clinics.centralCity', { city: places[0].city, state: places[0].state }),
        }
      : {
          missing: say('clinics.unknownCity', { city: q.city, state: q.state.toUpperCase() }),
        };
  }
  return { lat: q.lat ?? 0, lon: q.lon ?? 0, label: say('clinics.yourLocation') };
}

function summarize(
  clinic: ListedClinic,
  now: number,
  distanceKm?: number,
): z.infer<typeof ClinicSummarySchema> {
  const state = openingState(clinic.hours, clinic.time_zone, now);
  return {
    id: clinic.id,
    name: clinic.name,
    address: clinic.address,
    city: clinic.city,
    state: clinic.state,
    zip: clinic.zip,
    phone: clinic.phone,
    lat: clinic.lat,
    lon: clinic.lon,
    timeZone: clinic.time_zone,
    services: clinic.serviceList,
    ...(distanceKm === undefined ? {} : { distanceKm: Math.round(distanceKm * 10) / 10 }),
    openNow: state.openNow,
    todayHours: state.today.map((h) => ({
      opens: formatMinute(h.startMinute),
      closes: formatMinute(h.endMinute),
    })),
  };
}

function describeType(type: AppointmentTypeTable) {
  return {
    id: type.id,
    name: type.name,
    description: type.description,
    durationMinutes: type.duration_minutes,
  };
}

const noClinic = (c: Context, id: string) =>
  problem(c, 404, 'Not found', { say: 'problem.noClinicNear', values: { id } });
const closed = (c: Context, name: string) =>
  problem(c, 404, 'Closed', { say: 'problem.clinicClosed', values: { name } });
const noType = (c: Context, id: string) =>
  problem(c, 404, 'Not found', { say: 'problem.noTypeIdListed', values: { id } });
