import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from './create-db';

describe('SQLite statements prepared once and reused', () => {
  const db = createDb(':memory:');
  afterAll(() => db.destroy());

  it('answers a repeated query correctly each time, with new parameters each time', async () => {
    await sql`create table n (v integer)`.execute(db);
    await sql`insert into n (v) values (1), (2), (3), (4), (5)`.execute(db);
    for (let limit = 0; limit < 200; limit++) {
      const rows = await sql<{
        v: number;
      }>`select v from n where v <= ${limit % 6} order by v`.execute(db);
      expect(rows.rows.map((r) => r.v)).toEqual([1, 2, 3, 4, 5].slice(0, limit % 6));
    }
  });
});
