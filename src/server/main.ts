import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createApp } from './app';
import { createDb, dialectOf } from './db/create-db';
import { migrateToLatest } from './db/migrate';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, hasDemoData, seedDemoData } from './db/seed';
import { readEnv } from './env';
import { createLogger } from './http/logging';
import { mailerFor } from './mail';
import { createNotifier } from './notify/notifier';

/** How often due missed-day nudges are looked for. */
const SWEEP_EVERY_MS = 5 * 60_000;

/** Composition root: env -> db -> app -> listen. */
export async function startServer() {
  const env = readEnv();
  const logger = createLogger(env.LOG_LEVEL);
  const db = createDb(env.DATABASE_URL);
  const applied = await migrateToLatest(db);
  logger.info('database ready', {
    dialect: dialectOf(env.DATABASE_URL),
    migrationsApplied: applied,
  });
  if (env.SEED_DEMO && !(await hasDemoData(db))) {
    const seeded = await seedDemoData(db, Date.now());
    process.stdout.write(
      `Seeded demo data: ${seeded.clinics} clinics, ${seeded.therapists} therapists, ${seeded.appointments} booked visits.\n`,
    );
  }

  const demoMode = !env.SMTP_URL;
  const mailer = await mailerFor(env, db);
  const notifier = createNotifier({
    db,
    mailer,
    publicUrl: env.PUBLIC_URL,
    now: () => new Date(),
    logger,
  });
  const app = createApp({
    db,
    logger,
    publicUrl: env.PUBLIC_URL,
    secret: env.SESSION_SECRET,
    demoMode,
    mailer,
    notifier,
  });
  const sweep = () =>
    notifier.sweep().then(
      ({ nudged }) => nudged > 0 && logger.info('missed-day nudges sent', { nudged }),
      (error: unknown) => logger.error('nudge sweep failed', { error: String(error) }),
    );
  void sweep();
  const sweeper = setInterval(() => void sweep(), SWEEP_EVERY_MS);
  if (existsSync(join(env.STATIC_DIR, 'index.html'))) {
    const root = relative(process.cwd(), env.STATIC_DIR);
    const indexHtml = readFileSync(join(env.STATIC_DIR, 'index.html'), 'utf8');
    app.use(
      '/assets/*',
      serveStatic({
        root,
        onFound: (_p, c) => c.header('cache-control', 'public, max-age=31536000, immutable'),
      }),
    );
    app.use('/*', serveStatic({ root }));
    // Client-side routes all load the single-page app.
    app.get('*', (c) => c.html(indexHtml));
  } else logger.warn('no built web app found; run npm run build', { staticDir: env.STATIC_DIR });

  const demoUsers = await db
    .selectFrom('user_account')
    .select(['email', 'role'])
    .where(
      'email',
      'in',
      DEMO_ACCOUNTS.map((a) => a.email),
    )
    .execute();
  const logins = demoUsers
    .map((u) => `  ${u.role.padEnd(9)} ${u.email}  /  ${DEMO_PASSWORD}`)
    .join('\n');
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    logger.info('listening', {
      url: `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${info.port}`,
    });
    process.stdout.write(`\nReliefPath is running at ${env.PUBLIC_URL}\n\n`);
    if (logins)
      process.stdout.write(
        `Demo sign-ins:\n${logins}\n${demoMode ? `Mail goes to ${env.PUBLIC_URL}/outbox\n` : ''}\n`,
      );
  });
  const shutdown = () => {
    clearInterval(sweeper);
    server.close();
    void db.destroy().finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
