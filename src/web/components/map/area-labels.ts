import { geoContains, type GeoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { placeLabels, type Rect, type Size } from '../../../domain/geo/map-layout';
import { STATE_CODES } from './state-codes';
import { SURROUNDINGS } from './surroundings';

export type StateFeature = Feature<Polygon | MultiPolygon, { name: string }>;
export type AreaLabel = { lines: string[]; rect: Rect; kind: 'state' | 'country' | 'water' };

export type AreaInput = {
  states: { f: StateFeature; searched: boolean }[];
  path: GeoPath;
  projection: GeoProjection;
  view: Rect;
  taken: Rect[];
  size: (lines: string[], kind: AreaLabel['kind']) => Size;
};

/** The largest piece of a state as drawn, so "MI" lands on the lower peninsula. */
function largestPart(path: GeoPath, shape: StateFeature): Polygon | null {
  const parts: Polygon[] =
    shape.geometry.type === 'Polygon'
      ? [shape.geometry]
      : shape.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  let best: { area: number; part: Polygon } | null = null;
  for (const part of parts) {
    const area = path.area(part);
    if (area > 0 && (!best || area > best.area)) best = { area, part };
  }
  return best?.part ?? null;
}

/**
 * Labels for the states (two-letter codes where a state has room: the searched state first,
 * then the larger ones, each inside its own outline) and then for the countries and waters
 * around, wherever they fit without covering a pin or a label placed before.
 */
export function areaLabels({ states, path, projection, view, taken, size }: AreaInput) {
  const inside = (x: number, y: number, shape: StateFeature | Polygon) => {
    const at = projection.invert?.([x, y]);
    return at ? geoContains(shape, at) : false;
  };
  // Each state's box on the map first: most points are far from most states.
  const boxes = states.map(({ f }) => ({ f, box: path.bounds(f) }));
  const onLand = (x: number, y: number) =>
    boxes.some(
      ({ f, box: [[x0, y0], [x1, y1]] }) =>
        x >= x0 && x <= x1 && y >= y0 && y <= y1 && inside(x, y, f),
    );
  const centred = (x: number, y: number, s: Size): Rect => ({
    ...s,
    x: x - s.width / 2,
    y: y - s.height / 2,
  });

  const ranked = states
    .map(({ f, searched }) => {
      const part = largestPart(path, f);
      return { f, searched, part, area: part ? path.area(part) : 0 };
    })
    .filter((s) => s.part && STATE_CODES[String(s.f.id)])
    .sort((a, b) => Number(b.searched) - Number(a.searched) || b.area - a.area);
  const requests: {
    lines: string[];
    kind: AreaLabel['kind'];
    candidates: Rect[];
    allows: (r: Rect) => boolean;
  }[] = [];
  for (const { f, part } of ranked) {
    const lines = [STATE_CODES[String(f.id)]!];
    const s = size(lines, 'state');
    const [[x0, y0], [x1, y1]] = path.bounds(part!);
    const [cx, cy] = path.centroid(part!);
    if (x1 - x0 < s.width + 6 || y1 - y0 < s.height + 4 || !Number.isFinite(cx)) continue;
    // From the middle outwards, every spot on a grid over the state, nearest first.
    const offsets: [number, number][] = [];
    for (let i = -4; i <= 4; i++)
      for (let j = -4; j <= 4; j++) offsets.push([i * s.width * 0.6, j * s.height * 0.8]);
    offsets.sort((a, b) => Math.hypot(a[0], a[1]) - Math.hypot(b[0], b[1]));
    const candidates = offsets.map(([dx, dy]) => centred(cx + dx, cy + dy, s));
    const allows = (r: Rect) =>
      inside(r.x + 2, r.y + 2, part!) &&
      inside(r.x + r.width - 2, r.y + r.height - 2, part!) &&
      inside(r.x + 2, r.y + r.height - 2, part!) &&
      inside(r.x + r.width - 2, r.y + 2, part!);
    requests.push({ lines, kind: 'state', candidates, allows });
  }
  // A country's name must sit wholly off US land; a lake's or sea's may cross a shore at its
  // ends, but its middle half stays on the water.
  const clear = (r: Rect, kind: 'country' | 'water') => {
    const [x0, x1, y0, y1] = [r.x, r.x + r.width, r.y, r.y + r.height];
    const spots =
      kind === 'country'
        ? [
            [x0, y0],
            [x1, y0],
            [x0, y1],
            [x1, y1],
          ]
        : [
            [x0 + r.width / 4, (y0 + y1) / 2],
            [x1 - r.width / 4, (y0 + y1) / 2],
          ];
    return [[(x0 + x1) / 2, (y0 + y1) / 2], ...spots].every(([x, y]) => !onLand(x!, y!));
  };
  const middle = { x: view.width / 2, y: view.height / 2 };
  const visible = (r: Rect) =>
    r.x >= 4 && r.y >= 4 && r.x + r.width <= view.width - 4 && r.y + r.height <= view.height - 4;
  for (const place of SURROUNDINGS) {
    const s = size(place.lines, place.kind);
    const candidates = place.at
      .map((lonLat) => projection(lonLat))
      .filter((p): p is [number, number] => p !== null)
      .map(([x, y]) => centred(x, y, s))
      .filter(visible)
      .sort(
        (a, b) =>
          Math.hypot(a.x + a.width / 2 - middle.x, a.y + a.height / 2 - middle.y) -
          Math.hypot(b.x + b.width / 2 - middle.x, b.y + b.height / 2 - middle.y),
      );
    const allows = (r: Rect) => clear(r, place.kind);
    requests.push({ lines: place.lines, kind: place.kind, candidates, allows });
  }
  const inset: Rect = { x: 4, y: 4, width: view.width - 8, height: view.height - 8 };
  const placed = placeLabels(requests, taken, inset, 3);
  return requests.flatMap((r, i): AreaLabel[] =>
    placed[i] ? [{ lines: r.lines, kind: r.kind, rect: placed[i] }] : [],
  );
}
