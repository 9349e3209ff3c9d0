import { createServer } from 'node:http';
import zipcodes from 'zipcodes';
import { NearestIndex } from '../src/domain/geo/nearest';
import { formatMinute, openingState } from '../src/domain/scheduling/opening-hours';
import { clinicSlots, describeSlots } from '../src/server/db/availability';
import { createDb } from '../src/server/db/create-db';
import { findAppointmentType, parseHours, toRules } from '../src/server/db/schedules';
import { findClinic } from '../src/server/clinics/queries';
import { announcePorts, serveApp } from './app-server';

/**
 * Two servers in one process on the seeded database named in argv: the real app (Hono,
 * middleware, request logging, validation, its queries) and a bare node:http handler doing the
 * same domain and data work for GET /slots and GET /clinics?zip, and nothing else: the same
 * answer, byte for byte, which the benchmark checks before it loads either. Ports go to stdout.
 */
const db = createDb(`file:${process.argv[2]}`);
const real = serveApp(db);

/** The directory as the bare server would keep it: rows with their hours read once. */
const rows = await db
  .selectFrom('clinic')
  .selectAll()
  .where('closed_at', 'is', null)
  .orderBy('id')
  .execute();
const directory = new NearestIndex(
  rows.map((r) => ({
    ...r,
    hours: parseHours(r.opening_hours),
    services: JSON.parse(r.services) as string[],
  })),
);

async function slots(url: URL) {
  const [clinic, type] = await Promise.all([
    findClinic(db, url.searchParams.get('clinicId') ?? ''),
    findAppointmentType(db, url.searchParams.get('appointmentType') ?? ''),
  ]);
  if (!clinic || !type) return null;
  const range = {
    start: Date.parse(url.searchParams.get('from') ?? ''),
    end: Date.parse(url.searchParams.get('to') ?? ''),
  };
  const open = await clinicSlots(db, clinic, toRules(type), range, Date.now());
  return {
    clinicId: clinic.id,
    timeZone: clinic.time_zone,
    appointmentType: {
      id: type.id,
      name: type.name,
      description: type.description,
      durationMinutes: type.duration_minutes,
    },
    slots: await describeSlots(db, clinic, open),
  };
}

function clinics(url: URL) {
  const place = zipcodes.lookup(url.searchParams.get('zip') ?? '');
  if (!place) return null;
  const origin = { lat: place.latitude, lon: place.longitude };
  const now = Date.now();
  return {
    origin: { ...origin, label: `${place.city}, ${place.state} ${place.zip}` },
    clinics: directory.nearest(origin, 10).map(({ item, distanceKm }) => {
      const state = openingState(item.hours, item.time_zone, now);
      return {
        id: item.id,
        name: item.name,
        address: item.address,
        city: item.city,
        state: item.state,
        zip: item.zip,
        phone: item.phone,
        lat: item.lat,
        lon: item.lon,
        timeZone: item.time_zone,
        services: item.services,
        distanceKm: Math.round(distanceKm * 10) / 10,
        openNow: state.openNow,
        todayHours: state.today.map((h) => ({
          opens: formatMinute(h.startMinute),
          closes: formatMinute(h.endMinute),
        })),
      };
    }),
  };
}

const bare = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const answer = url.pathname === '/slots' ? slots(url) : Promise.resolve(clinics(url));
  void answer.then((body) => {
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
});
bare.listen(0, '127.0.0.1');

await announcePorts(real, bare);
