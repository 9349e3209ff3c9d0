import autocannon from 'autocannon';
import { spawn } from 'node:child_process';

/**
 * The app against a bare node:http handler doing the same work, both served by one child
 * process (app-server.ts announces their ports), loaded by autocannon from this one.
 */
export type Servers = {
  ports: { real: number; bare: number };
  stop(): void;
  cpu(): Promise<number>;
};

export async function startServers(script: string, args: string[] = []): Promise<Servers> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const ports = await new Promise<{ real: number; bare: number }>((ok) =>
    child.stdout!.once('data', (d: Buffer) =>
      ok(JSON.parse(d.toString()) as { real: number; bare: number }),
    ),
  );
  return {
    ports,
    stop: () => child.kill(),
    /** The child's CPU time so far, in microseconds (user and system). */
    cpu: () =>
      new Promise((ok) => {
        child.once('message', (used: NodeJS.CpuUsage) => ok(used.user + used.system));
        child.send('cpu');
      }),
  };
}

/** What one side is asked: a path, and for a write its method and JSON body. */
export type Target = { path: string; method?: 'POST'; body?: string };

export type Load = { rps: number; p50: number; p99: number; cpuPerAnswer: number };

async function load(servers: Servers, port: number, target: Target, seconds: number) {
  const cpuBefore = await servers.cpu();
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${target.path}`,
    connections: Number(process.env.BENCH_CONNECTIONS ?? 32),
    duration: seconds,
    ...(target.body === undefined
      ? {}
      : {
          method: target.method,
          headers: { 'content-type': 'application/json' },
          body: target.body,
        }),
  });
  const cpu = (await servers.cpu()) - cpuBefore;
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${target.path}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuPerAnswer: cpu / result.requests.total,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export const RACE_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
export const RACE_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
export const raceSettings = () =>
  `median of ${RACE_ROUNDS} rounds of ${RACE_SECONDS}s each side, ${process.env.BENCH_CONNECTIONS ?? 32} connections`;

/**
 * Both sides warmed up, then rounds that take turns, so a neighbour's load on this machine
 * weighs on both alike; the ratio is the median of the rounds'. Each side's CPU time per answer
 * is counted too: on two cores the load generator takes one, and a side it cannot keep busy
 * shows less throughput than it has.
 */
export async function race(servers: Servers, bare: Target, real: Target) {
  // A fair race: both sides must give the same answer, byte for byte.
  const [realAnswer, bareAnswer] = await Promise.all(
    [
      { port: servers.ports.real, target: real },
      { port: servers.ports.bare, target: bare },
    ].map(async ({ port, target }) =>
      (
        await fetch(`http://127.0.0.1:${port}${target.path}`, {
          method: target.method ?? 'GET',
          headers: target.body === undefined ? {} : { 'content-type': 'application/json' },
          body: target.body,
        })
      ).text(),
    ),
  );
  if (realAnswer !== bareAnswer)
    throw new Error(`${real.path}: the bare handler answers differently from the app`);
  await load(servers, servers.ports.bare, bare, 2); // JIT, prepared statements, caches
  await load(servers, servers.ports.real, real, 2);
  const rounds: { bare: Load; real: Load; ratio: number }[] = [];
  for (let round = 0; round < RACE_ROUNDS; round++) {
    const b = await load(servers, servers.ports.bare, bare, RACE_SECONDS);
    const r = await load(servers, servers.ports.real, real, RACE_SECONDS);
    rounds.push({ bare: b, real: r, ratio: r.rps / b.rps });
  }
  const of = (pick: (m: (typeof rounds)[number]) => number) => median(rounds.map(pick));
  const ratio = of((m) => m.ratio);
  return {
    'app req/s': Math.round(of((m) => m.real.rps)),
    'app p50 ms': of((m) => m.real.p50),
    'app p99 ms': of((m) => m.real.p99),
    'bare req/s': Math.round(of((m) => m.bare.rps)),
    'app CPU µs': Math.round(of((m) => m.real.cpuPerAnswer)),
    'bare CPU µs': Math.round(of((m) => m.bare.cpuPerAnswer)),
    ratio: ratio.toFixed(2),
    'each round': rounds.map((m) => m.ratio.toFixed(2)).join(' '),
    'goal >= 0.5': ratio >= 0.5 ? 'met' : 'NOT met',
  };
}
