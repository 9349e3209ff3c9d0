import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Client } from '../../tests/setup/session';
import { testApp } from '../../tests/setup/test-db';
import { createDb } from './db/create-db';

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

describe('command line', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates, creates a user who can sign in, and exports their data as CSV', async () => {
    expect(cli('migrate')).toMatch(/Applied: 0001-safety-screening/);
    expect(cli('migrate')).toMatch(/Already up to date/);
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
    const db = createDb(url);
    try {
      const signedIn = await new Client(testApp(db)).signIn(
        'cli@example.com',
        'a long cli passphrase',
      );
      expect(signedIn.body).toMatchObject({ user: { role: 'therapist', name: 'Cli Person' } });
    } finally {
      await db.destroy();
    }
    expect(cli('export', '--email', 'cli@example.com').split('\r\n')[0]).toBe(
      'record,date,leg_pain,back_pain,activities,notes,session_outcome,exercises_done,' +
        'checkin_time,exercise,variant,pain_before,pain_after,tingling_spread,numbness_spread,' +
        'sharp_pain,lost_balance,checkin_advice',
    );
  });

  it('sends due missed-day nudges once, for cron', async () => {
    cli('create-user', '--email', 'quiet@example.com', '--name', 'Quinn Quiet');
    const db = createDb(url);
    try {
      const user = await db
        .selectFrom('user_account')
        .select('id')
        .where('email', '=', 'quiet@example.com')
        .executeTakeFirstOrThrow();
      const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
      await db
        .insertInto('daily_log')
        .values({
          user_id: user.id,
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
        .values({ user_id: user.id, email: 1, time_zone: 'UTC', updated_at: Date.now() })
        .execute();
      // A midnight reminder makes the nudge due whatever time of day the test runs.
      await db
        .insertInto('reminder')
        .values({ user_id: user.id, times: '["00:00"]', feed_token_hash: 'x', updated_at: 0 })
        .execute();
    } finally {
      await db.destroy();
    }
    expect(cli('notify')).toBe('Sent 1 missed-day nudge.\n');
    expect(cli('notify')).toBe('Sent 0 missed-day nudges.\n');
  });
});
