import { NearestIndex } from '../../domain/geo/nearest';
import type { Db } from './create-db';
import type { ClinicTable } from './schema';

/** The nearest-clinic index, built on first use and rebuilt after an admin changes a clinic. */
export class ClinicDirectory {
  private index: Promise<NearestIndex<ClinicTable>> | null = null;
  constructor(private readonly db: Db) {}

  get(): Promise<NearestIndex<ClinicTable>> {
    return (this.index ??= this.db
      .selectFrom('clinic')
      .selectAll()
      .where('closed_at', 'is', null) // a closed location is not found
      .orderBy('id')
      .execute()
      .then((rows) => new NearestIndex(rows)));
  }

  invalidate(): void {
    this.index = null;
  }
}
