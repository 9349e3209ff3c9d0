import { serve } from '@hono/node-server';
import { createApp } from '../src/server/app';
import type { Db } from '../src/server/db/create-db';
import { createLogger } from '../src/server/http/logging';

/**
 * The real app on a free loopback port, as the benchmarks load it: logging at info level into
 * a sink, so the cost of building each log line is counted.
 */
export function serveApp(db: Db) {
  const app = createApp({
    db,
    logger: createLogger('info', () => undefined),
    publicUrl: 'http://localhost',
    secret: 'bench-secret-bench-secret-bench-secret',
  });
  return serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
}

/** Both servers' ports, once they listen, on stdout for the benchmark that started them. */
export async function announcePorts(real: { address(): unknown }, bare: { address(): unknown }) {
  await new Promise((r) => setTimeout(r, 200));
  const port = (s: { address(): unknown }) => (s.address() as { port: number }).port;
  process.stdout.write(`${JSON.stringify({ real: port(real), bare: port(bare) })}\n`);
  // The benchmark asks how much CPU this process has used, to count each side's cost per answer.
  process.on('message', () => process.send?.(process.cpuUsage()));
}
