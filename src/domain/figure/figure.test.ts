import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIBRARY, POSE_LIST } from '../../../content/catalog';
import { drawScene } from './drawing';
import { loopPosition } from './motion';
import {
  PoseSchema,
  SEGMENT,
  blendSkeletons,
  distance,
  solve,
  type Limb,
  type Skeleton,
} from './skeleton';

const byId = new Map(POSE_LIST.map((p) => [p.id, p]));
const variants = LIBRARY.exercises.flatMap((exercise) =>
  exercise.variants.map((variant) => ({
    exercise,
    variant,
    poses: variant.poses.map((id) => byId.get(id)!),
  })),
);

const angle = fc.integer({ min: -170, max: 170 });
const legArb = fc.record({ hip: angle, knee: fc.integer({ min: 0, max: 150 }), ankle: angle });
const armArb = fc.record({ shoulder: angle, elbow: fc.integer({ min: 0, max: 150 }) });
const poseArb = fc
  .record({
    trunk: angle,
    spineBend: fc.integer({ min: -20, max: 20 }),
    neck: fc.integer({ min: -40, max: 40 }),
    near: fc.record({ leg: legArb, arm: armArb }),
    far: fc.record({ leg: legArb, arm: armArb }),
  })
  .map((p) => PoseSchema.parse({ id: 'generated', description: 'A generated pose.', ...p }));

/** Segment lengths measured on the solved body, the way a ruler would. */
function lengths(l: Limb) {
  return {
    thigh: distance(l.hip, l.knee),
    shin: distance(l.knee, l.ankle),
    foot: distance(l.heel, l.toe),
    upperArm: distance(l.shoulder, l.elbow),
    forearm: distance(l.elbow, l.wrist),
  };
}
const cross = (o: readonly number[], a: readonly number[], b: readonly number[]) =>
  (a[0]! - o[0]!) * -(b[1]! - o[1]!) - -(a[1]! - o[1]!) * (b[0]! - o[0]!);

describe('body model', () => {
  it('keeps every bone its length whatever the angles', () => {
    fc.assert(
      fc.property(poseArb, (pose) => {
        const s = solve(pose);
        for (const side of ['near', 'far'] as const) {
          const l = lengths(s[side]);
          expect(l.thigh).toBeCloseTo(SEGMENT.thigh, 6);
          expect(l.shin).toBeCloseTo(SEGMENT.shin, 6);
          expect(l.foot).toBeCloseTo(SEGMENT.foot + 3, 6);
          expect(l.upperArm).toBeCloseTo(SEGMENT.upperArm, 6);
          expect(l.forearm).toBeCloseTo(SEGMENT.forearm, 6);
        }
        expect(distance(s.hip, s.shoulder)).toBeCloseTo(SEGMENT.torso, 6);
      }),
    );
  });

  it('puts an ankle where it is asked to reach, bending the knee the natural way', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        fc.double({ min: 8, max: SEGMENT.thigh + SEGMENT.shin - 1, noNaN: true }),
        (theta, reach) => {
          const dx = reach * Math.cos(theta);
          const dy = reach * Math.sin(theta);
          const pose = PoseSchema.parse({
            id: 'reach',
            description: 'Reaching.',
            trunk: 90,
            near: { leg: { reach: { from: 'hip', dx, dy } }, arm: {} },
            far: { leg: {}, arm: {} },
          });
          const { hip, knee, ankle } = solve(pose).near;
          expect(ankle[0]).toBeCloseTo(hip[0] + dx, 6);
          expect(ankle[1]).toBeCloseTo(hip[1] - dy, 6);
          // Seen facing right, a knee bends so the shin turns clockwise from the thigh.
          expect(cross(hip, knee, ankle)).toBeLessThan(0);
        },
      ),
    );
  });

  it('keeps limbs their length on the way between two key poses', () => {
    fc.assert(
      fc.property(poseArb, poseArb, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, t) => {
        const mid: Skeleton = blendSkeletons(solve(a), solve(b), t);
        for (const side of ['near', 'far'] as const) {
          expect(lengths(mid[side]).thigh).toBeCloseTo(SEGMENT.thigh, 6);
          expect(lengths(mid[side]).forearm).toBeCloseTo(SEGMENT.forearm, 6);
        }
      }),
    );
  });
});

/** Every x and y of a drawing's paths, read back from the path text. */
function coordinates(d: string): [number, number][] {
  return [...d.matchAll(/(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
}

describe('exercise pictures', () => {
  it.each(variants.map((v) => [`${v.exercise.id}/${v.variant.id}`, v] as const))(
    '%s has a start and a held pose, rests on its support and shows where it is felt',
    (_, { exercise, variant, poses }) => {
      expect(poses.length).toBeGreaterThanOrEqual(2);
      expect(poses.some((p) => p.feel.length > 0)).toBe(true);
      for (const at of [0, 0.25, 0.5, 0.75, 1].map((f) => f * (poses.length - 1))) {
        const drawing = drawScene(poses, { at });
        const body = drawing.shapes.filter((s) => /^(near|far)-|torso|pelvis|head/.test(s.part));
        const points = body.flatMap((s) => coordinates(s.d));
        expect(points.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
        // Inside the picture's frame.
        for (const [x, y] of points) {
          expect(x).toBeGreaterThanOrEqual(drawing.x - 0.5);
          expect(x).toBeLessThanOrEqual(drawing.x + drawing.width + 0.5);
          expect(y).toBeGreaterThanOrEqual(drawing.y - 0.5);
          expect(y).toBeLessThanOrEqual(drawing.y + drawing.height + 0.5);
        }
        // The lowest point of the body touches the floor, mat or bed: it neither floats nor sinks.
        const supportTop = Math.min(
          ...drawing.shapes
            .filter((s) => ['floor', 'mat', 'mattress'].includes(s.part))
            .flatMap((s) => coordinates(s.d).map(([, y]) => y)),
        );
        expect(Math.max(...points.map(([, y]) => y))).toBeCloseTo(supportTop, 0);
      }
      const held = drawScene(poses);
      const parts = new Set(held.shapes.map((s) => s.part));
      for (const prop of variant.needsOneOf ?? []) {
        if (prop === 'towel') continue; // drawn as the strap it stands in for
        expect(parts, `${variant.id} shows a ${prop}`).toContain(prop);
      }
      if (variant.demands.props.includes('step')) expect(parts).toContain('step');
      if (exercise.sided) expect(held.shapes.some((s) => s.part === 'feel')).toBe(true);
    },
  );

  it('mirrors a one-sided picture exactly for the left side', () => {
    for (const { exercise, poses } of variants.filter((v) => v.exercise.sided)) {
      const right = drawScene(poses, { at: 1 });
      const left = drawScene(poses, { at: 1, side: 'left' });
      expect(
        left.shapes.map((s) => s.part),
        exercise.id,
      ).toEqual(right.shapes.map((s) => s.part));
      left.shapes.forEach((shape, i) => {
        const mirrored = coordinates(right.shapes[i]!.d).map(([x, y]) => [200 - x, y]);
        coordinates(shape.d).forEach(([x, y], j) => {
          expect(x).toBeCloseTo(mirrored[j]![0]!, 0);
          expect(y).toBe(mirrored[j]![1]);
        });
      });
      expect(left.x).toBeCloseTo(200 - right.x - right.width, 1);
    }
  });

  it('draws the near limbs in front of the body and the far ones behind it', () => {
    for (const { poses } of variants) {
      const parts = drawScene(poses).shapes.map((s) => s.part);
      const torso = parts.indexOf('torso');
      expect(parts.lastIndexOf('far-leg')).toBeLessThan(torso);
      expect(parts.indexOf('near-leg')).toBeGreaterThan(torso);
    }
  });

  it('keeps every body inside the same frame through the whole movement', () => {
    for (const { poses } of variants) {
      const frames = [0, 0.3, 0.6, 1].map((at) => drawScene(poses, { at }));
      const [first] = frames;
      for (const f of frames)
        expect([f.x, f.y, f.width, f.height]).toEqual([
          first!.x,
          first!.y,
          first!.width,
          first!.height,
        ]);
    }
  });
});

describe('motion', () => {
  it('starts at the first pose, reaches the last, and never jumps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 0, max: 60_000 }), (n, t) => {
        const p = loopPosition(n, t);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(n - 1);
        // 16 ms later (one frame) it has moved by a small step at most.
        expect(Math.abs(loopPosition(n, t + 16) - p)).toBeLessThan(0.05);
      }),
    );
    expect(loopPosition(2, 0)).toBe(0);
    const samples = Array.from({ length: 700 }, (_, i) => loopPosition(3, i * 20));
    expect(Math.max(...samples)).toBe(2);
  });
});
