import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../tests/setup/test-db';
import { createDb, type Db } from './create-db';
import { seedDemoData } from './seed';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const number = (text: string) => Number(text.replace(/,/g, ''));

/** The demo figures as the README states them. */
function readmeFigures() {
  const text = readFileSync(resolve('README.md'), 'utf8').replace(/\s+/g, ' ');
  const chain = /\((\d+) clinics in (\w+) US time zones[^,]*, ([\d,]+) therapists/.exec(text);
  const visits = /about ([\d,]+) booked visits [^)]*give or take ([\d,]+)/.exec(text);
  const printed =
    /`Seeded demo data: (\d+) clinics, (\d+) therapists, ([\d,]+) booked visits\.`/.exec(text);
  if (!chain || !visits || !printed)
    throw new Error('the README no longer states the demo figures');
  return {
    clinics: number(chain[1]!),
    zones: WORDS.indexOf(chain[2]!),
    therapists: number(chain[3]!),
    visits: number(visits[1]!),
    tolerance: number(visits[2]!),
    example: {
      clinics: number(printed[1]!),
      therapists: number(printed[2]!),
      visits: number(printed[3]!),
    },
  };
}

const rows = (db: Db) =>
  Promise.all([
    db.selectFrom('clinic').selectAll().orderBy('id').execute(),
    db.selectFrom('therapist').selectAll().orderBy('id').execute(),
  ]);

describe('demo seed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reliefpath-seed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the figures the README states, and makes what it prints', async () => {
    const readme = readmeFigures();
    const url = `file:${join(dir, 'seed.db')}`;
    // A real run of the command, today.
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', resolve('src/server/cli.ts'), 'seed'],
      { env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' },
    );
    const printed =
      /^Seeded demo data: (\d+) clinics, (\d+) therapists, (\d+) booked visits\.$/m.exec(out);
    expect(printed, out).not.toBeNull();
    const [clinics, therapists, visits] = printed!.slice(1).map(Number) as [number, number, number];
    expect({ clinics, therapists }).toEqual({
      clinics: readme.clinics,
      therapists: readme.therapists,
    });
    expect(Math.abs(visits - readme.visits)).toBeLessThanOrEqual(readme.tolerance);
    // The README's example line is one such run.
    expect(readme.example).toMatchObject({ clinics, therapists });
    expect(Math.abs(readme.example.visits - readme.visits)).toBeLessThanOrEqual(readme.tolerance);

    const db = createDb(url);
    try {
      const count = async (table: 'clinic' | 'therapist' | 'appointment') =>
        Number(
          (
            await db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      expect([await count('clinic'), await count('therapist'), await count('appointment')]).toEqual(
        [clinics, therapists, visits],
      );
      const zones = await db.selectFrom('clinic').select('time_zone').distinct().execute();
      expect(zones).toHaveLength(readme.zones);
      expect(zones.map((z) => z.time_zone)).toContain('America/Phoenix');
    } finally {
      await db.destroy();
    }
  });

  it('makes the same clinics and therapists on any day, and a few cities exactly as in the chain', async () => {
    const winter = await openTestDb('sqlite');
    const summer = await openTestDb('sqlite');
    const subset = await openTestDb('sqlite');
    try {
      const january = Date.parse('2027-01-04T09:00:00Z');
      await seedDemoData(winter.db, january);
      await seedDemoData(summer.db, Date.parse('2027-07-17T22:30:00Z'));
      await seedDemoData(subset.db, january, { cities: ['Chicago', 'Boston'] });
      const [winterClinics, winterTherapists] = await rows(winter.db);
      expect(await rows(summer.db)).toEqual([winterClinics, winterTherapists]);

      const [someClinics, someTherapists] = await rows(subset.db);
      expect(new Set(someClinics.map((c) => c.city))).toEqual(new Set(['Chicago', 'Boston']));
      expect(someClinics).toEqual(
        winterClinics.filter((c) => ['Chicago', 'Boston'].includes(c.city)),
      );
      const kept = new Set(someClinics.map((c) => c.id));
      expect(someTherapists).toEqual(winterTherapists.filter((t) => kept.has(t.clinic_id)));
      // Their calendars too: each therapist's visits come from their own stream.
      const visits = (db: Db) =>
        db
          .selectFrom('appointment')
          .select(['id', 'starts_at', 'guest_name'])
          .where('clinic_id', 'in', [...kept])
          .orderBy('id')
          .execute();
      expect(await visits(subset.db)).toEqual(await visits(winter.db));
    } finally {
      await Promise.all([winter.close(), summer.close(), subset.close()]);
    }
  });

  it.each(['2027-01-04T09:00:00Z', '2027-07-17T22:30:00Z', '2026-12-02T04:00:00Z'])(
    'leaves two patients ready to move on and one just stepped back, by the engine itself (%s)',
    async (day) => {
      const t = await openTestDb('sqlite');
      try {
        await seedDemoData(t.db, Date.parse(day), { cities: ['New York'] });
        const open = await t.db
          .selectFrom('progression_proposal')
          .innerJoin('user_account', 'user_account.id', 'progression_proposal.patient_user_id')
          .select(['user_account.name', 'guidance', 'to_stage'])
          .where('status', '=', 'open')
          .execute();
        expect(open).toEqual(
          expect.arrayContaining([
            { name: 'Pat Demo', guidance: 'self-guided', to_stage: 2 },
            { name: 'Maria Lopez', guidance: 'therapist', to_stage: 2 },
          ]),
        );
        const moves = await t.db
          .selectFrom('stage_change')
          .innerJoin('user_account', 'user_account.id', 'stage_change.patient_user_id')
          .select(['user_account.name', 'kind', 'from_stage', 'to_stage', 'actor_user_id'])
          .orderBy('seq')
          .execute();
        expect(moves.at(-1)).toMatchObject({
          name: 'Aiko Tanaka',
          kind: 'step-back',
          from_stage: 2,
          to_stage: 1,
          actor_user_id: null,
        });
      } finally {
        await t.close();
      }
    },
  );
});
