import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDb } from '../src/server/db/create-db';
import { migrateToLatest } from '../src/server/db/migrate';
import { seedDemoData } from '../src/server/db/seed';
import { startServer } from '../tests/setup/child-server';
import { race, raceSettings, startServers } from './race';

/**
 * The two busiest public reads on the seeded demo chain: GET /api/v1/slots (one clinic, one
 * week) and GET /api/v1/clinics?zip=10001, each against a bare node:http handler doing the
 * same domain and data work (api-servers.ts), in the same run on this machine (race.ts); goal
 * ratio >= 0.5. Then the first /slots answer of a freshly started server (goal < 200 ms), the way a
 * person meets it after a deploy.
 */

const dir = mkdtempSync(join(tmpdir(), 'reliefpath-api-bench-'));
const file = join(dir, 'bench.db');
const seeded = createDb(`file:${file}`);
await migrateToLatest(seeded);
const now = Date.now();
await seedDemoData(seeded, now);
const clinic = await seeded
  .selectFrom('clinic')
  .select(['id'])
  .where('city', '=', 'Chicago')
  .orderBy('id')
  .executeTakeFirstOrThrow();
await seeded.destroy();

// A week from the next UTC midnight: the booking page's week view.
const from = new Date(Math.ceil(now / 86_400_000) * 86_400_000);
const to = new Date(from.getTime() + 7 * 86_400_000);
const slotsQuery = `clinicId=${clinic.id}&appointmentType=initial-evaluation&from=${from.toISOString()}&to=${to.toISOString()}`;

const servers = await startServers(resolve(import.meta.dirname, 'api-servers.ts'), [file]);
const ports = servers.ports;

try {
  const slotCount = (
    (await (await fetch(`http://127.0.0.1:${ports.real}/api/v1/slots?${slotsQuery}`)).json()) as {
      slots: unknown[];
    }
  ).slots.length;
  const cases = [
    {
      name: `GET /api/v1/slots (1 week, ${slotCount} slots)`,
      real: `/api/v1/slots?${slotsQuery}`,
      bare: `/slots?${slotsQuery}`,
    },
    {
      name: 'GET /api/v1/clinics?zip=10001',
      real: '/api/v1/clinics?zip=10001',
      bare: '/clinics?zip=10001',
    },
  ];
  console.log(
    `API hot paths: ${raceSettings()}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
  );
  const rows: Record<string, Awaited<ReturnType<typeof race>>> = {};
  for (const c of cases) rows[c.name] = await race(servers, { path: c.bare }, { path: c.real });
  console.table(rows);
} finally {
  servers.stop();
}

// Cold: a new server process on the same data, its first and second /slots answers.
const cold = await startServer({ DATABASE_URL: `file:${file}`, SEED_DEMO: 'false' });
try {
  const time = async () => {
    const t = performance.now();
    const res = await fetch(`${cold.url}/api/v1/slots?${slotsQuery}`);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`cold /slots answered ${res.status}`);
    return performance.now() - t;
  };
  const first = await time();
  const second = await time();
  console.log(
    `cold start: first /slots ${first.toFixed(0)} ms (goal < 200 ms ${first < 200 ? 'met' : 'NOT met'}), second ${second.toFixed(0)} ms`,
  );
} finally {
  await cold.stop();
  rmSync(dir, { recursive: true, force: true });
}
