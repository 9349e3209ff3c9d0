import {
  geoBounds,
  geoConicConformal,
  geoContains,
  geoDistance,
  geoPath,
  type GeoPermissibleObjects,
} from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'us-atlas/states-10m.json';
import {
  boxOf,
  candidatesBeside,
  placeLabels,
  rectsOverlap,
  scaleBar,
  shortNames,
  spreadMarkers,
  type Point,
  type Rect,
} from '../../../domain/geo/map-layout';
import type { ClinicSummary, Origin } from '../../api';
import { areaLabels, type AreaLabel, type StateFeature } from './area-labels';

const topology = atlas as unknown as Topology<{ states: GeometryCollection<{ name: string }> }>;
const STATES = feature(topology, topology.objects.states) as FeatureCollection<
  StateFeature['geometry'],
  { name: string }
>;
const BORDERS = mesh(topology, topology.objects.states, (a, b) => a !== b);
const COAST = mesh(topology, topology.objects.states, (a, b) => a === b);
/** Each state's extent in degrees, to skip drawing the ones far out of view. */
const EXTENTS = STATES.features.map((f) => geoBounds(f));

/** Measures text as drawn: `font` is a CSS font shorthand. */
export type Measure = (text: string, font: string) => number;

export const FONT = {
  name: { size: 12, weight: 600 },
  place: { size: 13, weight: 700 },
  state: { size: 11, weight: 600 },
  country: { size: 11, weight: 600 },
  water: { size: 11, weight: 500 },
} as const;
export const PIN_RADIUS = 12;
export const ORIGIN_RADIUS = 8;
const MILES_PER_RADIAN = 3958.8;

export type Label = { text: string; rect: Rect };
export type Pin = {
  clinic: ClinicSummary;
  number: number;
  at: Point;
  anchor: Point;
  moved: boolean;
  name: Label | null;
};
export type Scene = {
  width: number;
  height: number;
  states: { id: string; d: string; searched: boolean }[];
  borders: string;
  coast: string;
  areas: AreaLabel[];
  origin: { at: Point; anchor: Point; moved: boolean; label: Label | null; text: string };
  pins: Pin[];
  scale: { x: number; y: number; pixels: number; text: string };
};

/** "central Chicago, IL" → "Chicago, IL"; "your location" → "Your location". */
export function placeName(label: string): string {
  const name = label.replace(/^central\s+/i, '');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

const fontOf = (f: { size: number; weight: number }) => `${f.weight} ${f.size}px`;
const labelSize = (measure: Measure, text: string, f: { size: number; weight: number }) => ({
  width: Math.ceil(measure(text, fontOf(f))) + 4,
  height: Math.ceil(f.size * 1.35),
});

/**
 * Everything the map draws, in pixels: the states around the results (a conformal conic
 * centred on them, so shapes and the scale bar are true), pins moved apart where they would
 * overlap, and the labels that fit without covering one another.
 */
export function buildScene(
  width: number,
  origin: Origin,
  clinics: ClinicSummary[],
  measure: Measure,
): Scene {
  const places = [origin, ...clinics];
  const lats = places.map((p) => p.lat);
  const lons = places.map((p) => p.lon);
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  const [midLon, midLat] = [(west + east) / 2, (south + north) / 2];
  // At least about 60 miles across, so a handful of clinics in one town still shows its state.
  const reach = { lat: Math.max((north - south) / 2, 0.45), lon: Math.max((east - west) / 2, 0.6) };
  const frame: GeoPermissibleObjects = {
    type: 'MultiPoint',
    coordinates: [
      ...places.map((p) => [p.lon, p.lat]),
      // Partly mirrored about the searched place, so it sits nearer the middle of the map.
      ...clinics.map((p) => [
        origin.lon - 0.4 * (p.lon - origin.lon),
        origin.lat - 0.4 * (p.lat - origin.lat),
      ]),
      [midLon - reach.lon, midLat - reach.lat],
      [midLon + reach.lon, midLat + reach.lat],
    ],
  };
  const projection = geoConicConformal()
    .rotate([-midLon, 0])
    .parallels([midLat - reach.lat / 1.5, midLat + reach.lat / 1.5]);
  // The frame's shape sets the height: between a little wider than tall and a little taller.
  projection.fitSize([1000, 1000], frame);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(frame);
  const pad = Math.round(Math.max(28, width * 0.08));
  const inner = width - 2 * pad;
  const aspect = Math.min(Math.max((y1 - y0) / Math.max(x1 - x0, 1), 0.7), 1.15);
  const height = Math.round(inner * aspect + 2 * pad + 16);
  const view: Rect = { x: 0, y: 0, width, height };
  const project = (p: { lat: number; lon: number }): Point => {
    const [x, y] = projection([p.lon, p.lat]) ?? [width / 2, height / 2];
    return { x, y };
  };
  const spreadAll = () =>
    spreadMarkers(
      [
        { anchor: project(origin), radius: ORIGIN_RADIUS, fixed: true },
        ...clinics.map((c) => ({ anchor: project(c), radius: PIN_RADIUS })),
      ],
      { x: 2, y: 2, width: width - 4, height: height - 4 },
      3,
    );
  // Pins moved apart can crowd an edge: then zoom out a little, so every pin keeps some map
  // around it, and try again.
  let spread = spreadAll();
  for (let extra = 0, tries = 0; tries < 4; tries++) {
    projection.fitExtent(
      [
        [pad + extra, pad + extra],
        [width - pad - extra, height - pad - 16 - extra],
      ],
      frame,
    );
    spread = spreadAll();
    const margin = Math.min(pad, 24);
    const crowding = Math.max(
      0,
      ...spread.map((p) =>
        Math.max(
          margin - (p.at.x - p.radius),
          margin - (p.at.y - p.radius),
          p.at.x + p.radius - (width - margin),
          p.at.y + p.radius - (height - margin),
        ),
      ),
    );
    if (crowding <= 0.5) break;
    extra += crowding + 4;
  }
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection);

  const moved = (i: number) =>
    Math.hypot(spread[i]!.at.x - spread[i]!.anchor.x, spread[i]!.at.y - spread[i]!.anchor.y) > 0.5;

  // A scale bar in the lower left, or the lower right if a pin sits there.
  const centre = [midLon, midLat] as [number, number];
  const east1 = [midLon + 0.5, midLat] as [number, number];
  const [c, e] = [projection(centre)!, projection(east1)!];
  const pxPerMile =
    Math.hypot(e[0] - c[0], e[1] - c[1]) / (geoDistance(centre, east1) * MILES_PER_RADIAN);
  const bar = scaleBar(pxPerMile, Math.min(110, width * 0.3));
  const barText = `${bar.units.toLocaleString('en-US')} mi`;
  const barBox = (x: number): Rect => ({
    x: x - 2,
    y: height - 26,
    width: Math.max(bar.pixels, labelSize(measure, barText, FONT.state).width + 4) + 4,
    height: 24,
  });
  const pinBoxes = spread.map((p) => boxOf(p.at, p.radius));
  const leftBar = barBox(10);
  const barX = pinBoxes.some((b) => rectsOverlap(b, leftBar)) ? width - 10 - leftBar.width + 2 : 10;

  const obstacles: Rect[] = [
    ...pinBoxes,
    ...spread.filter((_, i) => moved(i)).map((p) => boxOf(p.anchor, 3)),
    barBox(barX),
  ];
  const originText = placeName(origin.label);
  const originSize = labelSize(measure, originText, FONT.place);
  const originGroup = spread.filter((p) => p.group === spread[0]!.group);
  const ringReach = Math.max(
    ...originGroup.map(
      (p) => Math.hypot(p.at.x - spread[0]!.at.x, p.at.y - spread[0]!.at.y) + p.radius,
    ),
  );
  const names = shortNames(clinics.map((c) => c.name));
  const [originLabel, ...nameLabels] = placeLabels(
    [
      {
        candidates: [
          ...candidatesBeside(spread[0]!.at, ORIGIN_RADIUS, originSize),
          // Around the ring of clinics, if they surround it, a step further out each time.
          ...[0, 14, 28, 42].flatMap((more) =>
            candidatesBeside(spread[0]!.at, ringReach + more, originSize),
          ),
        ],
      },
      ...spread.slice(1).map((p, i) => ({
        candidates: candidatesBeside(
          p.at,
          p.radius,
          labelSize(measure, names[i]!, FONT.name),
          p.outward,
        ),
      })),
    ],
    obstacles,
    { x: 2, y: 2, width: width - 4, height: height - 4 },
    2,
  );

  // The view's extent in degrees (its edges, sampled: they curve on a conic), with a margin.
  const edge: [number, number][] = [];
  for (let t = 0; t <= 1; t += 0.125)
    edge.push([t * width, 0], [t * width, height], [0, t * height], [width, t * height]);
  const seen = edge.map((p) => projection.invert?.(p)).filter((p) => p !== undefined && p !== null);
  const [lo, la] = [seen.map((p) => p[0]), seen.map((p) => p[1])];
  const near = ([[w, s], [e, n]]: [[number, number], [number, number]]) =>
    w > e || // across the 180th meridian (Alaska's islands): always try it
    (e >= Math.min(...lo) - 1 &&
      w <= Math.max(...lo) + 1 &&
      n >= Math.min(...la) - 1 &&
      s <= Math.max(...la) + 1);
  const shown = STATES.features
    .filter((_, i) => seen.length < edge.length || near(EXTENTS[i]!))
    .map((f) => ({ f, d: path(f) ?? '' }))
    .filter(({ d }) => d !== '');
  const searched = shown.find(({ f }) => geoContains(f, [origin.lon, origin.lat]))?.f.id;
  const states = shown.map(({ f, d }) => ({ f, d, searched: f.id === searched }));
  const areas = areaLabels({
    states,
    path,
    projection,
    view,
    taken: [...obstacles, ...[originLabel, ...nameLabels].filter((l): l is Rect => l !== null)],
    size: (lines, kind) => {
      const font = FONT[kind];
      // Country names are spaced out (letter-spacing 0.12em in the stylesheet).
      const spacing = (line: string) => (kind === 'country' ? line.length * 0.12 * font.size : 0);
      const widest = Math.max(...lines.map((l) => labelSize(measure, l, font).width + spacing(l)));
      return { width: widest, height: Math.ceil(font.size * 1.2) * lines.length + 3 };
    },
  });

  return {
    width,
    height,
    states: states.map(({ f, d, searched }) => ({ id: String(f.id), d, searched })),
    borders: path(BORDERS) ?? '',
    coast: path(COAST) ?? '',
    areas,
    origin: {
      at: spread[0]!.at,
      anchor: spread[0]!.anchor,
      moved: moved(0),
      label: originLabel ? { text: originText, rect: originLabel } : null,
      text: originText,
    },
    pins: clinics.map((clinic, i) => ({
      clinic,
      number: i + 1,
      at: spread[i + 1]!.at,
      anchor: spread[i + 1]!.anchor,
      moved: moved(i + 1),
      name: nameLabels[i] ? { text: names[i]!, rect: nameLabels[i] } : null,
    })),
    scale: { x: barX, y: height - 12, pixels: bar.pixels, text: barText },
  };
}
