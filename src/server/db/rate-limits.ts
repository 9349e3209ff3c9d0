import { sql } from 'kysely';
import type { Db } from './create-db';

export type Limit = { key: string; max: number; windowMs: number };
export type Hit = { key: string; hits: number; windowStart: number };
export type Verdict = { allowed: true; hits: Hit[] } | { allowed: false; retryAfterMs: number };

/**
 * Counts one attempt against a key and reads the new count back in the same statement: the row
 * lock (PostgreSQL) or the write lock (SQLite) hands parallel requests 1, 2, 3… in turn.
 */
async function hit(db: Db, limit: Limit, at: number): Promise<Hit> {
  const expired = at - limit.windowMs;
  const row = await db
    .insertInto('rate_limit')
    .values({ key: limit.key, window_start: at, hits: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        hits: sql<number>`case when rate_limit.window_start <= ${expired} then 1 else rate_limit.hits + 1 end`,
        window_start: sql<number>`case when rate_limit.window_start <= ${expired} then ${at} else rate_limit.window_start end`,
      }),
    )
    .returning(['hits', 'window_start'])
    .executeTakeFirstOrThrow();
  return { key: limit.key, hits: Number(row.hits), windowStart: Number(row.window_start) };
}

/** Gives back attempts that should not count (a success, or one another limit refused). */
export async function refund(db: Db, hits: Hit[]) {
  for (const h of hits)
    await db
      .updateTable('rate_limit')
      .set({ hits: sql<number>`hits - 1` })
      .where('key', '=', h.key)
      .where('window_start', '=', h.windowStart)
      .where('hits', '>', 0)
      .execute();
}

/**
 * Takes one attempt from every limit. Allowed only if all have room; a refused attempt is given
 * back everywhere, so it costs nothing and the full limit stays full until its window ends.
 */
export async function consume(db: Db, limits: Limit[], at: number): Promise<Verdict> {
  const hits: Hit[] = [];
  for (const limit of limits) hits.push(await hit(db, limit, at));
  const over = limits
    .map((limit, i) => ({ limit, hit: hits[i]! }))
    .filter(({ limit, hit }) => hit.hits > limit.max);
  if (over.length === 0) return { allowed: true, hits };
  await refund(db, hits);
  const retryAfterMs = Math.max(
    ...over.map(({ limit, hit }) => hit.windowStart + limit.windowMs - at),
  );
  return { allowed: false, retryAfterMs: Math.max(1000, retryAfterMs) };
}

/** Counters whose window ended long ago hold nothing; the periodic sweep drops them. */
export async function pruneRateLimits(db: Db, before: number) {
  await db.deleteFrom('rate_limit').where('window_start', '<', before).execute();
}
