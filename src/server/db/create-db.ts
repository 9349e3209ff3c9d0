import SQLite from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;

export function dialectOf(url: string): Dialect {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

/** One schema, two engines: a SQLite file by default, PostgreSQL for a postgres:// URL. */
// bigint columns hold epoch milliseconds, well inside Number's safe range.
pg.types.setTypeParser(pg.types.builtins.INT8, Number);

export function createDb(url: string): Db {
  if (dialectOf(url) === 'postgres') {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle connection dropped by the server (restart, failover) must not crash the process;
    // the pool discards it and opens a fresh one on next use.
    pool.on('error', () => undefined);
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  const file = url === ':memory:' ? ':memory:' : url.replace(/^file:/, '');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // WAL with NORMAL sync survives an app crash; only power loss can drop the last commits.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({
    dialect: new SqliteDialect({ database: reusingStatements(sqlite) }),
  });
}

/** How many distinct statements stay prepared; the app has far fewer hot ones. */
const PREPARED_STATEMENTS = 500;

/**
 * The database as Kysely uses it, but each SQL text is prepared once and reused: Kysely
 * prepares on every query, and preparing cost about a sixth of a slot search. Reuse is safe:
 * better-sqlite3 runs no other query on a connection while one is still being read.
 */
function reusingStatements(sqlite: SQLite.Database): SQLite.Database {
  const prepared = new Map<string, SQLite.Statement>();
  const prepare = (sql: string): SQLite.Statement => {
    const kept = prepared.get(sql);
    if (kept) {
      // Most recently used last, so the first one is the one to let go.
      prepared.delete(sql);
      prepared.set(sql, kept);
      return kept;
    }
    const statement = sqlite.prepare(sql);
    prepared.set(sql, statement);
    if (prepared.size > PREPARED_STATEMENTS) prepared.delete(prepared.keys().next().value!);
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, property) {
      if (property === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}
