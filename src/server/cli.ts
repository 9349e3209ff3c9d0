import { createDb } from './db/create-db';
import { migrateToLatest } from './db/migrate';
import { hasDemoData, seedDemoData } from './db/seed';
import { readEnv } from './env';
import { startServer } from './main';

const USAGE = `Usage: reliefpath <command>

Commands:
  serve     migrate the database and serve the app (default)
  migrate   apply pending database migrations and exit
  seed      add the demo clinic chain to an empty database

Environment: PORT, HOST, DATABASE_URL (file:… or postgres://…), PUBLIC_URL, LOG_LEVEL, SEED_DEMO`;

async function main(command = 'serve') {
  switch (command) {
    case 'serve':
      return startServer();
    case 'migrate': {
      const db = createDb(readEnv().DATABASE_URL);
      const applied = await migrateToLatest(db);
      await db.destroy();
      process.stdout.write(
        applied.length ? `Applied: ${applied.join(', ')}\n` : 'Already up to date.\n',
      );
      return;
    }
    case 'seed': {
      const db = createDb(readEnv().DATABASE_URL);
      await migrateToLatest(db);
      if (await hasDemoData(db))
        process.stdout.write('The database already has clinics; nothing seeded.\n');
      else {
        const seeded = await seedDemoData(db, Date.now());
        process.stdout.write(
          `Seeded ${seeded.clinics} clinics, ${seeded.therapists} therapists, ${seeded.appointments} visits.\n`,
        );
      }
      await db.destroy();
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
