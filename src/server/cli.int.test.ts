import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Client } from '../../tests/setup/session';
import { testApp } from '../../tests/setup/test-db';
import { CSV_COLUMNS } from './account/export';
import { createUser } from './auth/queries';
import { createDb } from './db/create-db';

/*
 * Each command runs as its own process, the way people and cron run it: that start-up (about a
 * second, several under load) is what these tests spend their time on. So each test runs only
 * the commands it is about and prepares anything else directly in the database.
 */
const dir = mkdtempSync(join(tmpdir(), 'reliefpath-cli-'));
const url = `file:${join(dir, 'cli.db')}`;
const cli = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', resolve('src/server/cli.ts'), ...args], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      SEED_DEMO: 'false',
      RELIEFPATH_PASSWORD: 'a long cli passphrase',
      SESSION_SECRET: 'x'.repeat(40),
    },
    encoding: 'utf8',
  });

async function withDb<T>(work: (db: ReturnType<typeof createDb>) => Promise<T>): Promise<T> {
  const db = createDb(url);
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

async function addPatient(email: string) {
  const id = crypto.randomUUID();
  await withDb((db) =>
    createUser(db, { id, email, name: 'Pat Cli', role: 'patient', passwordHash: null, at: 0 }),
  );
  return id;
}

describe('command line', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Runs first: the tests after it use the database it migrates.
  it('migrates, and a second run finds nothing to do', () => {
    expect(cli('migrate')).toMatch(/Applied: 0001-safety-screening/);
    expect(cli('migrate')).toMatch(/Already up to date/);
  });

  it('creates a user who can sign in', async () => {
    expect(
      cli(
        'create-user',
        '--email',
        'Cli@Example.com',
        '--name',
        'Cli Person',
        '--role',
        'therapist',
      ),
    ).toMatch(/Created therapist cli@example.com/);
    const signedIn = await withDb((db) =>
      new Client(testApp(db)).signIn('cli@example.com', 'a long cli passphrase'),
    );
    expect(signedIn.body).toMatchObject({ user: { role: 'therapist', name: 'Cli Person' } });
  });

  it('creates an admin who manages only the locations given', async () => {
    await withDb((db) =>
      db
        .insertInto('clinic')
        .values({
          id: 'cli-clinic',
          name: 'ReliefPath PT Cli',
          address: '1 Main St',
          city: 'Tempe',
          state: 'AZ',
          zip: '85281',
          lat: 33.4,
          lon: -111.9,
          phone: '(480) 555-0100',
          time_zone: 'America/Phoenix',
          services: '[]',
          opening_hours: '[]',
        })
        .execute(),
    );
    expect(
      cli(
        'create-user',
        '--email',
        'm@example.com',
        '--name',
        'Manager',
        '--role',
        'admin',
        '--clinics',
        'cli-clinic',
      ),
    ).toMatch(/Created admin m@example.com, managing cli-clinic/);
    const rows = await withDb((db) =>
      db
        .selectFrom('staff_clinic')
        .innerJoin('user_account', 'user_account.id', 'staff_clinic.user_id')
        .select(['email', 'clinic_id'])
        .execute(),
    );
    expect(rows).toEqual([{ email: 'm@example.com', clinic_id: 'cli-clinic' }]);
  });

  it("exports one patient's logs, sessions, check-ins and habit answers as CSV", async () => {
    const id = await addPatient('export@example.com');
    await withDb(async (db) => {
      await db
        .insertInto('exercise_session')
        .values({
          id: 'cli-session',
          user_id: id,
          idempotency_key: 'cli-session-key',
          local_date: '2026-11-20',
          started_at: Date.parse('2026-11-20T14:00:00Z'),
          finished_at: Date.parse('2026-11-20T14:10:00Z'),
          outcome: 'finished',
          items: JSON.stringify([{ exerciseId: 'cat-cow', variant: 'seated', outcome: 'done' }]),
        })
        .execute();
      await db
        .insertInto('checkin_event')
        .values({
          id: 'cli-checkin',
          session_id: 'cli-session',
          user_id: id,
          exercise_id: 'cat-cow',
          variant: 'seated',
          pain_before: 3,
          pain_after: 2,
          tingling_spread: 0,
          numbness_spread: 0,
          sharp_pain: 0,
          lost_balance: 0,
          action: 'continue',
          at: Date.parse('2026-11-20T14:10:00Z'),
        })
        .execute();
      await db
        .insertInto('habit_check')
        .values({
          user_id: id,
          local_date: '2026-11-20',
          habit_id: 'walking',
          done: 1,
          updated_at: Date.parse('2026-11-20T20:00:00Z'),
        })
        .execute();
    });
    const [header, ...rows] = cli('export', '--email', 'export@example.com').trim().split('\r\n');
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(rows).toEqual([
      'session,2026-11-20,,,,,finished,1,,,,,,,,,,,,',
      'check-in,2026-11-20,,,,,,,2026-11-20T14:10:00.000Z,cat-cow,seated,3,2,no,no,no,no,continue,,',
      'habit,2026-11-20,,,,,,,,,,,,,,,,,walking,yes',
    ]);
  });

  it('sends due missed-day nudges once, for cron', async () => {
    const id = await addPatient('quiet@example.com');
    await withDb(async (db) => {
      const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
      await db
        .insertInto('daily_log')
        .values({
          user_id: id,
          local_date: twoDaysAgo,
          leg_pain: 4,
          back_pain: 2,
          psfs: '[]',
          notes: '',
          updated_at: Date.now(),
        })
        .execute();
      await db
        .insertInto('nudge_setting')
        .values({ user_id: id, email: 1, time_zone: 'UTC', updated_at: Date.now() })
        .execute();
      // A midnight reminder makes the nudge due whatever time of day the test runs.
      await db
        .insertInto('reminder')
        .values({ user_id: id, times: '["00:00"]', feed_token_hash: 'x', updated_at: 0 })
        .execute();
    });
    expect(cli('notify')).toBe('Sent 1 missed-day nudge.\n');
    expect(cli('notify')).toBe('Sent 0 missed-day nudges.\n');
  });
});
