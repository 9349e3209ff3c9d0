import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../tests/setup/child-server';
import { createDb } from './db/create-db';

const workDir = mkdtempSync(join(tmpdir(), 'reliefpath-cwd-'));
const dbDir = mkdtempSync(join(tmpdir(), 'reliefpath-db-'));

describe('files on disk', () => {
  afterAll(() => {
    rmSync(workDir, { recursive: true, force: true });
    rmSync(dbDir, { recursive: true, force: true });
  });

  it('writes nothing to ./data when DATABASE_URL points elsewhere; the secret lives in the database', async () => {
    const port = await freePort();
    // No SESSION_SECRET: the server makes one and keeps it.
    const inherited = { ...process.env };
    delete inherited.SESSION_SECRET;
    // Started from an empty directory, as `npm run serve` would be from wherever it is run.
    const child = spawn(
      process.execPath,
      ['--import', import.meta.resolve('tsx'), resolve('src/server/cli.ts'), 'serve'],
      {
        cwd: workDir,
        env: {
          ...inherited,
          DATABASE_URL: `file:${join(dbDir, 'elsewhere.db')}`,
          SEED_DEMO: 'false',
          LOG_LEVEL: 'error',
          HOST: '127.0.0.1',
          PORT: String(port),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise((done) => child.once('exit', done));
    try {
      const deadline = Date.now() + 15_000;
      let ready = false;
      while (!ready && Date.now() < deadline && child.exitCode === null) {
        ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
          (r) => r.ok,
          () => false,
        );
        if (!ready) await new Promise((r) => setTimeout(r, 100));
      }
      expect(ready, output).toBe(true);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    expect(readdirSync(workDir)).toEqual([]);
    expect(readdirSync(dbDir).every((name) => name.startsWith('elsewhere.db'))).toBe(true);
    const db = createDb(`file:${join(dbDir, 'elsewhere.db')}`);
    try {
      const secret = await db
        .selectFrom('app_secret')
        .select('value')
        .where('name', '=', 'signing')
        .executeTakeFirst();
      expect(secret?.value.length).toBeGreaterThanOrEqual(32);
    } finally {
      await db.destroy();
    }
  });
});
