import { createDb } from './db/create-db';
import { migrateToLatest } from './db/migrate';
import { readEnv } from './env';
import { startServer } from './main';

const USAGE = `Usage: reliefpath <command>

Commands:
  serve     migrate the database and serve the app (default)
  migrate   apply pending database migrations and exit

Environment: PORT, HOST, DATABASE_URL (file:… or postgres://…), PUBLIC_URL, LOG_LEVEL`;

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
