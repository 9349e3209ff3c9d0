import { NearestIndex } from '../../domain/geo/nearest';
import type { WorkingHours } from '../../domain/scheduling/schedule';
import type { Db } from './create-db';
import { parseHours, ServicesSchema } from './schedules';
import type { ClinicTable } from './schema';

/** A clinic row with its opening hours and services read once, not on every request. */
export type ListedClinic = ClinicTable & { hours: WorkingHours[]; serviceList: string[] };

export function listedClinic(row: ClinicTable): ListedClinic {
  return {
    ...row,
    hours: parseHours(row.opening_hours),
    serviceList: ServicesSchema.parse(JSON.parse(row.services)),
  };
}

/** The nearest-clinic index, built on first use and rebuilt after an admin changes a clinic. */
export class ClinicDirectory {
  private index: Promise<NearestIndex<ListedClinic>> | null = null;
  constructor(private readonly db: Db) {}

  get(): Promise<NearestIndex<ListedClinic>> {
    return (this.index ??= this.db
      .selectFrom('clinic')
      .selectAll()
      .where('closed_at', 'is', null) // a closed location is not found
      .orderBy('id')
      .execute()
      .then((rows) => new NearestIndex(rows.map(listedClinic))));
  }

  invalidate(): void {
    this.index = null;
  }
}
