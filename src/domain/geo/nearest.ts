import KDBush from 'kdbush';
import { around, distance } from 'geokdbush';

export type GeoPoint = { lat: number; lon: number };
export type Nearby<T> = { item: T; distanceKm: number };

/** Great-circle distance in kilometres. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  return distance(a.lon, a.lat, b.lon, b.lat);
}

/**
 * A static k-d tree over points for nearest-first queries on the sphere (geokdbush). Built
 * once for a set of clinics; each query costs microseconds instead of a scan of them all.
 */
export class NearestIndex<T extends GeoPoint> {
  private readonly index: KDBush;

  constructor(readonly items: readonly T[]) {
    this.index = new KDBush(Math.max(1, items.length));
    for (const item of items) this.index.add(item.lon, item.lat);
    if (items.length === 0) this.index.add(0, 0); // kdbush needs one point; never returned
    this.index.finish();
  }

  nearest(
    from: GeoPoint,
    limit: number,
    maxKm = Infinity,
    keep: (item: T) => boolean = () => true,
  ): Nearby<T>[] {
    if (this.items.length === 0) return [];
    return around(this.index, from.lon, from.lat, limit, maxKm, (i) => keep(this.items[i]!)).map(
      (i) => ({
        item: this.items[i]!,
        distanceKm: distanceKm(from, this.items[i]!),
      }),
    );
  }
}

/** The slow, obviously right answer: measure every point and sort. */
export function nearestByScan<T extends GeoPoint>(
  items: readonly T[],
  from: GeoPoint,
  limit: number,
): Nearby<T>[] {
  return items
    .map((item) => ({ item, distanceKm: distanceKm(from, item) }))
    .sort((a, b) => a.distanceKm - b.distanceKm)
    .slice(0, limit);
}
