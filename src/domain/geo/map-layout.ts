/**
 * Screen geometry for a small map: keeping round markers apart and placing text labels where
 * they fit. Pure and unit-free (pixels in, pixels out); the projection from latitude and
 * longitude happens before, in the browser.
 */

export type Point = { x: number; y: number };
export type Rect = { x: number; y: number; width: number; height: number };
export type Size = { width: number; height: number };

/** A round marker that wants to sit at `anchor`; a `fixed` one (the searched place) stays put. */
export type Marker = { anchor: Point; radius: number; fixed?: boolean };

export type PlacedMarker = {
  /** Where the marker is drawn. */
  at: Point;
  /** Where it belongs; differs from `at` when it was moved aside (draw a line back). */
  anchor: Point;
  radius: number;
  /** Markers moved apart together share a group; `outward` points away from its middle. */
  group: number;
  outward: Point | null;
};

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

export const rectsOverlap = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export const contains = (outer: Rect, inner: Rect): boolean =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

/** The square a round marker covers. */
export const boxOf = (at: Point, radius: number): Rect => ({
  x: at.x - radius,
  y: at.y - radius,
  width: 2 * radius,
  height: 2 * radius,
});

type GroupLayout = { centre: Point; reach: number; at: Map<number, Point> };

/** Keeps a circle of radius `reach` inside `bounds` where it fits (else centres it). */
function clampInto(p: Point, reach: number, bounds: Rect): Point {
  const axis = (v: number, lo: number, size: number) =>
    size >= 2 * reach ? Math.min(Math.max(v, lo + reach), lo + size - reach) : lo + size / 2;
  return { x: axis(p.x, bounds.x, bounds.width), y: axis(p.y, bounds.y, bounds.height) };
}

/**
 * One group's layout: a lone marker where it belongs; several on a ring around their middle
 * (around the fixed marker, if one is in the group), in the order of their true directions so
 * the lines back to their places do not cross. The ring is wide enough that neighbours keep
 * `gap` between them.
 */
function layOut(markers: readonly Marker[], members: number[], bounds: Rect, gap: number) {
  const centreIndex = members.find((i) => markers[i]!.fixed);
  const ring = members.filter((i) => i !== centreIndex);
  const at = new Map<number, Point>();
  if (members.length === 1) {
    const m = markers[members[0]!]!;
    const centre = clampInto(m.anchor, m.radius, bounds);
    at.set(members[0]!, centre);
    return { centre, reach: m.radius, at } satisfies GroupLayout;
  }
  const widest = Math.max(...ring.map((i) => markers[i]!.radius));
  const k = ring.length;
  let radius = k >= 2 ? (2 * widest + gap) / (2 * Math.sin(Math.PI / k)) : 0;
  const centreRadius = centreIndex === undefined ? 0 : markers[centreIndex]!.radius;
  if (centreIndex !== undefined) radius = Math.max(radius, centreRadius + widest + gap);
  const reach = Math.max(radius + widest, centreRadius);
  const middle =
    centreIndex !== undefined
      ? markers[centreIndex]!.anchor
      : {
          x: members.reduce((s, i) => s + markers[i]!.anchor.x, 0) / members.length,
          y: members.reduce((s, i) => s + markers[i]!.anchor.y, 0) / members.length,
        };
  const centre = clampInto(middle, reach, bounds);
  if (centreIndex !== undefined) at.set(centreIndex, centre);
  const step = (2 * Math.PI) / k;
  const directions = ring.map((i, n) => {
    const a = markers[i]!.anchor;
    const far = distance(a, middle) > 1e-6;
    return { i, angle: far ? Math.atan2(a.y - middle.y, a.x - middle.x) : n * step - Math.PI / 2 };
  });
  directions.sort((a, b) => a.angle - b.angle || a.i - b.i);
  // Turn the ring so each marker lands as near its true direction as the spacing allows.
  const turn = directions.reduce(
    (acc, d, n) => ({
      x: acc.x + Math.cos(d.angle - n * step),
      y: acc.y + Math.sin(d.angle - n * step),
    }),
    { x: 0, y: 0 },
  );
  const start = Math.hypot(turn.x, turn.y) > 1e-9 ? Math.atan2(turn.y, turn.x) : -Math.PI / 2;
  directions.forEach((d, n) => {
    const angle = start + n * step;
    at.set(d.i, { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
  });
  return { centre, reach, at } satisfies GroupLayout;
}

/**
 * Moves markers apart so that no two overlap (they keep at least `gap` between their edges):
 * a marker (or group) that barely touches another steps aside once; otherwise markers that would
 * touch are gathered into a group laid out on a ring, and groups whose rings would touch are
 * merged, until none do. Markers stay inside `bounds` where they fit.
 */
export function spreadMarkers(markers: readonly Marker[], bounds: Rect, gap = 2): PlacedMarker[] {
  let groups = markers.map((_, i) => [i]);
  // Where each marker is asked to sit: its place, unless it was nudged aside once.
  const seats = markers.map((m) => ({ ...m }));
  const nudged = new Set<number>();
  for (;;) {
    const layouts = groups.map((g) => layOut(seats, g, bounds, gap));
    let changed = false;
    outer: for (let a = 0; a < groups.length; a++)
      for (let b = a + 1; b < groups.length; b++) {
        const [la, lb] = [layouts[a]!, layouts[b]!];
        const apart = distance(la.centre, lb.centre);
        const short = la.reach + lb.reach + gap - apart;
        if (short <= 0) continue;
        // A group (often a lone marker) that barely touches another steps aside, once,
        // rather than joining it on a wider ring that moves everyone far from their places.
        const mover = [a, b]
          .filter((own) => groups[own]!.every((i) => !markers[i]!.fixed && !nudged.has(i)))
          .filter((own) => short <= 2 * Math.max(...groups[own]!.map((i) => markers[i]!.radius)))
          .sort((x, y) => Math.min(...groups[y]!) - Math.min(...groups[x]!))[0];
        if (mover !== undefined) {
          const [from, to] = mover === a ? [la.centre, lb.centre] : [lb.centre, la.centre];
          const [ux, uy] =
            apart > 1e-6 ? [(from.x - to.x) / apart, (from.y - to.y) / apart] : [0, -1];
          for (const i of groups[mover]!) {
            const seat = seats[i]!.anchor;
            seats[i]!.anchor = { x: seat.x + ux * (short + 0.5), y: seat.y + uy * (short + 0.5) };
            nudged.add(i);
          }
        } else
          groups = groups
            .filter((_, n) => n !== a && n !== b)
            .concat([[...groups[a]!, ...groups[b]!]]);
        changed = true;
        break outer;
      }
    if (changed) continue;
    const placed: PlacedMarker[] = new Array<PlacedMarker>(markers.length);
    layouts.forEach((layout, g) => {
      const single = groups[g]!.length === 1;
      for (const [i, at] of layout.at) {
        const away = distance(at, layout.centre);
        placed[i] = {
          at,
          anchor: markers[i]!.anchor,
          radius: markers[i]!.radius,
          group: g,
          outward:
            single || away < 1e-6
              ? null
              : { x: (at.x - layout.centre.x) / away, y: (at.y - layout.centre.y) / away },
        };
      }
    });
    return placed;
  }
}

/**
 * Where a label of `size` may go beside a round marker, best first: right, left, above, below
 * and the corners; for a marker on a ring, the side facing away from the ring comes first.
 */
export function candidatesBeside(
  at: Point,
  radius: number,
  size: Size,
  outward: Point | null = null,
  space = 3,
): Rect[] {
  const { width: w, height: h } = size;
  const d = radius + space;
  const options: { rect: Rect; direction: Point }[] = [
    { direction: { x: 1, y: 0 }, rect: { x: at.x + d, y: at.y - h / 2, width: w, height: h } },
    { direction: { x: -1, y: 0 }, rect: { x: at.x - d - w, y: at.y - h / 2, width: w, height: h } },
    { direction: { x: 0, y: -1 }, rect: { x: at.x - w / 2, y: at.y - d - h, width: w, height: h } },
    { direction: { x: 0, y: 1 }, rect: { x: at.x - w / 2, y: at.y + d, width: w, height: h } },
    {
      direction: { x: 0.7, y: -0.7 },
      rect: { x: at.x + radius * 0.7, y: at.y - d - h + 2, width: w, height: h },
    },
    {
      direction: { x: 0.7, y: 0.7 },
      rect: { x: at.x + radius * 0.7, y: at.y + d - 2, width: w, height: h },
    },
    {
      direction: { x: -0.7, y: -0.7 },
      rect: { x: at.x - radius * 0.7 - w, y: at.y - d - h + 2, width: w, height: h },
    },
    {
      direction: { x: -0.7, y: 0.7 },
      rect: { x: at.x - radius * 0.7 - w, y: at.y + d - 2, width: w, height: h },
    },
  ];
  if (outward) {
    const score = (p: Point) => p.x * outward.x + p.y * outward.y;
    // A stable sort keeps right-before-left among equally good sides.
    options.sort((a, b) => score(b.direction) - score(a.direction));
  }
  return options.map((o) => o.rect);
}

/**
 * Places labels greedily in the order given (most important first): each takes its first
 * candidate that stays inside `bounds`, touches neither an obstacle nor a label placed before
 * it and passes its own costlier test (`allows`, asked last), or is left out (null). So no two
 * placed labels ever overlap.
 */
export function placeLabels(
  requests: readonly { candidates: readonly Rect[]; allows?: (r: Rect) => boolean }[],
  obstacles: readonly Rect[],
  bounds: Rect,
  margin = 1,
): (Rect | null)[] {
  const taken: Rect[] = [...obstacles];
  const grow = (r: Rect): Rect => ({
    x: r.x - margin,
    y: r.y - margin,
    width: r.width + 2 * margin,
    height: r.height + 2 * margin,
  });
  return requests.map(({ candidates, allows }) => {
    const fit = candidates.find(
      (c) =>
        contains(bounds, c) &&
        !taken.some((t) => rectsOverlap(grow(c), t)) &&
        (allows?.(c) ?? true),
    );
    if (!fit) return null;
    taken.push(fit);
    return fit;
  });
}

/**
 * The names to print on the map: the words every name shares at the start ("ReliefPath PT")
 * are left out when there are several, as a map legend would, and long ones are shortened.
 */
export function shortNames(names: readonly string[], maxLength = 24): string[] {
  const words = names.map((n) => n.trim().split(/\s+/));
  let shared = 0;
  if (names.length > 1)
    while (words.every((w) => w.length > shared + 1 && w[shared] === words[0]![shared])) shared++;
  return words.map((w) => {
    const name = w.slice(shared).join(' ');
    return name.length <= maxLength ? name : `${name.slice(0, maxLength - 1).trimEnd()}…`;
  });
}

/**
 * A scale bar: the longest round distance (1, 2 or 5 times a power of ten) whose bar is at
 * most `maxPixels` long, given how many pixels one unit (a mile) spans.
 */
export function scaleBar(
  pixelsPerUnit: number,
  maxPixels: number,
): { units: number; pixels: number } {
  const most = maxPixels / pixelsPerUnit;
  const power = 10 ** Math.floor(Math.log10(most));
  const units = [5, 2, 1].map((f) => f * power).find((u) => u <= most) ?? power;
  return { units, pixels: units * pixelsPerUnit };
}
