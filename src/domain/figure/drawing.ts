import {
  RADIUS,
  SEGMENT,
  blendSkeletons,
  direction,
  distance,
  extents,
  mix,
  pointOf,
  solve,
  spineAt,
  step,
  type Feel,
  type Limb,
  type PointName,
  type Pose,
  type Skeleton,
  type Vec,
} from './skeleton';

/**
 * Turns key poses into a picture: the body with volume (tapered limbs, torso with chest and
 * pelvis, head), near limbs darker and in front of the body, far limbs lighter behind it, the
 * floor, the props as objects and a glow where the stretch is felt. The result is plain vector
 * paths, so the app (SVG) and the printouts (PDF) draw the very same figure.
 */

export const BOX = { width: 200, height: 150 } as const;
const FLOOR = 141;
const MAT = 4;
const BED_TOP = 106;

export type Shape = {
  /** What the shape is, for tests and styling hooks (e.g. "near-leg", "feel", "chair"). */
  part: string;
  /** SVG path data in the 200×150 box, y down. */
  d: string;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  opacity?: number;
};
/** The picture's own coordinates: shapes are drawn in the box from (x, y), width × height (4:3). */
export type Drawing = { x: number; y: number; width: number; height: number; shapes: Shape[] };

/** Which side of the body is worked: the picture is mirrored so it is always the near side. */
export type FigureSide = 'left' | 'right';

const COLOUR = {
  shirt: { body: '#2e8b83', near: '#1d6a64', far: '#93c8c2' },
  trousers: { body: '#40587f', near: '#2b3e62', far: '#9eafcf' },
  skin: { body: '#d49d78', near: '#cf9670', far: '#efcfb6' },
  shoe: { near: '#343a44', far: '#a3a9b2' },
  hair: '#3d302a',
  rim: '#f6fbfa',
  floor: '#9fb9b4',
  mat: '#8fb59a',
  matEdge: '#6d9a7a',
  wood: '#b88a5c',
  woodDark: '#8c6440',
  cloth: '#f3efe6',
  clothEdge: '#b9b09c',
  towel: '#e3a07c',
  towelEdge: '#b8714d',
  strap: '#6a58cf',
  feel: '#ff7417',
} as const;

type Pen = {
  /** A closed outline through the points. */
  polygon(points: readonly Vec[]): string;
  /** An open line through the points. */
  line(points: readonly Vec[]): string;
};

function pen(mirrored: boolean): Pen {
  const fmt = ([x, y]: Vec) =>
    `${(mirrored ? BOX.width - x : x).toFixed(1)} ${y.toFixed(1)}`.replace(/\.0(?= |$)/g, '');
  const line = (points: readonly Vec[]) =>
    points.map((p, i) => `${i ? 'L' : 'M'}${fmt(p)}`).join('');
  return { line, polygon: (points) => `${line(points)}Z` };
}

/** Points on a circle from angle a to b (degrees, y up), inclusive. */
function arc(centre: Vec, radius: number, from: number, to: number, steps = 8): Vec[] {
  return Array.from({ length: steps + 1 }, (_, i) =>
    step(centre, from + ((to - from) * i) / steps, radius),
  );
}

/** A limb segment: two circles joined by their outer tangents. */
function capsule(p0: Vec, r0: number, p1: Vec, r1: number): Vec[] {
  const d = Math.max(distance(p0, p1), Math.abs(r0 - r1) + 0.01);
  const base = direction(p0, p1);
  const spread = (Math.acos((r0 - r1) / d) * 180) / Math.PI;
  return [
    ...arc(p1, r1, base - spread, base + spread),
    ...arc(p0, r0, base + spread, base + 360 - spread, 12),
  ];
}

function ellipse(centre: Vec, rx: number, ry: number, angle: number): Vec[] {
  const a = (angle * Math.PI) / 180;
  return Array.from({ length: 24 }, (_, i) => {
    const t = (i / 24) * 2 * Math.PI;
    const [x, y] = [rx * Math.cos(t), ry * Math.sin(t)];
    return [
      centre[0] + x * Math.cos(a) - y * Math.sin(a),
      centre[1] - (x * Math.sin(a) + y * Math.cos(a)),
    ] as Vec;
  });
}

function rect(x: number, y: number, w: number, h: number): Vec[] {
  return [
    [x, y],
    [x + w, y],
    [x + w, y + h],
    [x, y + h],
  ];
}

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;
/** A width profile through (t, width) stops, linear between them. */
function profile(stops: readonly [number, number][], t: number): number {
  for (let i = 1; i < stops.length; i++) {
    const [t0, w0] = stops[i - 1]!;
    const [t1, w1] = stops[i]!;
    if (t <= t1) return lerp(w0, w1, (t - t0) / (t1 - t0));
  }
  return stops[stops.length - 1]![1];
}
const BACK: [number, number][] = [
  [0, 9.5],
  [0.35, 7.8],
  [0.75, 9],
  [1, 6.5],
];
const FRONT: [number, number][] = [
  [0, 9.5],
  [0.4, 8.6],
  [0.75, 9.8],
  [1, 6.5],
];

/** The outline of the trunk between two points along the spine. */
function trunkOutline(s: Skeleton, from: number, to: number, widen = 1): Vec[] {
  const samples = 10;
  const back: Vec[] = [];
  const front: Vec[] = [];
  for (let i = 0; i <= samples; i++) {
    const t = lerp(from, to, i / samples);
    const p = spineAt(s, t);
    const tangent = direction(spineAt(s, Math.max(0, t - 0.02)), spineAt(s, Math.min(1, t + 0.02)));
    back.push(step(p, tangent + 90, profile(BACK, t) * widen));
    front.push(step(p, tangent - 90, profile(FRONT, t) * widen));
  }
  return [...back, ...front.reverse()];
}

function limbShapes(p: Pen, l: Limb, side: 'near' | 'far'): Shape[] {
  const rim = side === 'near' ? { stroke: COLOUR.rim, strokeWidth: 1.1 } : {};
  const part = (name: string, points: Vec[], fill: string): Shape => ({
    part: `${side}-${name}`,
    d: p.polygon(points),
    fill,
    ...rim,
  });
  return [
    part('leg', capsule(l.hip, RADIUS.hip, l.knee, RADIUS.knee), COLOUR.trousers[side]),
    part('leg', capsule(l.knee, RADIUS.knee, l.ankle, RADIUS.ankle), COLOUR.trousers[side]),
    part('foot', capsule(l.heel, RADIUS.ankle, l.toe, RADIUS.toe), COLOUR.shoe[side]),
  ];
}

function armShapes(p: Pen, l: Limb, side: 'near' | 'far'): Shape[] {
  const rim = side === 'near' ? { stroke: COLOUR.rim, strokeWidth: 1.1 } : {};
  const part = (points: Vec[], fill: string): Shape => ({
    part: `${side}-arm`,
    d: p.polygon(points),
    fill,
    ...rim,
  });
  return [
    part(capsule(l.elbow, RADIUS.elbow, l.wrist, RADIUS.wrist), COLOUR.skin[side]),
    part(capsule(l.wrist, RADIUS.wrist, l.hand, RADIUS.hand), COLOUR.skin[side]),
    part(capsule(l.shoulder, RADIUS.shoulderJoint, l.elbow, RADIUS.elbow), COLOUR.shirt[side]),
  ];
}

/** A face looking out of the picture: hair on the crown, two eyes. */
function frontHeadShapes(p: Pen, s: Skeleton): Shape[] {
  const r = SEGMENT.head;
  const crown = direction(s.neckBase, s.head);
  const eyes = [-1, 1].map((side) =>
    step(step(s.head, crown, -r * 0.05), crown + 90, side * r * 0.36),
  );
  return [
    {
      part: 'neck',
      d: p.polygon(capsule(s.neckBase, 4.2, step(s.head, crown, -r * 0.4), 3.8)),
      fill: COLOUR.skin.body,
    },
    { part: 'head', d: p.polygon(arc(s.head, r, 0, 360, 24)), fill: COLOUR.skin.body },
    {
      part: 'hair',
      d: p.polygon([
        ...arc(s.head, r + 0.6, crown - 85, crown + 85, 14),
        ...arc(s.head, r * 0.55, crown + 70, crown - 70, 8),
      ]),
      fill: COLOUR.hair,
    },
    ...eyes.map((eye) => ({
      part: 'eye',
      d: p.polygon(arc(eye, 0.95, 0, 360, 8)),
      fill: COLOUR.hair,
    })),
  ];
}

function headShapes(p: Pen, s: Skeleton): Shape[] {
  const r = SEGMENT.head;
  const crown = s.facing + 90;
  const eye = step(step(s.head, s.facing, r * 0.55), crown, r * 0.2);
  return [
    {
      part: 'neck',
      d: p.polygon(capsule(s.neckBase, 3.8, step(s.head, crown, -r * 0.4), 3.4)),
      fill: COLOUR.skin.body,
    },
    { part: 'head', d: p.polygon(arc(s.head, r, 0, 360, 24)), fill: COLOUR.skin.body },
    {
      part: 'nose',
      d: p.polygon([
        step(step(s.head, s.facing, r * 0.92), crown, 1.6),
        step(step(s.head, s.facing, r + 1.8), crown, -0.8),
        step(step(s.head, s.facing, r * 0.85), crown, -2),
      ]),
      fill: COLOUR.skin.body,
    },
    {
      part: 'hair',
      d: p.polygon([
        ...arc(s.head, r + 0.6, s.facing + 35, s.facing + 215, 14),
        ...arc(s.head, r * 0.45, s.facing + 200, s.facing + 60, 6),
      ]),
      fill: COLOUR.hair,
    },
    { part: 'eye', d: p.polygon(arc(eye, 0.95, 0, 360, 8)), fill: COLOUR.hair },
  ];
}

function feelShapes(p: Pen, s: Skeleton, feel: readonly Feel[]): Shape[] {
  const l = s.near;
  const back = s.front + 180;
  const thigh = direction(l.hip, l.knee);
  // The back of a limb is the side its far joint folds toward.
  const thighBack = thigh - 90;
  const spot = (where: Feel): [Vec, number, number, number] => {
    switch (where) {
      case 'buttock':
        return [step(step(l.hip, back, 6), thigh, 2), 8, 6.5, thigh];
      case 'backOfThigh':
        return [step(mix(l.hip, l.knee, 0.55), thighBack, 4), 12, 5, thigh];
      case 'lowBack': {
        const at = spineAt(s, 0.3);
        return [step(at, back, 6), 8.5, 5.5, direction(s.hip, s.shoulder)];
      }
      case 'hip':
        return [step(l.hip, s.front, 4), 7, 5.5, thigh];
      case 'belly': {
        const at = spineAt(s, 0.45);
        return [step(at, s.front, 5), 8, 6, direction(s.hip, s.shoulder)];
      }
      case 'calf': {
        const shin = direction(l.knee, l.ankle);
        return [step(mix(l.knee, l.ankle, 0.4), shin - 90, 3), 9, 4, shin];
      }
    }
  };
  return feel.flatMap((where) => {
    const [centre, rx, ry, angle] = spot(where);
    return [
      [1.55, 0.16],
      [1.25, 0.26],
      [1, 0.5],
    ].map(([grow, opacity]) => ({
      part: 'feel',
      d: p.polygon(ellipse(centre, rx * grow!, ry * grow!, angle)),
      fill: COLOUR.feel,
      opacity: opacity!,
    }));
  });
}

function bodyShapes(p: Pen, s: Skeleton, feel: readonly Feel[], front: boolean): Shape[] {
  // From the front the trunk shows its width, not its depth.
  const widen = front ? 1.3 : 1;
  return [
    ...armShapes(p, s.far, 'far'),
    ...limbShapes(p, s.far, 'far'),
    {
      part: 'torso',
      d: p.polygon(trunkOutline(s, 0.22, 1, widen)),
      fill: COLOUR.shirt.body,
    },
    {
      part: 'torso',
      d: p.polygon(arc(s.shoulder, 6.6, 0, 360, 16)),
      fill: COLOUR.shirt.body,
    },
    {
      part: 'pelvis',
      d: p.polygon(trunkOutline(s, 0, 0.3, widen)),
      fill: COLOUR.trousers.body,
    },
    {
      part: 'pelvis',
      d: p.polygon(arc(s.hip, RADIUS.pelvis, 0, 360, 16)),
      fill: COLOUR.trousers.body,
    },
    ...(front ? frontHeadShapes(p, s) : headShapes(p, s)),
    ...limbShapes(p, s.near, 'near'),
    ...armShapes(p, s.near, 'near'),
    ...feelShapes(p, s, feel),
  ];
}

const shift = (s: Skeleton, [dx, dy]: Vec): Skeleton => {
  const m = (v: Vec): Vec => [v[0] + dx, v[1] + dy];
  const limb = (l: Limb): Limb =>
    Object.fromEntries(Object.entries(l).map(([k, v]) => [k, m(v)])) as Limb;
  return {
    ...s,
    hip: m(s.hip),
    shoulder: m(s.shoulder),
    spineControl: m(s.spineControl),
    neckBase: m(s.neckBase),
    head: m(s.head),
    near: limb(s.near),
    far: limb(s.far),
  };
};

function supportOf(pose: Pose): number {
  if (pose.props.some((p) => p.kind === 'bed')) return BED_TOP;
  if (pose.props.some((p) => p.kind === 'mat')) return FLOOR - MAT;
  return FLOOR;
}

/** Rests a body on its support: its lowest point touches it. */
function ground(s: Skeleton, support: number): Skeleton {
  const lowest = Math.max(...extents(s).map((e) => e.point[1] + e.radius));
  return shift(s, [0, support - lowest]);
}

function horizontalSpan(s: Skeleton): [number, number] {
  const xs = extents(s).flatMap((e) => [e.point[0] - e.radius, e.point[0] + e.radius]);
  return [Math.min(...xs), Math.max(...xs)];
}

/**
 * Places every key pose in the box: each rests on its support, the anchor point (a knee on the
 * floor, the hips on a chair) stays where the first pose has it, and the whole movement is
 * centred left to right.
 */
function placeKeyPoses(poses: readonly Pose[]): Skeleton[] {
  const first = poses[0]!;
  const support = supportOf(first);
  const solved = poses.map((pose) => ground(solve(pose), support));
  const anchorX = pointOf(solved[0]!, first.anchor)[0];
  const aligned = solved.map((s) => shift(s, [anchorX - pointOf(s, first.anchor)[0], 0]));
  const spans = aligned.map(horizontalSpan);
  const [min, max] = [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];
  const dx = (BOX.width - (max - min)) / 2 - min;
  return aligned.map((s) => shift(s, [dx, 0]));
}

function sceneShapes(p: Pen, pose: Pose, held: Skeleton, all: Skeleton[]): Shape[] {
  const support = supportOf(pose);
  const spans = all.map(horizontalSpan);
  const [min, max] = [
    Math.max(4, Math.min(...spans.map((s) => s[0])) - 8),
    Math.min(BOX.width - 4, Math.max(...spans.map((s) => s[1])) + 8),
  ];
  const shapes: Shape[] = [
    {
      part: 'floor',
      d: p.polygon(rect(-BOX.width, FLOOR, BOX.width * 3, 1.6)),
      fill: COLOUR.floor,
    },
  ];
  /** Where a body part is in the held pose, and the lowest edge of that part. */
  const underBody = (name: PointName) => {
    const at = pointOf(held, name);
    const radius =
      name === 'head'
        ? SEGMENT.head
        : name === 'chest' || name === 'lowBack' || name === 'hip'
          ? RADIUS.chest
          : RADIUS.knee;
    return { at, bodyBottom: at[1] + radius };
  };
  for (const prop of pose.props) {
    switch (prop.kind) {
      case 'mat':
        shapes.push({
          part: 'mat',
          d: p.polygon(rect(min, support, max - min, MAT)),
          fill: COLOUR.mat,
          stroke: COLOUR.matEdge,
          strokeWidth: 0.8,
        });
        break;
      case 'bed': {
        const headEnd = held.head[0] < held.hip[0] ? min - 2 : max + 2;
        const [left, right] = [Math.max(4, min - 4), Math.min(BOX.width - 4, max + 4)];
        shapes.push(
          {
            part: 'bed',
            d: p.polygon(rect(left, support + 14, right - left, 6)),
            fill: COLOUR.wood,
            stroke: COLOUR.woodDark,
            strokeWidth: 0.8,
          },
          {
            part: 'bed',
            d: p.polygon(rect(left + 3, support + 20, 5, FLOOR - support - 20)),
            fill: COLOUR.woodDark,
          },
          {
            part: 'bed',
            d: p.polygon(rect(right - 8, support + 20, 5, FLOOR - support - 20)),
            fill: COLOUR.woodDark,
          },
          {
            part: 'bed',
            d: p.polygon(
              rect(headEnd < held.hip[0] ? left : right - 6, support - 22, 6, FLOOR - support + 22),
            ),
            fill: COLOUR.wood,
            stroke: COLOUR.woodDark,
            strokeWidth: 0.8,
          },
          {
            part: 'mattress',
            d: p.polygon(rect(left + 1, support, right - left - 2, 14)),
            fill: COLOUR.cloth,
            stroke: COLOUR.clothEdge,
            strokeWidth: 0.9,
          },
        );
        break;
      }
      case 'chair': {
        const seat = held.hip[1] + RADIUS.pelvis;
        const back = held.hip[0] - 15;
        const front = held.hip[0] + 16;
        shapes.push(
          {
            part: 'chair',
            d: p.polygon(rect(back - 3, seat - 46, 4.5, FLOOR - seat + 46)),
            fill: COLOUR.woodDark,
          },
          {
            part: 'chair',
            d: p.polygon(rect(back - 1, seat - 40, 4, 18)),
            fill: COLOUR.wood,
            stroke: COLOUR.woodDark,
            strokeWidth: 0.8,
          },
          {
            part: 'chair',
            d: p.polygon(rect(front - 4, seat + 4, 4, FLOOR - seat - 4)),
            fill: COLOUR.woodDark,
          },
          {
            part: 'chair',
            d: p.polygon(rect(back - 3, seat, front - back + 3, 4.5)),
            fill: COLOUR.wood,
            stroke: COLOUR.woodDark,
            strokeWidth: 0.8,
          },
        );
        break;
      }
      case 'step': {
        const heel = held.near.heel;
        const top = heel[1] + RADIUS.ankle;
        const left = heel[0] - 10;
        shapes.push({
          part: 'step',
          d: p.polygon(rect(left, top, Math.min(36, BOX.width - 4 - left), FLOOR - top)),
          fill: COLOUR.wood,
          stroke: COLOUR.woodDark,
          strokeWidth: 0.9,
        });
        break;
      }
      case 'pillow': {
        const { at, bodyBottom } = underBody(prop.under);
        // Under the head it is a flat cushion; under the chest it fills the gap to the floor.
        const height = Math.max(9, support - bodyBottom + 3);
        shapes.push({
          part: 'pillow',
          d: p.polygon(ellipse([at[0], support - height / 2], 18, height / 2, 0)),
          fill: COLOUR.cloth,
          stroke: COLOUR.clothEdge,
          strokeWidth: 0.9,
        });
        break;
      }
      case 'towel': {
        const { at, bodyBottom } = underBody(prop.under);
        const r = Math.min(7, Math.max(3, (support - bodyBottom) / 2 + 1));
        const centre: Vec = [at[0], support - r];
        shapes.push(
          {
            part: 'towel',
            d: p.polygon(arc(centre, r, 0, 360, 20)),
            fill: COLOUR.towel,
            stroke: COLOUR.towelEdge,
            strokeWidth: 0.9,
          },
          {
            part: 'towel',
            d: p.line(arc(centre, r * 0.5, 90, 400, 14)),
            fill: 'none',
            stroke: COLOUR.towelEdge,
            strokeWidth: 0.8,
          },
        );
        break;
      }
      case 'strap':
        break; // drawn in front of the body, from the hands of each frame
    }
  }
  return shapes;
}

function strapShapes(p: Pen, pose: Pose, s: Skeleton): Shape[] {
  if (!pose.props.some((prop) => prop.kind === 'strap')) return [];
  const { hand, toe, heel, ankle } = s.near;
  const sole = direction(ankle, heel) - 90;
  const ball = step(mix(heel, toe, 0.75), sole, 2.6);
  const arch = step(mix(heel, toe, 0.35), sole, 2.6);
  return [
    {
      part: 'strap',
      d: p.line([hand, ball, arch, hand]),
      fill: 'none',
      stroke: COLOUR.strap,
      strokeWidth: 2,
    },
  ];
}

/**
 * The part of the box worth showing: the body in every key pose and the props, with a margin,
 * widened to 4:3 and standing on the floor, so small figures are not lost in empty space.
 */
function frame(placed: Skeleton[], scene: Shape[], mirrored: boolean) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const s of placed)
    for (const e of extents(s)) {
      xs.push(e.point[0] - e.radius, e.point[0] + e.radius);
      ys.push(e.point[1] - e.radius);
    }
  for (const shape of scene)
    if (shape.part !== 'floor')
      for (const [, x, y] of shape.d.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)) {
        const px = Number(x);
        xs.push(mirrored ? BOX.width - px : px);
        ys.push(Number(y));
      }
  const margin = 7;
  const bottom = FLOOR + 6;
  let [left, right, top] = [
    Math.min(...xs) - margin,
    Math.max(...xs) + margin,
    Math.min(...ys) - margin,
  ];
  let width = right - left;
  let height = bottom - top;
  if (width / height < 4 / 3) {
    const grow = (height * 4) / 3 - width;
    left -= grow / 2;
    right += grow / 2;
    width = right - left;
  } else {
    height = (width * 3) / 4;
    top = bottom - height;
  }
  return { x: mirrored ? BOX.width - right : left, y: top, width, height };
}

export type SceneOptions = {
  /** Which side is worked; the picture mirrors for the left. */
  side?: FigureSide;
  /** Position along the key poses: 0 = first, 1 = second, 1.5 = halfway from second to third. */
  at?: number;
};

/** Everything about a movement that stays the same from frame to frame, worked out once. */
export type Scene = {
  poses: readonly Pose[];
  mirrored: boolean;
  placed: Skeleton[];
  props: Shape[];
  box: Pick<Drawing, 'x' | 'y' | 'width' | 'height'>;
};

export function prepareScene(poses: readonly Pose[], side?: FigureSide): Scene {
  const mirrored = side === 'left';
  if (poses.length === 0)
    return { poses, mirrored, placed: [], props: [], box: { x: 0, y: 0, ...BOX } };
  const placed = placeKeyPoses(poses);
  const props = sceneShapes(pen(mirrored), poses[0]!, placed[placed.length - 1]!, placed);
  return { poses, mirrored, placed, props, box: frame(placed, props, mirrored) };
}

/** One moment of a prepared movement: `at` 0 is the first key pose, 1 the second, and so on. */
export function drawFrame(scene: Scene, at = scene.poses.length - 1): Drawing {
  const { poses, placed } = scene;
  if (poses.length === 0) return { ...scene.box, shapes: [] };
  const p = pen(scene.mirrored);
  const where = Math.min(Math.max(at, 0), poses.length - 1);
  const i = Math.min(Math.floor(where), poses.length - 2);
  // Each moment rests on the support again, so knees and feet stay on the floor on the way.
  const body =
    poses.length === 1
      ? placed[0]!
      : ground(
          blendSkeletons(placed[i]!, placed[i + 1]!, where - Math.max(i, 0)),
          supportOf(poses[0]!),
        );
  const nearest = poses[Math.round(where)]!;
  return {
    ...scene.box,
    shapes: [
      ...scene.props,
      ...bodyShapes(p, body, nearest.feel, poses[0]!.view === 'front'),
      ...strapShapes(p, nearest, body),
    ],
  };
}

/** The scene for a set of key poses at one moment of the movement. */
export function drawScene(poses: readonly Pose[], options: SceneOptions = {}): Drawing {
  return drawFrame(prepareScene(poses, options.side), options.at);
}
