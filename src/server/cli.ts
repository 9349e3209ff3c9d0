import { createInterface } from 'node:readline/promises';
import { readEnv } from './env';

// Each command imports only what it uses, so a one-off command (cron's `notify`, a test)
// starts without loading the whole server.
const USAGE = `Usage: reliefpath <command>

Commands:
  serve     migrate the database and serve the app (default)
  migrate   apply pending database migrations and exit
  seed      add the demo clinic chain to an empty database
  create-user --email E --name N --role patient|therapist|admin [--therapist-id ID] [--clinics ID,ID]
            create an account; the password is read from RELIEFPATH_PASSWORD or prompted;
            an admin given --clinics manages only those locations, otherwise the whole chain
  export --email E
            write one patient's logs, sessions and check-ins as CSV to standard output
  notify    send the missed-day nudges due now and exit (for cron; serve also does this)

Environment: PORT, HOST, DATABASE_URL (file:… or postgres://…), PUBLIC_URL, SMTP_URL, MAIL_FROM,
TRUST_PROXY, SESSION_SECRET, REQUEST_TIMEOUT_SECONDS, LOG_LEVEL, SEED_DEMO (see the README)`;

/** --key value pairs after the command. */
function options(args: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2)
    if (args[i]?.startsWith('--') && args[i + 1]) out[args[i]!.slice(2)] = args[i + 1]!;
  return out;
}

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

async function main(command = 'serve') {
  switch (command) {
    case 'serve':
      return (await import('./main')).startServer();
    case 'migrate': {
      const { createDb } = await import('./db/create-db');
      const { migrateToLatest } = await import('./db/migrate');
      const db = createDb(readEnv().DATABASE_URL);
      const applied = await migrateToLatest(db);
      await db.destroy();
      process.stdout.write(
        applied.length ? `Applied: ${applied.join(', ')}\n` : 'Already up to date.\n',
      );
      return;
    }
    case 'seed': {
      const { createDb } = await import('./db/create-db');
      const { migrateToLatest } = await import('./db/migrate');
      const { hasDemoData, seedDemoData } = await import('./db/seed');
      const db = createDb(readEnv().DATABASE_URL);
      await migrateToLatest(db);
      if (await hasDemoData(db))
        process.stdout.write('The database already has clinics; nothing seeded.\n');
      else {
        const seeded = await seedDemoData(db, Date.now());
        // The same line as `serve` prints when it seeds; the README quotes these figures.
        process.stdout.write(
          `Seeded demo data: ${seeded.clinics} clinics, ${seeded.therapists} therapists, ${seeded.appointments} booked visits.\n`,
        );
      }
      await db.destroy();
      return;
    }
    case 'create-user': {
      const { z } = await import('zod');
      const { hash } = await import('@node-rs/argon2');
      const { EmailSchema, PasswordSchema } = await import('./auth/schemas');
      const { createUser } = await import('./auth/queries');
      const { createDb } = await import('./db/create-db');
      const { migrateToLatest } = await import('./db/migrate');
      const args = options(process.argv.slice(3));
      const role = z.enum(['patient', 'therapist', 'admin']).parse(args.role ?? 'patient');
      const email = EmailSchema.parse(args.email);
      const password = PasswordSchema.parse(
        process.env.RELIEFPATH_PASSWORD ?? (await ask('Password (10+ characters): ')),
      );
      const db = createDb(readEnv().DATABASE_URL);
      await migrateToLatest(db);
      const id = crypto.randomUUID();
      const clinics = (args.clinics ?? '').split(',').filter(Boolean);
      if (clinics.length > 0 && role !== 'admin')
        throw new Error('--clinics is for admin accounts: the locations they manage.');
      await createUser(db, {
        id,
        email,
        name: z.string().min(2).parse(args.name),
        role,
        passwordHash: await hash(password),
        therapistId: args['therapist-id'] ?? null,
        at: Date.now(),
      });
      if (clinics.length > 0)
        await db
          .insertInto('staff_clinic')
          .values(clinics.map((clinic_id) => ({ user_id: id, clinic_id })))
          .execute();
      await db.destroy();
      process.stdout.write(
        `Created ${role} ${email}${clinics.length ? `, managing ${clinics.join(', ')}` : ''}.\n`,
      );
      return;
    }
    case 'export': {
      const { EmailSchema } = await import('./auth/schemas');
      const { createDb } = await import('./db/create-db');
      const { progressCsv } = await import('./account/export');
      const { exportRecords } = await import('./account/queries');
      const email = EmailSchema.parse(options(process.argv.slice(3)).email);
      const db = createDb(readEnv().DATABASE_URL);
      try {
        const user = await db
          .selectFrom('user_account')
          .select('id')
          .where('email', '=', email)
          .executeTakeFirst();
        if (!user) throw new Error(`No account uses ${email}.`);
        const records = await exportRecords(db, user.id);
        process.stdout.write(
          progressCsv(records.logs, records.sessions, records.checkins, records.habits),
        );
      } finally {
        await db.destroy();
      }
      return;
    }
    case 'notify': {
      const { createDb } = await import('./db/create-db');
      const { migrateToLatest } = await import('./db/migrate');
      const { createLogger } = await import('./http/logging');
      const { mailerFor } = await import('./mail');
      const { createNotifier } = await import('./notify/notifier');
      const env = readEnv();
      const db = createDb(env.DATABASE_URL);
      await migrateToLatest(db);
      const notifier = createNotifier({
        db,
        mailer: await mailerFor(env, db),
        publicUrl: env.PUBLIC_URL,
        now: () => new Date(),
        logger: createLogger(env.LOG_LEVEL),
      });
      const { nudged } = await notifier.sweep();
      await db.destroy();
      process.stdout.write(`Sent ${nudged} missed-day ${nudged === 1 ? 'nudge' : 'nudges'}.\n`);
      return;
    }
    case 'help':
    case '--help':
      process.stdout.write(`${USAGE}\n`);
      return;
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${USAGE}\n`);
      process.exitCode = 2;
  }
}

main(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
