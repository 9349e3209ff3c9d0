import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { E2E_SECRET, startServer } from './child-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated database with the demo data, seeded once, that each test file copies. */
    seededDb: string;
  }
}

const root = resolve(import.meta.dirname, '../..');

/**
 * Seeds the demo data once, the way `npm start` does on first run, by running the real built
 * server on it. Each browser test file then serves a copy of its own (tests/setup/e2e-file-server.ts).
 */
export default async function setup(project: TestProject) {
  if (!existsSync(join(root, 'dist/web/index.html')))
    throw new Error('The web app is not built: run `npm run build` before the browser tests.');
  const dir = mkdtempSync(join(tmpdir(), 'reliefpath-e2e-seed-'));
  const seededDb = join(dir, 'seeded.db');
  const server = await startServer({
    DATABASE_URL: `file:${seededDb}`,
    SESSION_SECRET: E2E_SECRET,
    SEED_DEMO: 'true',
  });
  await server.stop();
  project.provide('seededDb', seededDb);
  return () => rmSync(dir, { recursive: true, force: true });
}
