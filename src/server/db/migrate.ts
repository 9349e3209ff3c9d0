import { Migrator, type Migration } from 'kysely';
import * as m0001 from './migrations/0001-safety-screening';
import * as m0002 from './migrations/0002-clinics-and-booking';
import * as m0003 from './migrations/0003-accounts';
import * as m0004 from './migrations/0004-progress';
import * as m0005 from './migrations/0005-care-team';
import * as m0006 from './migrations/0006-programs';
import * as m0007 from './migrations/0007-reminders';
import * as m0008 from './migrations/0008-rtm';
import * as m0009 from './migrations/0009-notices';
import * as m0010 from './migrations/0010-app-secret';
import * as m0011 from './migrations/0011-rate-limits';
import * as m0012 from './migrations/0012-pending-sign-ups';
import * as m0013 from './migrations/0013-credential-generations';
import * as m0014 from './migrations/0014-calendar-events';
import * as m0016 from './migrations/0016-closing-and-bookable-guard';
import * as m0017 from './migrations/0017-rtm-setup';
import * as m0018 from './migrations/0018-rtm-live-contact';
import * as m0019 from './migrations/0019-clinic-staff';
import * as m0020 from './migrations/0020-progression';
import * as m0021 from './migrations/0021-habit-checks';
import * as m0022 from './migrations/0022-locale';
import * as m0023 from './migrations/0023-visit-locale';
import type { Db } from './create-db';

/** Migrations are listed here, in order, so bundling never depends on reading a folder. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-safety-screening': m0001,
  '0002-clinics-and-booking': m0002,
  '0003-accounts': m0003,
  '0004-progress': m0004,
  '0005-care-team': m0005,
  '0006-programs': m0006,
  '0007-reminders': m0007,
  '0008-rtm': m0008,
  '0009-notices': m0009,
  '0010-app-secret': m0010,
  '0011-rate-limits': m0011,
  '0012-pending-sign-ups': m0012,
  '0013-credential-generations': m0013,
  '0014-calendar-events': m0014,
  '0016-closing-and-bookable-guard': m0016,
  '0017-rtm-setup': m0017,
  '0018-rtm-live-contact': m0018,
  '0019-clinic-staff': m0019,
  '0020-progression': m0020,
  '0021-habit-checks': m0021,
  '0022-locale': m0022,
  '0023-visit-locale': m0023,
};

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('migration failed', { cause: error });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
