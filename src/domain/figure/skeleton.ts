import { z } from 'zod';

/**
 * One articulated body for every exercise picture, seen from the side in a 200×150 box (y down).
 * A key pose is joint angles; forward kinematics turns them into joint positions. Angles are in
 * degrees with y pointing up (counter-clockwise positive), so the numbers in content read like
 * a goniometer: 0° hip flexion is a straight leg in line with the trunk, 90° is a seated thigh.
 * The unmirrored figure faces right, so its near side (the one drawn darker, in front) is its
 * right side.
 */

export const SEGMENT = {
  head: 8.5,
  neck: 6,
  torso: 44,
  thigh: 34,
  shin: 32,
  foot: 12,
  upperArm: 24,
  forearm: 20,
  hand: 6,
} as const;

/** Half-widths, for drawing and for resting the body on a surface. */
export const RADIUS = {
  pelvis: 9.5,
  chest: 9.5,
  shoulder: 6.5,
  hip: 7.5,
  knee: 5.2,
  ankle: 3.4,
  toe: 2.4,
  shoulderJoint: 4.6,
  elbow: 3.6,
  wrist: 2.8,
  hand: 2.6,
} as const;

const PointNameSchema = z.enum([
  'hip',
  'shoulder',
  'head',
  'lowBack',
  'chest',
  'near.knee',
  'near.ankle',
  'near.toe',
  'near.heel',
  'near.hand',
  'far.knee',
  'far.ankle',
  'far.toe',
  'far.heel',
  'far.hand',
]);
export type PointName = z.infer<typeof PointNameSchema>;

/** A place on the body or beside it: a joint, a share of the way between two, nudged by dx/dy (y up). */
const TargetSchema = z.strictObject({
  from: PointNameSchema,
  to: PointNameSchema.optional(),
  at: z.number().min(0).max(1).optional(),
  /** Sideways from the line from→to, counter-clockwise positive (e.g. across a thigh). */
  across: z.number().optional(),
  dx: z.number().optional(),
  dy: z.number().optional(),
});
export type Target = z.infer<typeof TargetSchema>;

const Angle = z.number().min(-360).max(360);

/** A leg by its angles, or by where its ankle should rest (two-bone inverse kinematics). */
const LegSchema = z.strictObject({
  hip: Angle.optional(),
  knee: Angle.optional(),
  /** The ankle's target instead of hip and knee angles. */
  reach: TargetSchema.optional(),
  /** Foot angle from its neutral right angle to the shin; positive points the toes. */
  ankle: Angle.optional(),
  /** The foot's direction in the picture instead (0 = forward along the floor). */
  foot: Angle.optional(),
  /** How much of the thigh and shin shows when the leg turns out of the side view (1 = all). */
  thighShows: z.number().min(0.2).max(1).optional(),
  shinShows: z.number().min(0.2).max(1).optional(),
});
const ArmSchema = z.strictObject({
  shoulder: Angle.optional(),
  elbow: Angle.optional(),
  /** Where the hand holds on, instead of angles. */
  reach: TargetSchema.optional(),
});

export const FeelSchema = z.enum(['buttock', 'backOfThigh', 'lowBack', 'hip', 'calf', 'belly']);
export type Feel = z.infer<typeof FeelSchema>;

export const ScenePropSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('chair') }),
  z.strictObject({ kind: z.literal('mat') }),
  z.strictObject({ kind: z.literal('bed') }),
  z.strictObject({ kind: z.literal('step') }),
  z.strictObject({ kind: z.literal('pillow'), under: PointNameSchema }),
  z.strictObject({ kind: z.literal('towel'), under: PointNameSchema }),
  /** A strap from the near hand around the near foot. */
  z.strictObject({ kind: z.literal('strap') }),
]);
export type SceneProp = z.infer<typeof ScenePropSchema>;

export const PoseSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** What the picture shows, for screen readers and the printed page. */
  description: z.string().min(1),
  /** Direction from hips to shoulders: 90 upright, 180 lying with the head to the left. */
  trunk: Angle,
  /** How far the back bows toward the back (positive, rounded) or the belly (negative, arched). */
  spineBend: z.number().min(-20).max(20).default(0),
  /** Chin toward the chest (positive) or head lifted (negative). */
  neck: Angle.default(0),
  near: z.strictObject({ leg: LegSchema, arm: ArmSchema }),
  far: z.strictObject({ leg: LegSchema, arm: ArmSchema }),
  /** The point that stays put while the body moves between key poses. */
  anchor: PointNameSchema.default('hip'),
  /** Where the stretch should be felt, on the near side. */
  feel: z.array(FeelSchema).default([]),
  props: z.array(ScenePropSchema).default([]),
  /**
   * Seen from the side (the usual), or from the front for side-lying work, where the near leg
   * is the top one and the face looks out of the picture.
   */
  view: z.enum(['side', 'front']).default('side'),
});
export type Pose = z.output<typeof PoseSchema>;
export type PoseInput = z.input<typeof PoseSchema>;

export type Vec = readonly [number, number];
type Side = 'near' | 'far';

export type Limb = {
  hip: Vec;
  knee: Vec;
  ankle: Vec;
  heel: Vec;
  toe: Vec;
  shoulder: Vec;
  elbow: Vec;
  wrist: Vec;
  hand: Vec;
};

export type Skeleton = {
  hip: Vec;
  shoulder: Vec;
  /** The spine as a quadratic curve from hip to shoulder through this control point. */
  spineControl: Vec;
  neckBase: Vec;
  head: Vec;
  /** The direction the face looks, in degrees (y up). */
  facing: number;
  /** The direction of the belly side, in degrees (y up). */
  front: number;
  near: Limb;
  far: Limb;
};

const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;
/** A step of `length` in direction `angle` (degrees, y up) from `p`, in picture coordinates (y down). */
export const step = (p: Vec, angle: number, length: number): Vec => [
  p[0] + length * Math.cos(rad(angle)),
  p[1] - length * Math.sin(rad(angle)),
];
/** Direction from a to b in degrees, y up. */
export const direction = (a: Vec, b: Vec) => deg(Math.atan2(a[1] - b[1], b[0] - a[0]));
export const distance = (a: Vec, b: Vec) => Math.hypot(b[0] - a[0], b[1] - a[1]);
export const mix = (a: Vec, b: Vec, t: number): Vec => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
];

/** Point on the spine curve, t from hip (0) to shoulder (1). */
export function spineAt(s: Pick<Skeleton, 'hip' | 'shoulder' | 'spineControl'>, t: number): Vec {
  const u = 1 - t;
  return [
    u * u * s.hip[0] + 2 * u * t * s.spineControl[0] + t * t * s.shoulder[0],
    u * u * s.hip[1] + 2 * u * t * s.spineControl[1] + t * t * s.shoulder[1],
  ];
}

/**
 * Two-bone inverse kinematics: the middle joint for a chain root→target with bone lengths a and
 * b, bending so that the second bone turns clockwise from the first by `bend` sign (+1 or -1).
 * An unreachable target is approached in a straight line.
 */
function solveTwoBone(root: Vec, target: Vec, a: number, b: number, bend: 1 | -1): Vec {
  const d = Math.min(Math.max(distance(root, target), Math.abs(a - b) + 1e-6), a + b - 1e-6);
  const base = direction(root, target);
  const inner = deg(Math.acos((a * a + d * d - b * b) / (2 * a * d)));
  return step(root, base + bend * inner, a);
}

type Placed = Pick<Skeleton, 'hip' | 'shoulder' | 'spineControl' | 'head'> & {
  [side in Side]?: Partial<Limb>;
};

function resolve(target: Target, body: Placed): Vec {
  const named = (name: PointName) => pointOf(body, name);
  const start = named(target.from);
  const end = target.to ? named(target.to) : start;
  const along = target.to ? mix(start, end, target.at ?? 0.5) : start;
  const place = target.across ? step(along, direction(start, end) + 90, target.across) : along;
  return [place[0] + (target.dx ?? 0), place[1] - (target.dy ?? 0)];
}

function placeLeg(
  pose: Pose,
  side: Side,
  hip: Vec,
  downAngle: number,
  body: Placed,
): Partial<Limb> {
  const leg = pose[side].leg;
  const thigh = SEGMENT.thigh * (leg.thighShows ?? 1);
  const shin = SEGMENT.shin * (leg.shinShows ?? 1);
  let knee: Vec;
  let ankle: Vec;
  if (leg.reach) {
    ankle = resolve(leg.reach, body);
    // A knee bends the shin clockwise from the thigh (toward the back of a right-facing body).
    knee = solveTwoBone(hip, ankle, thigh, shin, 1);
    ankle = step(knee, direction(knee, ankle), shin);
  } else {
    const thighAngle = downAngle + (leg.hip ?? 0);
    knee = step(hip, thighAngle, thigh);
    ankle = step(knee, thighAngle - (leg.knee ?? 0), shin);
  }
  const shinAngle = direction(knee, ankle);
  const footAngle = leg.foot ?? shinAngle + 90 - (leg.ankle ?? 0);
  const heel = step(ankle, footAngle, -3);
  const toe = step(ankle, footAngle, SEGMENT.foot);
  return { hip, knee, ankle, heel, toe };
}

function placeArm(pose: Pose, side: Side, shoulder: Vec, downAngle: number, body: Placed) {
  const arm = pose[side].arm;
  const reach = SEGMENT.forearm + SEGMENT.hand * 0.5;
  let elbow: Vec;
  let wrist: Vec;
  if (arm.reach) {
    const target = resolve(arm.reach, body);
    // An elbow bends the forearm counter-clockwise from the upper arm (toward the front).
    elbow = solveTwoBone(shoulder, target, SEGMENT.upperArm, reach, -1);
    wrist = step(elbow, direction(elbow, target), SEGMENT.forearm);
  } else {
    const upper = downAngle + (arm.shoulder ?? 0);
    elbow = step(shoulder, upper, SEGMENT.upperArm);
    wrist = step(elbow, upper + (arm.elbow ?? 0), SEGMENT.forearm);
  }
  const hand = step(wrist, direction(elbow, wrist), SEGMENT.hand);
  return { shoulder, elbow, wrist, hand };
}

/** Joint positions for a pose, with the hip at `hip`. */
export function solve(pose: Pose, hip: Vec = [0, 0]): Skeleton {
  const shoulder = step(hip, pose.trunk, SEGMENT.torso);
  const back = pose.trunk + 90;
  const spineControl = step(mix(hip, shoulder, 0.5), back, pose.spineBend * 1.6);
  const shoulderTangent = direction(spineControl, shoulder);
  const neckAngle = shoulderTangent - pose.neck;
  const neckBase = step(shoulder, neckAngle, SEGMENT.neck * 0.5);
  const head = step(shoulder, neckAngle, SEGMENT.neck + SEGMENT.head);
  const body: Placed = { hip, shoulder, spineControl, head };
  const down = pose.trunk + 180;
  // Legs first so hands can hold on to them; a leg resting on the other is placed second.
  const reachesOther = (side: Side) =>
    pose[side].leg.reach?.from.startsWith(side === 'near' ? 'far.' : 'near.') ?? false;
  const order: Side[] = reachesOther('far') ? ['near', 'far'] : ['far', 'near'];
  for (const side of order) body[side] = placeLeg(pose, side, hip, down, body);
  const [near, far] = [body.near!, body.far!];
  const armShoulder = step(shoulder, pose.trunk + 180, 3);
  const farArm = placeArm(pose, 'far', armShoulder, down, body);
  body.far = { ...far, ...farArm };
  const nearArm = placeArm(pose, 'near', armShoulder, down, body);
  return {
    hip,
    shoulder,
    spineControl,
    neckBase,
    head,
    facing: neckAngle - 90,
    front: pose.trunk - 90,
    near: { ...(near as Omit<Limb, keyof typeof nearArm>), ...nearArm },
    far: { ...(far as Omit<Limb, keyof typeof farArm>), ...farArm },
  };
}

/** Every point of the body with the room it takes, for resting it on a surface. */
export function extents(s: Skeleton): { point: Vec; radius: number }[] {
  const limb = (l: Limb) => [
    { point: l.knee, radius: RADIUS.knee },
    { point: l.ankle, radius: RADIUS.ankle },
    { point: l.heel, radius: RADIUS.ankle },
    { point: l.toe, radius: RADIUS.toe },
    { point: l.elbow, radius: RADIUS.elbow },
    { point: l.wrist, radius: RADIUS.wrist },
    { point: l.hand, radius: RADIUS.hand },
  ];
  const spine = [0, 0.25, 0.5, 0.75, 1].map((t) => ({
    point: spineAt(s, t),
    radius: t < 0.5 ? RADIUS.pelvis : RADIUS.chest,
  }));
  return [...spine, { point: s.head, radius: SEGMENT.head }, ...limb(s.near), ...limb(s.far)];
}

/** A named place on the body; a pose may only refer to parts already placed. */
export function pointOf(s: Placed, name: PointName): Vec {
  if (name === 'hip' || name === 'shoulder' || name === 'head') return s[name];
  if (name === 'lowBack') return spineAt(s, 0.3);
  if (name === 'chest') return spineAt(s, 0.75);
  const [side, joint] = name.split('.') as [Side, keyof Limb];
  const point = s[side]?.[joint];
  if (!point) throw new Error(`A pose refers to ${name} before it is placed`);
  return point;
}

/**
 * The body between two key poses, blended segment by segment (direction and shown length), so
 * limbs keep their length on the way whether a pose gives angles or a place to reach.
 */
export function blendSkeletons(a: Skeleton, b: Skeleton, t: number): Skeleton {
  if (t <= 0) return a;
  if (t >= 1) return b;
  const angle = (x: number, y: number) => x + signedTurn(x, y) * t;
  const num = (x: number, y: number) => x + (y - x) * t;
  /** Re-grows a chain of segments from `root`, blending each one's direction and length. */
  const chain = (root: Vec, pointsA: Vec[], pointsB: Vec[]): Vec[] => {
    const out: Vec[] = [];
    let at = root;
    let [prevA, prevB] = [pointsA[0]!, pointsB[0]!];
    for (let i = 1; i < pointsA.length; i++) {
      const [pa, pb] = [pointsA[i]!, pointsB[i]!];
      at = step(
        at,
        angle(direction(prevA, pa), direction(prevB, pb)),
        num(distance(prevA, pa), distance(prevB, pb)),
      );
      out.push(at);
      [prevA, prevB] = [pa, pb];
    }
    return out;
  };
  const hip = mix(a.hip, b.hip, t);
  const [shoulder, spineControl] = [
    chain(hip, [a.hip, a.shoulder], [b.hip, b.shoulder])[0]!,
    chain(hip, [a.hip, a.spineControl], [b.hip, b.spineControl])[0]!,
  ];
  const [neckBase, head] = [
    chain(shoulder, [a.shoulder, a.neckBase], [b.shoulder, b.neckBase])[0]!,
    chain(shoulder, [a.shoulder, a.head], [b.shoulder, b.head])[0]!,
  ];
  const limb = (side: Side): Limb => {
    const [la, lb] = [a[side], b[side]];
    const [knee, ankle, toe] = chain(
      hip,
      [la.hip, la.knee, la.ankle, la.toe],
      [lb.hip, lb.knee, lb.ankle, lb.toe],
    );
    const [heel] = chain(ankle!, [la.ankle, la.heel], [lb.ankle, lb.heel]);
    const armShoulder = chain(shoulder, [a.shoulder, la.shoulder], [b.shoulder, lb.shoulder])[0]!;
    const [elbow, wrist, hand] = chain(
      armShoulder,
      [la.shoulder, la.elbow, la.wrist, la.hand],
      [lb.shoulder, lb.elbow, lb.wrist, lb.hand],
    );
    return {
      hip,
      knee: knee!,
      ankle: ankle!,
      toe: toe!,
      heel: heel!,
      shoulder: armShoulder,
      elbow: elbow!,
      wrist: wrist!,
      hand: hand!,
    };
  };
  return {
    hip,
    shoulder,
    spineControl,
    neckBase,
    head,
    facing: angle(a.facing, b.facing),
    front: angle(a.front, b.front),
    near: limb('near'),
    far: limb('far'),
  };
}

/** Positive when turning from direction a to b goes counter-clockwise (y up), in (-180, 180]. */
function signedTurn(a: number, b: number): number {
  return ((((b - a) % 360) + 540) % 360) - 180;
}
