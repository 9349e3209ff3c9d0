import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createApp } from './app';
import { pruneSpentLinks } from './auth/queries';
import { sharedSecret } from './db/app-secret';
import { createDb, dialectOf, type Db } from './db/create-db';
import { migrateToLatest } from './db/migrate';
import { pruneRateLimits } from './db/rate-limits';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  disableDemoSignIns,
  hasDemoData,
  seedDemoData,
} from './db/seed';
import { readEnv, servingProblems, type Env } from './env';
import { createBackground } from './http/background';
import { createNodeServer } from './http/node-server';
import { serveWebApp } from './http/web-app';
import { createLogger } from './http/logging';
import { mailerFor } from './mail';
import { createNotifier } from './notify/notifier';

/** How often due missed-day nudges are looked for. */
const SWEEP_EVERY_MS = 5 * 60_000;
/** Rate-limit windows and links last at most an hour; the sweep drops what is a day old. */
const RATE_LIMIT_KEEP_MS = 24 * 3600_000;
/** Where the signing secret was kept before it moved into the database. */
const LEGACY_SECRET_FILE = resolve('data/session-secret');

/** SESSION_SECRET when set; else the database's own, started from an older install's file. */
async function signingSecret(env: Env, db: Db): Promise<string> {
  if (env.SESSION_SECRET) return env.SESSION_SECRET;
  const legacy = existsSync(LEGACY_SECRET_FILE)
    ? readFileSync(LEGACY_SECRET_FILE, 'utf8').trim()
    : '';
  const candidate = legacy.length >= 32 ? legacy : randomBytes(32).toString('base64url');
  return sharedSecret(db, candidate, Date.now());
}

/** Composition root: env -> db -> app -> listen. */
export async function startServer() {
  const env = readEnv();
  const problems = servingProblems(env);
  if (problems.length > 0) throw new Error(`ReliefPath did not start.\n${problems.join('\n')}`);
  const logger = createLogger(env.LOG_LEVEL);
  const db = createDb(env.DATABASE_URL);
  const applied = await migrateToLatest(db);
  logger.info('database ready', {
    dialect: dialectOf(env.DATABASE_URL),
    migrationsApplied: applied,
    exposure: env.EXPOSURE,
  });
  if (env.SEED_DEMO && !(await hasDemoData(db))) {
    const seeded = await seedDemoData(db, Date.now());
    process.stdout.write(
      `Seeded demo data: ${seeded.clinics} clinics, ${seeded.therapists} therapists, ${seeded.appointments} booked visits.\n`,
    );
  }
  const demoSignIns = env.EXPOSURE === 'local';
  if (!demoSignIns && (await disableDemoSignIns(db)) > 0)
    process.stdout.write(
      'Demo accounts can no longer sign in: their password is public and this server can be reached from other machines.\n',
    );

  // A reachable server without SMTP never gets here (servingProblems), so no SMTP means local.
  const demoMode = !env.SMTP_URL;
  const mailer = await mailerFor(env, db);
  // Link emails and care-team alerts run after their answers; shutdown waits for both.
  const background = createBackground(logger);
  const notifier = createNotifier({
    db,
    mailer,
    publicUrl: env.PUBLIC_URL,
    now: () => new Date(),
    logger,
    background,
  });
  const app = createApp({
    db,
    logger,
    background,
    publicUrl: env.PUBLIC_URL,
    secret: await signingSecret(env, db),
    demoMode,
    trustProxy: env.TRUST_PROXY,
    mailer,
    mailFrom: env.MAIL_FROM,
    notifier,
  });
  const sweep = () =>
    Promise.all([
      notifier.sweep(),
      pruneRateLimits(db, Date.now() - RATE_LIMIT_KEEP_MS),
      pruneSpentLinks(db, Date.now() - RATE_LIMIT_KEEP_MS),
    ]).then(
      ([{ nudged }]) => nudged > 0 && logger.info('missed-day nudges sent', { nudged }),
      (error: unknown) => logger.error('periodic sweep failed', { error: String(error) }),
    );
  void sweep();
  const sweeper = setInterval(() => void sweep(), SWEEP_EVERY_MS);
  if (!serveWebApp(app, env.STATIC_DIR))
    logger.warn('no built web app found; run npm run build', { staticDir: env.STATIC_DIR });

  const demoUsers = demoSignIns
    ? await db
        .selectFrom('user_account')
        .select(['email', 'role'])
        .where(
          'email',
          'in',
          DEMO_ACCOUNTS.map((a) => a.email),
        )
        .where('password_hash', 'is not', null)
        .execute()
    : [];
  const logins = demoUsers
    .map((u) => `  ${u.role.padEnd(9)} ${u.email}  /  ${DEMO_PASSWORD}`)
    .join('\n');
  const server = createNodeServer(app.fetch, {
    hostname: env.HOST,
    requestTimeoutMs: env.REQUEST_TIMEOUT_SECONDS * 1000,
  });
  server.listen(env.PORT, env.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : env.PORT;
    logger.info('listening', {
      url: `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${port}`,
    });
    process.stdout.write(`\nReliefPath is running at ${env.PUBLIC_URL}\n\n`);
    if (logins)
      process.stdout.write(
        `Demo sign-ins:\n${logins}\n${demoMode ? `Mail goes to ${env.PUBLIC_URL}/outbox (readable on this machine only)\n` : ''}\n`,
      );
  });
  const shutdown = () => {
    clearInterval(sweeper);
    server.close();
    // Let emails already on their way go out, but never hang on a stuck mail server.
    const drained = Promise.race([background.settled(), new Promise((r) => setTimeout(r, 5000))]);
    void drained.then(() => db.destroy()).finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
