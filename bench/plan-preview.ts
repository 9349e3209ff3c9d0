import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { CONTRACT_INTAKE } from '../tests/fixtures/contract-intake';

/**
 * Requests/s of POST /api/v1/plan/preview against a bare node:http handler doing the same
 * parse-validate-plan work, both measured in this run on this machine. The servers run in a child process so the load
 * generator does not share their event loop. Goal: ratio >= 0.5.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);

const intake = CONTRACT_INTAKE;

const child = spawn(
  process.execPath,
  ['--import', 'tsx', resolve(import.meta.dirname, 'plan-preview-servers.ts')],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const ports = await new Promise<{ real: number; bare: number }>((ok) =>
  child.stdout.once('data', (d: Buffer) =>
    ok(JSON.parse(d.toString()) as { real: number; bare: number }),
  ),
);

async function load(port: number, path: string) {
  const run = (duration: number) =>
    autocannon({
      url: `http://127.0.0.1:${port}${path}`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(intake),
      connections,
      duration,
    });
  await run(2); // warm-up: JIT and connection pools
  const result = await run(seconds);
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${path}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
  };
}

try {
  const bare = await load(ports.bare, '/');
  const real = await load(ports.real, '/api/v1/plan/preview');
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `plan-preview benchmark: ${seconds}s, ${connections} connections, ${cpus().length} × ${cpu}, Node ${process.version}`,
  );
  console.table({
    'bare node:http (same work)': {
      'req/s': Math.round(bare.rps),
      'p50 ms': bare.p50,
      'p99 ms': bare.p99,
      requests: bare.total,
    },
    'POST /api/v1/plan/preview': {
      'req/s': Math.round(real.rps),
      'p50 ms': real.p50,
      'p99 ms': real.p99,
      requests: real.total,
    },
  });
  const ratio = real.rps / bare.rps;
  console.log(
    `ratio (app / bare): ${ratio.toFixed(2)}  goal >= 0.5  ${ratio >= 0.5 ? 'met' : 'NOT met'}`,
  );
} finally {
  child.kill();
}
