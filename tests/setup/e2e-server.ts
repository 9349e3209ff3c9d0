import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from './child-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = resolve(import.meta.dirname, '../..');

/** Starts the real built server on a free port with a temporary SQLite database. */
export default async function setup(project: TestProject) {
  if (!existsSync(join(root, 'dist/web/index.html')))
    throw new Error('The web app is not built: run `npm run build` before the browser tests.');
  const dir = mkdtempSync(join(tmpdir(), 'reliefpath-e2e-'));
  const server = await startServer({
    DATABASE_URL: `file:${join(dir, 'e2e.db')}`,
    SESSION_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e',
    SEED_DEMO: 'true',
  });
  project.provide('baseUrl', server.url);
  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
