import { z } from 'zod';

/** Illustrations are drawn from joint positions in a 200×150 box, figure facing right. */
const Point = z.tuple([z.number(), z.number()]);
export type Point = z.infer<typeof Point>;

const Limbs = z.strictObject({ elbow: Point, hand: Point, knee: Point, ankle: Point, toe: Point });

export const ScenePropSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('chair') }),
  z.strictObject({ kind: z.literal('mat') }),
  z.strictObject({ kind: z.literal('bed') }),
  z.strictObject({ kind: z.literal('step') }),
  z.strictObject({ kind: z.literal('pillow'), at: Point, width: z.number(), height: z.number() }),
  z.strictObject({ kind: z.literal('strap'), to: Point }),
]);
export type SceneProp = z.infer<typeof ScenePropSchema>;

export const PoseSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** What the picture shows, for screen readers. */
  description: z.string().min(1),
  head: Point,
  neck: Point,
  hip: Point,
  /** How far the spine bows toward the back (positive, rounded) or belly (negative, arched). */
  spineBend: z.number(),
  near: Limbs,
  far: Limbs,
  props: z.array(ScenePropSchema),
});
export type Pose = z.infer<typeof PoseSchema>;

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;
const lerpPoint = (a: Point, b: Point, t: number): Point => [
  lerp(a[0], b[0], t),
  lerp(a[1], b[1], t),
];

function lerpLimbs(a: Pose['near'], b: Pose['near'], t: number): Pose['near'] {
  return {
    elbow: lerpPoint(a.elbow, b.elbow, t),
    hand: lerpPoint(a.hand, b.hand, t),
    knee: lerpPoint(a.knee, b.knee, t),
    ankle: lerpPoint(a.ankle, b.ankle, t),
    toe: lerpPoint(a.toe, b.toe, t),
  };
}

/** The body between two key poses; props come from the first pose. */
export function interpolatePose(a: Pose, b: Pose, t: number): Pose {
  return {
    ...a,
    head: lerpPoint(a.head, b.head, t),
    neck: lerpPoint(a.neck, b.neck, t),
    hip: lerpPoint(a.hip, b.hip, t),
    spineBend: lerp(a.spineBend, b.spineBend, t),
    near: lerpLimbs(a.near, b.near, t),
    far: lerpLimbs(a.far, b.far, t),
    props: a.props.map((prop, i) => {
      const other = b.props[i];
      return prop.kind === 'strap' && other?.kind === 'strap'
        ? { kind: 'strap', to: lerpPoint(prop.to, other.to, t) }
        : prop;
    }),
  };
}
