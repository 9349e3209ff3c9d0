import pg from 'pg';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { book } from '../src/server/booking/queries';
import { createDb, type Db } from '../src/server/db/create-db';
import { isUniqueViolation } from '../src/server/db/errors';
import { migrateToLatest } from '../src/server/db/migrate';
import type { AppointmentTable } from '../src/server/db/schema';

/**
 * K clients racing for identical or staggered (9:00, 9:15, 9:30; 45 minutes) slots, on SQLite
 * and on PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL). Our path is the production
 * booking transaction (appointment + claims); the baseline is a naive check-then-insert in the
 * same run. Reports overlapping pairs (must be 0 for ours), attempts/s and latency.
 */
const MINUTE = 60_000;
const DURATION = 45 * MINUTE;
const ATTEMPTS_PER_CELL = Number(process.env.BENCH_ATTEMPTS ?? 4096);
const START = Date.UTC(2027, 0, 4, 14);
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

type Strategy = 'claims' | 'naive';

async function freshDatabase(
  engine: 'sqlite' | 'postgres',
): Promise<{ db: Db; drop: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'rp-contention-'));
    const db = createDb(`file:${join(dir, 'bench.db')}`);
    return {
      db,
      drop: async () => {
        await db.destroy();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `rp_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(pgUrl!);
  url.pathname = `/${name}`;
  const db = createDb(url.toString());
  return {
    db,
    drop: async () => {
      await db.destroy();
      const cleanup = new pg.Client({ connectionString: pgUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

async function prepare(db: Db, therapists: number) {
  await migrateToLatest(db);
  await db
    .insertInto('clinic')
    .values({
      id: 'c',
      name: 'Bench',
      address: '1 Main St',
      city: 'X',
      state: 'NY',
      zip: '10001',
      lat: 40.7,
      lon: -74,
      phone: '555-0100',
      time_zone: 'America/New_York',
      services: '[]',
      opening_hours: '[]',
    })
    .execute();
  await db
    .insertInto('appointment_type')
    .values({
      id: 'follow-up',
      name: 'Follow-up',
      description: '',
      duration_minutes: 45,
      buffer_minutes: 0,
      step_minutes: 15,
      min_notice_minutes: 0,
      horizon_days: 365,
    })
    .execute();
  await db
    .insertInto('therapist')
    .values(
      Array.from({ length: therapists }, (_, t) => ({
        id: `t${t}`,
        clinic_id: 'c',
        name: `T${t}`,
        credentials: 'PT',
        bio: '',
        working_hours: '[]',
      })),
    )
    .execute();
}

function appointment(therapist: string, start: number): AppointmentTable {
  return {
    id: crypto.randomUUID(),
    clinic_id: 'c',
    therapist_id: therapist,
    appointment_type_id: 'follow-up',
    starts_at: start,
    ends_at: start + DURATION,
    status: 'booked',
    guest_name: 'Bench',
    guest_email: 'b@example.com',
    guest_phone: '5550100000',
    idempotency_key: null,
    request_hash: 'bench',
    rescheduled_from: null,
    created_at: 0,
    cancelled_at: null,
    patient_user_id: null,
  };
}

/** The race the claims table prevents: look for a clash, then insert if none was seen. */
async function naiveBook(db: Db, row: AppointmentTable) {
  const clash = await db
    .selectFrom('appointment')
    .select('id')
    .where('therapist_id', '=', row.therapist_id)
    .where('status', '=', 'booked')
    .where('starts_at', '<', row.ends_at)
    .where('ends_at', '>', row.starts_at)
    .executeTakeFirst();
  if (clash) throw Object.assign(new Error('taken'), { code: '23505' });
  await new Promise((r) => setTimeout(r, Math.random() * 2)); // the gap every real request has
  await db.insertInto('appointment').values(row).execute();
}

async function runCell(
  db: Db,
  strategy: Strategy,
  k: number,
  therapists: number,
  staggered: boolean,
) {
  const rounds = Math.max(1, Math.floor(ATTEMPTS_PER_CELL / k));
  const latencies: number[] = [];
  let winners = 0;
  let unexpected = 0;
  const began = performance.now();
  for (let round = 0; round < rounds; round++) {
    const base = START + round * 3 * 60 * MINUTE; // rounds never overlap each other
    await Promise.all(
      Array.from({ length: k }, async (_, i) => {
        const start = base + (staggered ? (i % 3) * 15 * MINUTE : 0);
        const row = appointment(`t${i % therapists}`, start);
        const t = performance.now();
        try {
          await (strategy === 'claims' ? book(db, row, 0) : naiveBook(db, row));
          winners++;
        } catch (error) {
          if (!isUniqueViolation(error)) unexpected++;
        }
        latencies.push(performance.now() - t);
      }),
    );
  }
  const seconds = (performance.now() - began) / 1000;
  const { rows } = await sql<{
    n: number;
  }>`select count(*) as n from appointment a join appointment b
    on a.therapist_id = b.therapist_id and a.id < b.id and a.starts_at < b.ends_at and b.starts_at < a.ends_at`.execute(
    db,
  );
  latencies.sort((a, b) => a - b);
  const groups = rounds * Math.min(k, therapists);
  return {
    'overlapping pairs': Number(rows[0]!.n),
    'winners/slot': (winners / groups).toFixed(2),
    'attempts/s': Math.round((rounds * k) / seconds),
    'p50 ms': latencies[Math.floor(latencies.length * 0.5)]!.toFixed(2),
    'p99 ms': latencies[Math.floor(latencies.length * 0.99)]!.toFixed(2),
    errors: unexpected,
  };
}

const engines: ('sqlite' | 'postgres')[] = pgUrl ? ['sqlite', 'postgres'] : ['sqlite'];
if (!pgUrl)
  console.log('PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL to include it.');
for (const engine of engines) {
  const table: Record<string, object> = {};
  for (const therapists of [1, 8])
    for (const staggered of [false, true])
      for (const k of [2, 16, 64, 256])
        for (const strategy of ['claims', 'naive'] as const) {
          if (strategy === 'naive' && k !== 64) continue; // one baseline row per pattern is enough
          const { db, drop } = await freshDatabase(engine);
          try {
            await prepare(db, therapists);
            table[`${strategy} T=${therapists} ${staggered ? 'staggered' : 'identical'} K=${k}`] =
              await runCell(db, strategy, k, therapists, staggered);
          } finally {
            await drop();
          }
        }
  console.log(`\nbooking contention on ${engine} (${ATTEMPTS_PER_CELL} attempts per row)`);
  console.table(table);
}
