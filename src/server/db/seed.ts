import { hash } from '@node-rs/argon2';
import zipcodes from 'zipcodes';
import {
  APPOINTMENT_TYPES,
  DEMO_BRANCH_NAMES,
  DEMO_CITIES,
  DEMO_CREDENTIALS,
  DEMO_FIRST_NAMES,
  DEMO_FOCUS,
  DEMO_LAST_NAMES,
  DEMO_SERVICES,
  DEMO_STREETS,
} from '../../../content/demo-clinics';
import { claimBlocks } from '../../domain/scheduling/claims';
import { mulberry32 } from '../../domain/random';
import { DAY, MINUTE, type WorkingHours } from '../../domain/scheduling/schedule';
import { computeSlots } from '../../domain/scheduling/slots';
import { ZoneCalendar, localDate } from '../../domain/scheduling/zone-calendar';
import type { Db } from './create-db';
import { DEMO_EMAIL_DOMAIN, seedDemoPatients } from './seed-patients';
import { reviewProgression } from './progression-state';
import { LIBRARY, PROGRESSION } from '../../../content/catalog';
import type {
  AppointmentClaimTable,
  AppointmentTable,
  ClinicTable,
  TherapistTable,
  TimeOffTable,
} from './schema';

const hours = (days: number[], ...windows: [number, number][]): WorkingHours[] =>
  days.flatMap((weekday) =>
    windows.map(([start, end]) => ({ weekday, startMinute: start * 60, endMinute: end * 60 })),
  );

/** Realistic weekly patterns, in the clinic's local time. */
const SHIFTS: WorkingHours[][] = [
  hours([1, 2, 3, 4, 5], [8, 12], [13, 17]),
  hours([1, 2, 3, 4], [7, 15.5]),
  hours([2, 3, 4, 5], [10, 14], [15, 19]),
  [...hours([1, 3, 5], [8, 16]), ...hours([6], [8, 13])],
  hours([1, 2, 4, 5], [9, 13], [14, 18]),
];
const CLINIC_HOURS = [...hours([1, 2, 3, 4, 5], [7, 19]), ...hours([6], [8, 13])];

export type SeedSummary = { clinics: number; therapists: number; appointments: number };

/** Demo sign-ins, printed by `npm start`. Only ever seeded into a demo database. */
export const DEMO_PASSWORD = 'reliefpath-demo';
export const DEMO_ACCOUNTS = [
  { email: `patient${DEMO_EMAIL_DOMAIN}`, name: 'Pat Demo', role: 'patient' },
  { email: `therapist${DEMO_EMAIL_DOMAIN}`, name: '', role: 'therapist' },
  { email: `admin${DEMO_EMAIL_DOMAIN}`, name: 'Alex Admin', role: 'admin' },
] as const;

export type SeedOptions = {
  seed?: number;
  /**
   * Only these cities' clinics (e.g. `['Chicago']`), for tests that need a few clinics rather
   * than the whole chain. They come out exactly as in the full chain.
   */
  cities?: readonly string[];
};

/** FNV-1a: a stable number from a name, to give each therapist a random stream of their own. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The demo chain: 61 clinics in seven IANA time zones (Arizona's, without daylight saving, included), 3–8 therapists each,
 * some time off and a realistic share of booked visits over a fortnight around today.
 *
 * The clinics and therapists depend only on `seed`, never on the date, so every run prints the
 * same counts (the README states them, and a test holds it to that). Each city draws from its
 * own random stream, and each therapist's time off and visits from theirs: how many slots a
 * week happens to have cannot shift who works where. Visits are placed relative to `now` so the
 * calendar looks lived in; their number moves by a few dozen with the day it runs.
 */
export async function seedDemoData(
  db: Db,
  now: number,
  { seed = 2026, cities }: SeedOptions = {},
): Promise<SeedSummary> {
  const calendar = new ZoneCalendar();
  const clinics: ClinicTable[] = [];
  const therapists: TherapistTable[] = [];
  const timeOff: TimeOffTable[] = [];
  const appointments: AppointmentTable[] = [];
  const claims: AppointmentClaimTable[] = [];
  const followUp = APPOINTMENT_TYPES.find((t) => t.id === 'follow-up')!;
  // Clinics are numbered across the whole chain, so a subset keeps its phone numbers.
  let ordinal = 0;
  const patientRandom = mulberry32(seed);

  for (const [cityIndex, place] of DEMO_CITIES.entries()) {
    const firstOrdinal = ordinal;
    ordinal += place.clinics;
    if (cities && !cities.includes(place.city)) continue;
    const random = mulberry32(hashOf(`${seed}:${cityIndex}`));
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const zips = zipcodes.lookupByName(place.city, place.state);
    for (let n = 0; n < place.clinics; n++) {
      const zip = zips[Math.floor((n + 0.5) * (zips.length / place.clinics))] ?? zips[0]!;
      const branch = place.clinics > 1 ? ` ${DEMO_BRANCH_NAMES[n % DEMO_BRANCH_NAMES.length]}` : '';
      const clinic: ClinicTable = {
        id: `${place.city}-${place.state}${place.clinics > 1 ? `-${n + 1}` : ''}`
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-'),
        name: `ReliefPath PT ${place.city}${branch}`,
        address: `${100 + Math.floor(random() * 9800)} ${pick(DEMO_STREETS)}`,
        city: place.city,
        state: place.state,
        zip: zip.zip,
        lat: zip.latitude,
        lon: zip.longitude,
        phone: `(${200 + Math.floor(random() * 700)}) 555-01${String((firstOrdinal + n) % 100).padStart(2, '0')}`,
        time_zone: place.zone,
        services: JSON.stringify(
          DEMO_SERVICES.filter(() => random() < 0.6)
            .concat('Sciatica care')
            .filter((s, i, all) => all.indexOf(s) === i),
        ),
        opening_hours: JSON.stringify(CLINIC_HOURS),
      };
      clinics.push(clinic);

      const staff = 3 + Math.floor(random() * 6);
      for (let t = 0; t < staff; t++) {
        const first = pick(DEMO_FIRST_NAMES);
        const last = pick(DEMO_LAST_NAMES);
        const shift = SHIFTS[(t + n) % SHIFTS.length]!;
        const therapist: TherapistTable = {
          id:
            `${clinic.id}-${first}-${last}`.toLowerCase().replace(/[^a-z0-9]+/g, '-') + `-${t + 1}`,
          clinic_id: clinic.id,
          name: `${first} ${last}`,
          credentials: pick(DEMO_CREDENTIALS),
          bio: `${first} focuses on ${pick(DEMO_FOCUS)}.`,
          working_hours: JSON.stringify(shift),
        };
        therapists.push(therapist);

        // Time off and visits draw from the therapist's own stream (see above).
        const own = mulberry32(hashOf(`${seed}:${therapist.id}`));
        const off: { start: number; end: number }[] = [];
        if (own() < 0.25) {
          const today = localDate(place.zone, now);
          const firstDay = today.add({ days: 2 + Math.floor(own() * 14) });
          const days = 1 + Math.floor(own() * 4);
          const start = calendar.instant(place.zone, firstDay.toString(), 0);
          const end = calendar.instant(place.zone, firstDay.add({ days }).toString(), 0);
          off.push({ start, end });
          timeOff.push({
            id: `${therapist.id}-off`,
            therapist_id: therapist.id,
            starts_at: start,
            ends_at: end,
            reason: 'Vacation',
          });
        }

        // Fill about a quarter of a fortnight (two days back, twelve ahead) with follow-ups,
        // never overlapping. Whole weeks hold every weekday equally often, so the number of
        // visits barely moves with the day the seed runs.
        const rules = {
          durationMinutes: followUp.duration_minutes,
          bufferMinutes: followUp.buffer_minutes,
          stepMinutes: followUp.step_minutes,
          minNoticeMinutes: 0,
          horizonDays: 15,
        };
        const taken = new Set<number>();
        let visitCount = 0;
        const buffer = rules.bufferMinutes * MINUTE;
        const slots = computeSlots(
          { therapistId: therapist.id, zone: place.zone, hours: shift, timeOff: off, busy: [] },
          rules,
          { start: now - 2 * DAY, end: now + 12 * DAY },
          now - 2 * DAY,
          calendar,
        );
        for (const start of slots) {
          if (own() > 0.12) continue;
          const end = start + rules.durationMinutes * MINUTE;
          const blocks = claimBlocks(start, end, buffer);
          if (blocks.some((b) => taken.has(b))) continue;
          const id = `${therapist.id}-visit-${visitCount++}`;
          blocks.forEach((b) => taken.add(b));
          const guest = `${DEMO_FIRST_NAMES[Math.floor(own() * DEMO_FIRST_NAMES.length)]} ${DEMO_LAST_NAMES[Math.floor(own() * DEMO_LAST_NAMES.length)]}`;
          appointments.push({
            id,
            clinic_id: clinic.id,
            therapist_id: therapist.id,
            appointment_type_id: followUp.id,
            starts_at: start,
            ends_at: end,
            status: 'booked',
            guest_name: guest,
            guest_email: `${guest.toLowerCase().replace(/\s+/g, '.')}@example.com`,
            guest_phone: `555-010-${String(hashOf(id) % 10000).padStart(4, '0')}`,
            idempotency_key: null,
            request_hash: 'seed',
            rescheduled_from: null,
            created_at: now - 7 * DAY,
            cancelled_at: null,
            patient_user_id: null,
          });
          for (const block_start of blocks)
            claims.push({ therapist_id: therapist.id, block_start, appointment_id: id });
        }
      }
    }
  }

  let patients: string[] = [];
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('appointment_type').values(APPOINTMENT_TYPES).execute();
    for (const rows of chunks(clinics)) await trx.insertInto('clinic').values(rows).execute();
    for (const rows of chunks(therapists)) await trx.insertInto('therapist').values(rows).execute();
    for (const rows of chunks(timeOff)) await trx.insertInto('time_off').values(rows).execute();
    for (const rows of chunks(appointments))
      await trx.insertInto('appointment').values(rows).execute();
    for (const rows of chunks(claims))
      await trx.insertInto('appointment_claim').values(rows).execute();
    const passwordHash = await hash(DEMO_PASSWORD);
    // The demo therapist signs in as the first therapist of the first New York clinic.
    // (A subset without New York uses its own first therapist.)
    const therapist = therapists.find((t) => t.clinic_id === 'new-york-ny-1') ?? therapists[0]!;
    await trx
      .insertInto('user_account')
      .values(
        DEMO_ACCOUNTS.map((a) => ({
          id: `demo-${a.role}`,
          email: a.email,
          name: a.role === 'therapist' ? therapist.name : a.name,
          role: a.role,
          password_hash: passwordHash,
          therapist_id: a.role === 'therapist' ? therapist.id : null,
          created_at: now,
        })),
      )
      .execute();
    patients = await seedDemoPatients(
      trx,
      now,
      patientRandom,
      'demo-therapist',
      { id: 'demo-patient', name: 'Pat Demo' },
      passwordHash,
    );
    // The demo patient asked for missed-day emails, so a quiet day shows one in the outbox.
    await trx
      .insertInto('nudge_setting')
      .values({ user_id: 'demo-patient', email: 1, time_zone: 'America/New_York', updated_at: now })
      .execute();
  });
  // The progression engine reads the histories just written, as after any real session.
  for (const id of patients)
    await reviewProgression(
      db,
      { content: PROGRESSION, library: LIBRARY.exercises },
      id,
      new Date(now).toISOString().slice(0, 10),
      now,
    );
  return {
    clinics: clinics.length,
    therapists: therapists.length,
    appointments: appointments.length,
  };
}

/**
 * The demo password is published, so on a server strangers can reach it would open every demo
 * account, the admin's included. There the demo accounts lose their password and sessions.
 */

export async function disableDemoSignIns(db: Db): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const demo = trx
      .selectFrom('user_account')
      .select('id')
      .where('email', 'like', `%${DEMO_EMAIL_DOMAIN}`);
    await trx.deleteFrom('auth_session').where('user_id', 'in', demo).execute();
    const { numUpdatedRows } = await trx
      .updateTable('user_account')
      .set({ password_hash: null })
      .where('email', 'like', `%${DEMO_EMAIL_DOMAIN}`)
      .where('password_hash', 'is not', null)
      .executeTakeFirst();
    return Number(numUpdatedRows);
  });
}

export async function hasDemoData(db: Db): Promise<boolean> {
  return (await db.selectFrom('clinic').select('id').limit(1).execute()).length > 0;
}

/** Batches small enough for either engine's limit on bound parameters. */
function chunks<T>(rows: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
