import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boxOf,
  candidatesBeside,
  contains,
  placeLabels,
  rectsOverlap,
  scaleBar,
  shortNames,
  spreadMarkers,
  type Marker,
  type Rect,
} from './map-layout';

const bounds: Rect = { x: 0, y: 0, width: 360, height: 300 };
const pointArb = fc.record({
  x: fc.double({ min: 0, max: 360, noNaN: true }),
  y: fc.double({ min: 0, max: 300, noNaN: true }),
});
const markersArb = fc.array(fc.record({ anchor: pointArb, radius: fc.constantFrom(8, 11, 12) }), {
  minLength: 1,
  maxLength: 12,
});
/** Results the way the map sees them: the searched place (fixed) and clinics, often bunched. */
const searchArb = fc
  .tuple(
    pointArb,
    fc.array(pointArb, { maxLength: 10 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  )
  .map(([origin, clinics, bunch]): Marker[] => [
    { anchor: origin, radius: 8, fixed: true },
    ...clinics.map((c) => ({
      anchor: { x: origin.x + (c.x - origin.x) * bunch, y: origin.y + (c.y - origin.y) * bunch },
      radius: 11,
    })),
  ]);

describe('spreadMarkers', () => {
  it('leaves a marker alone where it has room', () => {
    const placed = spreadMarkers([{ anchor: { x: 50, y: 60 }, radius: 10 }], bounds);
    expect(placed[0]!.at).toEqual({ x: 50, y: 60 });
    expect(placed[0]!.outward).toBeNull();
  });

  it('moves markers apart until none overlap, whatever their positions', () => {
    fc.assert(
      fc.property(fc.oneof(markersArb, searchArb), fc.constantFrom(0, 2, 4), (markers, gap) => {
        const placed = spreadMarkers(markers, bounds, gap);
        expect(placed).toHaveLength(markers.length);
        for (let a = 0; a < placed.length; a++)
          for (let b = a + 1; b < placed.length; b++) {
            const [p, q] = [placed[a]!, placed[b]!];
            const apart = Math.hypot(p.at.x - q.at.x, p.at.y - q.at.y);
            expect(apart).toBeGreaterThanOrEqual(p.radius + q.radius + gap - 1e-6);
          }
      }),
    );
  });

  it('keeps the searched place where it is, and clinics east or west of it stay so', () => {
    const origin = { x: 180, y: 150 };
    const placed = spreadMarkers(
      [
        { anchor: origin, radius: 8, fixed: true },
        { anchor: { x: 182, y: 150 }, radius: 11 },
        { anchor: { x: 178, y: 152 }, radius: 11 },
      ],
      bounds,
    );
    expect(placed[0]!.at).toEqual(origin);
    // The clinic east of the searched place stays east of it, the one west stays west.
    expect(placed[1]!.at.x).toBeGreaterThan(origin.x);
    expect(placed[2]!.at.x).toBeLessThan(origin.x);
  });

  it('nudges a marker that barely touches a ring aside instead of pulling it in', () => {
    const town = { x: 180, y: 150 };
    const placed = spreadMarkers(
      [
        { anchor: town, radius: 11 },
        { anchor: town, radius: 11 },
        { anchor: town, radius: 11 },
        { anchor: { x: 180, y: 183 }, radius: 11 },
      ],
      bounds,
    );
    const [ring, lone] = [placed[0]!, placed[3]!];
    expect(placed[1]!.group).toBe(ring.group);
    expect(lone.group).not.toBe(ring.group);
    expect(lone.at.x).toBeCloseTo(180);
    expect(lone.at.y).toBeGreaterThan(183);
    expect(lone.at.y - 183).toBeLessThanOrEqual(22);
  });

  it('sets clinics beside the searched place when they are right on it', () => {
    const origin = { x: 180, y: 150 };
    const placed = spreadMarkers(
      [
        { anchor: origin, radius: 8, fixed: true },
        { anchor: origin, radius: 11 },
      ],
      bounds,
    );
    expect(placed[0]!.at).toEqual(origin);
    const apart = Math.hypot(placed[1]!.at.x - origin.x, placed[1]!.at.y - origin.y);
    expect(apart).toBeGreaterThanOrEqual(19);
    expect(apart).toBeLessThan(25);
  });

  it('keeps markers inside the map where they fit', () => {
    fc.assert(
      fc.property(markersArb, (markers) => {
        for (const p of spreadMarkers(markers.slice(0, 4), bounds))
          expect(contains(bounds, boxOf(p.at, p.radius - 1e-6))).toBe(true);
      }),
    );
  });
});

describe('placeLabels', () => {
  const sizeArb = fc.record({
    width: fc.double({ min: 8, max: 140, noNaN: true }),
    height: fc.double({ min: 10, max: 16, noNaN: true }),
  });

  it('never lets two placed labels overlap, nor a label cover a marker or leave the map', () => {
    fc.assert(
      fc.property(
        searchArb,
        fc.array(sizeArb, { minLength: 11, maxLength: 11 }),
        (markers, sizes) => {
          const placed = spreadMarkers(markers, bounds);
          const obstacles = placed.map((p) => boxOf(p.at, p.radius));
          const labels = placeLabels(
            placed.map((p, i) => ({
              candidates: candidatesBeside(p.at, p.radius, sizes[i]!, p.outward),
            })),
            obstacles,
            bounds,
          );
          const shown = labels.filter((l): l is Rect => l !== null);
          for (let a = 0; a < shown.length; a++) {
            expect(contains(bounds, shown[a]!)).toBe(true);
            for (const o of obstacles) expect(rectsOverlap(shown[a]!, o)).toBe(false);
            for (let b = a + 1; b < shown.length; b++)
              expect(rectsOverlap(shown[a]!, shown[b]!)).toBe(false);
          }
        },
      ),
    );
  });

  it('puts a lone label to the right of its marker first', () => {
    const [label] = placeLabels(
      [{ candidates: candidatesBeside({ x: 100, y: 100 }, 10, { width: 50, height: 14 }) }],
      [],
      bounds,
    );
    expect(label).toEqual({ x: 113, y: 93, width: 50, height: 14 });
  });

  it('tries the other side when the right is taken, and gives up when nothing fits', () => {
    const request = {
      candidates: candidatesBeside({ x: 100, y: 100 }, 10, { width: 50, height: 14 }),
    };
    const [right, left] = placeLabels([request, request], [], bounds);
    expect(right!.x).toBeGreaterThan(100);
    expect(left!.x + left!.width).toBeLessThan(100);
    expect(placeLabels([request], [bounds], bounds)).toEqual([null]);
  });
});

describe('shortNames', () => {
  it('drops the words every name starts with', () => {
    expect(
      shortNames([
        'ReliefPath PT Chicago Downtown',
        'ReliefPath PT Chicago Midtown',
        'ReliefPath PT Detroit',
      ]),
    ).toEqual(['Chicago Downtown', 'Chicago Midtown', 'Detroit']);
  });

  it('keeps a lone name whole, keeps at least one word, and shortens long ones', () => {
    expect(shortNames(['ReliefPath PT Boise'])).toEqual(['ReliefPath PT Boise']);
    expect(shortNames(['Spine Care', 'Spine Care'])).toEqual(['Care', 'Care']);
    expect(shortNames(['A Very Long Clinic Name Indeed Here', 'B'], 12)).toEqual([
      'A Very Long…',
      'B',
    ]);
  });
});

describe('scaleBar', () => {
  it('picks a round distance that fits', () => {
    expect(scaleBar(2, 90)).toEqual({ units: 20, pixels: 40 });
    expect(scaleBar(0.3, 90)).toEqual({ units: 200, pixels: 60 });
    expect(scaleBar(30, 90)).toEqual({ units: 2, pixels: 60 });
  });
});
