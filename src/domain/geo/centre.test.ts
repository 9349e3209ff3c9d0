import { describe, expect, it } from 'vitest';
import { centreOf } from './centre';
import { distanceKm } from './nearest';

describe('centreOf', () => {
  it('is the middle of a cross of points, not its first point', () => {
    const cross = [
      { lat: 40.2, lon: -74 },
      { lat: 40, lon: -74.2 },
      { lat: 40, lon: -74 },
      { lat: 40, lon: -73.8 },
      { lat: 39.8, lon: -74 },
    ];
    expect(centreOf(cross)).toEqual({ lat: 40, lon: -74 });
    expect(centreOf([...cross].reverse())).toEqual({ lat: 40, lon: -74 });
  });

  it('is not dragged away by one stray point thousands of kilometres off', () => {
    const town = [
      { lat: 33.7, lon: -84.4 },
      { lat: 33.8, lon: -84.3 },
      { lat: 33.75, lon: -84.35 },
      { lat: 33.72, lon: -84.42 },
    ];
    const centre = centreOf(town)!;
    const strayed = centreOf([...town, { lat: 64.8, lon: -147.7 }])!;
    expect(distanceKm(centre, strayed)).toBeLessThan(5);
  });

  it('counts a place shared by many ZIP codes once', () => {
    const downtown = { lat: 30, lon: -97 };
    const spread = [
      { lat: 30.1, lon: -97.1 },
      { lat: 30.2, lon: -96.9 },
    ];
    expect(centreOf([downtown, downtown, downtown, downtown, ...spread])).toEqual({
      lat: 30.1,
      lon: -97,
    });
  });

  it('has no centre without points', () => {
    expect(centreOf([])).toBeNull();
  });
});
