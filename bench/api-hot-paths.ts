import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDb } from '../src/server/db/create-db';
import { migrateToLatest } from '../src/server/db/migrate';
import { seedDemoData } from '../src/server/db/seed';
import { startServer } from '../tests/setup/child-server';

/**
 * The two busiest public reads on the seeded demo chain: GET /api/v1/slots (one clinic, one
 * week) and GET /api/v1/clinics?zip=10001, each against a bare node:http handler doing the
 * same domain and data work (api-servers.ts), in the same run on this machine; goal ratio
 * >= 0.5, as the median of rounds that alternate between the two. Each side's CPU time per
 * answer is shown too: on two cores the load generator takes one, and a side it cannot keep
 * busy shows less throughput than it has. Then the first /slots answer of a freshly started server (goal < 200 ms), the way a
 * person meets it after a deploy.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

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

/** The servers' process's CPU time so far, in microseconds (user and system). */
function serversCpu(): Promise<number> {
  return new Promise((ok) => {
    child.once('message', (used: NodeJS.CpuUsage) => ok(used.user + used.system));
    child.send('cpu');
  });
}

/** One load of `seconds` on a path: throughput, latency and the server's CPU per answer. */
async function load(port: number, path: string, duration = seconds) {
  const cpuBefore = await serversCpu();
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${path}`,
    connections,
    duration,
  });
  const cpu = (await serversCpu()) - cpuBefore;
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${path}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuPerAnswer: cpu / result.requests.total,
  };
}

type Load = Awaited<ReturnType<typeof load>>;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const child = spawn(
  process.execPath,
  ['--import', 'tsx', resolve(import.meta.dirname, 'api-servers.ts'), file],
  { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] },
);
const ports = await new Promise<{ real: number; bare: number }>((ok) =>
  child.stdout!.once('data', (d: Buffer) =>
    ok(JSON.parse(d.toString()) as { real: number; bare: number }),
  ),
);

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
  // A fair race: both servers must give the same answer, byte for byte.
  for (const c of cases) {
    const [real, bare] = await Promise.all(
      [`${ports.real}${c.real}`, `${ports.bare}${c.bare}`].map(async (to) =>
        (await fetch(`http://127.0.0.1:${to}`)).text(),
      ),
    );
    if (real !== bare)
      throw new Error(`${c.name}: the bare handler answers differently from the app`);
  }
  console.log(
    `API hot paths: median of ${rounds} rounds of ${seconds}s each side, ${connections} connections, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
  );
  const rows: Record<string, Record<string, string | number>> = {};
  for (const c of cases) {
    await load(ports.bare, c.bare, 2); // warm-up: JIT, prepared statements, caches
    await load(ports.real, c.real, 2);
    // Rounds take turns, so a neighbour's load on this machine weighs on both sides alike.
    const measured: { bare: Load; real: Load; ratio: number }[] = [];
    for (let round = 0; round < rounds; round++) {
      const bare = await load(ports.bare, c.bare);
      const real = await load(ports.real, c.real);
      measured.push({ bare, real, ratio: real.rps / bare.rps });
    }
    const ratio = median(measured.map((m) => m.ratio));
    const of = (pick: (m: (typeof measured)[number]) => number) => median(measured.map(pick));
    rows[c.name] = {
      'app req/s': Math.round(of((m) => m.real.rps)),
      'app p50 ms': of((m) => m.real.p50),
      'app p99 ms': of((m) => m.real.p99),
      'bare req/s': Math.round(of((m) => m.bare.rps)),
      'app CPU µs': Math.round(of((m) => m.real.cpuPerAnswer)),
      'bare CPU µs': Math.round(of((m) => m.bare.cpuPerAnswer)),
      ratio: ratio.toFixed(2),
      'each round': measured.map((m) => m.ratio.toFixed(2)).join(' '),
      'goal >= 0.5': ratio >= 0.5 ? 'met' : 'NOT met',
    };
  }
  console.table(rows);
} finally {
  child.kill();
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
