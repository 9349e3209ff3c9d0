import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { E2E_SECRET, startServer, type ChildServer } from './child-server';

/**
 * Each browser test file gets a server and a copy of the seeded database of its own, so no file
 * depends on what another one booked or changed, and files can run side by side.
 */
let server: ChildServer | undefined;
let dir = '';

export function baseUrl(): string {
  if (!server) throw new Error('The test server is not running yet (used before beforeAll?)');
  return server.url;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'reliefpath-e2e-'));
  const db = join(dir, 'e2e.db');
  const seeded = inject('seededDb');
  // SQLite keeps recent writes in the -wal file until a checkpoint: copy it too when present.
  for (const suffix of ['', '-wal', '-shm'])
    if (existsSync(seeded + suffix)) copyFileSync(seeded + suffix, db + suffix);
  server = await startServer({
    DATABASE_URL: `file:${db}`,
    SESSION_SECRET: E2E_SECRET,
    SEED_DEMO: 'true',
  });
});

afterAll(async () => {
  await server?.stop();
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});
