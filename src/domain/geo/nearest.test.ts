import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NearestIndex, distanceKm, nearestByScan } from './nearest';

const pointArb = fc.record({
  lat: fc.double({ min: 24, max: 49, noNaN: true }),
  lon: fc.double({ min: -125, max: -67, noNaN: true }),
});

describe('NearestIndex', () => {
  it('measures New York to Los Angeles as about 3,940 km', () => {
    expect(
      distanceKm({ lat: 40.7484, lon: -73.9967 }, { lat: 34.0522, lon: -118.2437 }),
    ).toBeCloseTo(3940, -1);
  });

  it('returns the same nearest points as a full scan, nearest first', () => {
    fc.assert(
      fc.property(
        fc.array(pointArb, { minLength: 1, maxLength: 200 }),
        pointArb,
        fc.integer({ min: 1, max: 12 }),
        (points, from, k) => {
          const items = points.map((p, id) => ({ ...p, id }));
          const fast = new NearestIndex(items).nearest(from, k);
          const slow = nearestByScan(items, from, k);
          expect(fast.map((n) => n.distanceKm)).toEqual(slow.map((n) => n.distanceKm));
          for (let i = 1; i < fast.length; i++)
            expect(fast[i]!.distanceKm).toBeGreaterThanOrEqual(fast[i - 1]!.distanceKm);
        },
      ),
    );
  });

  it('filters and caps the distance', () => {
    const items = [
      { id: 'a', lat: 40.75, lon: -73.99, open: false },
      { id: 'b', lat: 40.76, lon: -73.98, open: true },
      { id: 'c', lat: 34.05, lon: -118.24, open: true },
    ];
    const index = new NearestIndex(items);
    expect(
      index.nearest({ lat: 40.7484, lon: -73.9967 }, 5, 100, (i) => i.open).map((n) => n.item.id),
    ).toEqual(['b']);
    expect(new NearestIndex([]).nearest({ lat: 0, lon: 0 }, 3)).toEqual([]);
  });
});
