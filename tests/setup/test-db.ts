import { afterAll, beforeAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createApp } from '../../src/server/app';
import { createDb, type Db, type Dialect } from '../../src/server/db/create-db';
import { migrateToLatest } from '../../src/server/db/migrate';
import { seedDemoData, type SeedOptions } from '../../src/server/db/seed';
import { createBackground, type Background } from '../../src/server/http/background';
import { createLogger } from '../../src/server/http/logging';

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL points at a server. */
export const DIALECTS: Dialect[] = process.env.TEST_DATABASE_URL
  ? ['sqlite', 'postgres']
  : ['sqlite'];

export type TestDb = { db: Db; url: string; close: () => Promise<void> };

/** A fresh, migrated database of its own for each test file. */
export async function openTestDb(dialect: Dialect): Promise<TestDb> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'reliefpath-'));
    const url = `file:${join(dir, 'test.db')}`;
    const db = createDb(url);
    await migrateToLatest(db);
    return {
      db,
      url,
      close: async () => {
        await db.destroy();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `rp_test_${process.pid}_${Math.floor(performance.now() * 1000).toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = createDb(url.toString());
  await migrateToLatest(db);
  return {
    db,
    url: url.toString(),
    close: async () => {
      await db.destroy();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/** What each test app still has running after its answers (link emails), to wait for. */
export const backgroundOf = new WeakMap<object, Background>();

export function testApp(db: Db, now?: () => Date) {
  const logger = createLogger('silent');
  const background = createBackground(logger);
  const app = createApp({
    db,
    logger,
    publicUrl: 'http://localhost:3000',
    secret: 'test-secret-test-secret-test-secret',
    demoMode: true,
    trustProxy: 1,
    background,
    ...(now ? { now } : {}),
  });
  backgroundOf.set(app, background);
  return app;
}

export async function postJson(app: ReturnType<typeof testApp>, path: string, body: unknown) {
  return await app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A fresh database and app for the enclosing describe block, closed after it. */
export function useTestApp(dialect: Dialect, now?: () => Date) {
  const ctx = {} as { t: TestDb; app: ReturnType<typeof testApp> };
  beforeAll(async () => {
    ctx.t = await openTestDb(dialect);
    ctx.app = testApp(ctx.t.db, now);
  });
  afterAll(() => ctx.t.close());
  return ctx;
}

/**
 * As useTestApp, with the demo clinic chain seeded as of `now`: all 61 clinics and their ~8,000
 * visits (a second or two on PostgreSQL, several under load), or only `options.cities`.
 */
export function useSeededApp(dialect: Dialect, now: Date, options: SeedOptions = {}) {
  const ctx = {} as { t: TestDb; app: ReturnType<typeof testApp> };
  beforeAll(async () => {
    ctx.t = await openTestDb(dialect);
    await seedDemoData(ctx.t.db, now.getTime(), options);
    ctx.app = testApp(ctx.t.db, () => now);
  });
  afterAll(() => ctx.t.close());
  return ctx;
}

export async function getJson<T = Record<string, unknown>>(
  app: ReturnType<typeof testApp>,
  path: string,
) {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as T, headers: res.headers };
}
