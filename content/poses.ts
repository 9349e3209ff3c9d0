import type { PoseInput } from '../src/domain/figure/skeleton';

/**
 * Key poses of the exercise pictures, as joint angles of one body model
 * (src/domain/figure/skeleton.ts explains the angles). The near side is the side being worked:
 * the crossed leg of a figure-4, the hugged knee, the straight leg of a hamstring stretch.
 */

const sittingLegs = {
  hip: 90,
  knee: 90,
  ankle: 0,
} as const;
const handsOnThighs = {
  near: { reach: { from: 'near.knee', to: 'hip', at: 0.35, dy: 6 } },
  far: { reach: { from: 'far.knee', to: 'hip', at: 0.3, dy: 6 } },
} as const;
/** Ankle over the other knee, the thigh turned out so it shows shorter from the side. */
const crossedOverKnee = {
  reach: { from: 'far.knee', dx: 2, dy: 8 },
  thighShows: 0.55,
  shinShows: 0.62,
  foot: -25,
} as const;
/** Lying down, the crossed shin lies across the other thigh just above the knee. */
const lyingCrossed = {
  reach: { from: 'far.knee', to: 'hip', at: 0.18, across: 8 },
  thighShows: 0.88,
  shinShows: 0.62,
  foot: -20,
} as const;
const hookLying = { hip: 48, knee: 112, foot: 0 } as const;
const armsAlongside = { shoulder: 8, elbow: 6 } as const;
const quadruped = {
  trunk: 12,
  legs: { hip: 78, knee: 90, ankle: 85 },
  arms: { shoulder: 78, elbow: 0 },
} as const;

export const POSES = [
  {
    id: 'seated-upright',
    description: 'A person sitting upright in a chair, both feet flat on the floor.',
    trunk: 90,
    near: { leg: sittingLegs, arm: handsOnThighs.near },
    far: { leg: { ...sittingLegs, hip: 88 }, arm: handsOnThighs.far },
    props: [{ kind: 'chair' }],
  },
  {
    id: 'seated-figure-4-upright',
    description: 'A person sitting upright in a chair with one ankle resting on the other knee.',
    trunk: 90,
    near: { leg: crossedOverKnee, arm: { reach: { from: 'near.knee', dy: 4 } } },
    far: { leg: sittingLegs, arm: { reach: { from: 'near.ankle', dy: 4 } } },
    feel: ['buttock'],
    props: [{ kind: 'chair' }],
  },
  {
    id: 'seated-figure-4-lean',
    description:
      'A person in a chair, one ankle on the other knee, leaning forward with a long back.',
    trunk: 62,
    neck: -6,
    near: { leg: crossedOverKnee, arm: { reach: { from: 'near.knee', dy: 4 } } },
    far: { leg: { ...sittingLegs, hip: 118 }, arm: { reach: { from: 'near.ankle', dy: 4 } } },
    feel: ['buttock'],
    props: [{ kind: 'chair' }],
  },
  {
    id: 'supine-figure-4-start',
    description:
      'A person lying on their back, knees bent and feet flat, one ankle crossed over the other thigh.',
    trunk: 180,
    near: {
      leg: lyingCrossed,
      arm: { reach: { from: 'near.knee', dy: 3 } },
    },
    far: { leg: hookLying, arm: armsAlongside },
    props: [{ kind: 'mat' }, { kind: 'pillow', under: 'head' }],
  },
  {
    id: 'supine-figure-4',
    description:
      'A person lying on their back with one ankle crossed over the other thigh, drawing that thigh toward the chest.',
    trunk: 180,
    near: {
      leg: lyingCrossed,
      arm: { reach: { from: 'far.knee', to: 'hip', at: 0.3 } },
    },
    far: {
      leg: { hip: 80, knee: 88, ankle: 0 },
      arm: { reach: { from: 'far.knee', to: 'hip', at: 0.32 } },
    },
    feel: ['buttock'],
    props: [{ kind: 'mat' }, { kind: 'pillow', under: 'head' }],
  },
  {
    id: 'supine-knee-to-chest-start',
    description: 'A person lying on their back with both knees bent and feet flat.',
    trunk: 180,
    near: { leg: hookLying, arm: armsAlongside },
    far: { leg: { ...hookLying, hip: 46 }, arm: armsAlongside },
    props: [{ kind: 'mat' }, { kind: 'pillow', under: 'head' }],
  },
  {
    id: 'supine-knee-to-chest',
    description:
      'A person lying on their back hugging one knee toward the chest, the other foot flat.',
    trunk: 180,
    near: {
      leg: { hip: 134, knee: 136, ankle: 10 },
      arm: { reach: { from: 'near.knee', to: 'near.ankle', at: 0.25 } },
    },
    far: {
      leg: hookLying,
      arm: { reach: { from: 'near.knee', to: 'near.ankle', at: 0.3 } },
    },
    feel: ['lowBack', 'buttock'],
    props: [{ kind: 'mat' }, { kind: 'pillow', under: 'head' }],
  },
  {
    id: 'quadruped-cat',
    description:
      'A person on hands and knees rounding the back up toward the ceiling, head dropped.',
    trunk: quadruped.trunk,
    spineBend: 11,
    neck: 40,
    near: { leg: quadruped.legs, arm: quadruped.arms },
    far: { leg: quadruped.legs, arm: quadruped.arms },
    anchor: 'near.knee',
    feel: ['lowBack'],
    props: [{ kind: 'mat' }],
  },
  {
    id: 'quadruped-cow',
    description:
      'A person on hands and knees letting the belly sink and lifting the chest and gaze.',
    trunk: quadruped.trunk,
    spineBend: -8,
    neck: -16,
    near: { leg: quadruped.legs, arm: quadruped.arms },
    far: { leg: quadruped.legs, arm: quadruped.arms },
    anchor: 'near.knee',
    props: [{ kind: 'mat' }],
  },
  {
    id: 'seated-cat',
    description: 'A person sitting in a chair rounding the back and tucking the chin.',
    trunk: 84,
    spineBend: 10,
    neck: 35,
    near: { leg: sittingLegs, arm: handsOnThighs.near },
    far: { leg: { ...sittingLegs, hip: 88 }, arm: handsOnThighs.far },
    feel: ['lowBack'],
    props: [{ kind: 'chair' }],
  },
  {
    id: 'seated-cow',
    description: 'A person sitting in a chair lifting the chest and arching the back gently.',
    trunk: 92,
    spineBend: -7,
    neck: -4,
    near: { leg: sittingLegs, arm: handsOnThighs.near },
    far: { leg: { ...sittingLegs, hip: 88 }, arm: handsOnThighs.far },
    props: [{ kind: 'chair' }],
  },
  {
    id: 'hands-and-knees',
    description: 'A person on hands and knees, back flat.',
    trunk: quadruped.trunk,
    near: { leg: quadruped.legs, arm: quadruped.arms },
    far: { leg: quadruped.legs, arm: quadruped.arms },
    anchor: 'near.knee',
    props: [{ kind: 'mat' }],
  },
  {
    id: 'childs-pose',
    description:
      'A person kneeling, sitting back toward the heels, chest lowered and arms reaching forward on the floor.',
    trunk: -8,
    spineBend: 5,
    neck: 4,
    near: { leg: { hip: 168, knee: 160, ankle: 85 }, arm: { shoulder: 186, elbow: 0 } },
    far: { leg: { hip: 168, knee: 160, ankle: 85 }, arm: { shoulder: 184, elbow: 0 } },
    anchor: 'near.knee',
    feel: ['lowBack'],
    props: [{ kind: 'mat' }],
  },
  {
    id: 'kneeling-by-pillow',
    description: 'A person kneeling upright with a pillow on the floor in front of the knees.',
    trunk: 90,
    near: { leg: { hip: 0, knee: 90, ankle: 85 }, arm: { shoulder: 10, elbow: 10 } },
    far: { leg: { hip: 0, knee: 90, ankle: 85 }, arm: { shoulder: 6, elbow: 10 } },
    anchor: 'near.knee',
    props: [{ kind: 'mat' }, { kind: 'pillow', under: 'chest' }],
  },
  {
    id: 'childs-pose-pillow',
    description: 'A person kneeling and resting the chest on a pillow, head turned to one side.',
    trunk: -2,
    spineBend: 4,
    neck: 10,
    near: { leg: { hip: 150, knee: 150, ankle: 85 }, arm: { shoulder: 140, elbow: 30 } },
    far: { leg: { hip: 150, knee: 150, ankle: 85 }, arm: { shoulder: 136, elbow: 30 } },
    anchor: 'near.knee',
    feel: ['lowBack'],
    props: [{ kind: 'mat' }, { kind: 'pillow', under: 'chest' }],
  },
  {
    id: 'long-sit-tall',
    description:
      'A person sitting tall on the floor with one leg straight and the other knee bent, foot beside the straight knee.',
    trunk: 90,
    near: {
      leg: { hip: 90, knee: 0, ankle: 0 },
      arm: { reach: { from: 'near.knee', to: 'hip', at: 0.3, dy: 5 } },
    },
    far: {
      leg: { reach: { from: 'near.knee', to: 'hip', at: 0.4 }, thighShows: 0.85, shinShows: 0.8 },
      arm: { reach: { from: 'near.knee', to: 'hip', at: 0.38, dy: 5 } },
    },
    props: [{ kind: 'mat' }],
  },
  {
    id: 'long-sit-hamstring',
    description:
      'A person sitting on the floor with one leg straight, hinging forward from the hips with a long back.',
    trunk: 58,
    neck: -4,
    near: {
      leg: { hip: 122, knee: 0, ankle: 0 },
      arm: { reach: { from: 'near.knee', to: 'near.ankle', at: 0.25, dy: 5 } },
    },
    far: {
      leg: { reach: { from: 'near.knee', to: 'hip', at: 0.4 }, thighShows: 0.85, shinShows: 0.8 },
      arm: { reach: { from: 'near.knee', to: 'near.ankle', at: 0.15, dy: 5 } },
    },
    feel: ['backOfThigh'],
    props: [{ kind: 'mat' }],
  },
  {
    id: 'standing-step-tall',
    description: 'A person standing tall with one heel resting on a low step in front.',
    trunk: 90,
    near: {
      leg: { hip: 40, knee: 0, ankle: 0 },
      arm: { reach: { from: 'near.knee', to: 'hip', at: 0.6, dy: 3 } },
    },
    far: { leg: { hip: 0, knee: 0, foot: 0 }, arm: { shoulder: 5, elbow: 15 } },
    anchor: 'far.ankle',
    props: [{ kind: 'step' }],
  },
  {
    id: 'standing-step-hamstring',
    description:
      'A person standing with one heel resting on a step, leaning forward slightly from the hips.',
    trunk: 66,
    neck: -8,
    near: {
      leg: { hip: 64, knee: 0, ankle: 0 },
      arm: { reach: { from: 'near.knee', to: 'hip', at: 0.45, dy: 3 } },
    },
    far: {
      leg: { hip: 24, knee: 0, foot: 0 },
      arm: { reach: { from: 'near.knee', to: 'hip', at: 0.55, dy: 3 } },
    },
    anchor: 'far.ankle',
    feel: ['backOfThigh'],
    props: [{ kind: 'step' }],
  },
  {
    id: 'supine-strap-start',
    description:
      'A person lying on their back with one knee bent toward the chest and a strap looped around that foot.',
    trunk: 180,
    near: { leg: { hip: 95, knee: 95, ankle: 0 }, arm: { shoulder: 70, elbow: 40 } },
    far: { leg: { hip: 0, knee: 0, ankle: 0 }, arm: { shoulder: 66, elbow: 40 } },
    props: [{ kind: 'mat' }, { kind: 'strap' }],
  },
  {
    id: 'supine-strap-hamstring',
    description:
      'A person lying on their back holding a strap around one foot, that leg raised straight up.',
    trunk: 180,
    near: { leg: { hip: 78, knee: 0, ankle: 0 }, arm: { shoulder: 62, elbow: 18 } },
    far: { leg: { hip: 0, knee: 0, ankle: 0 }, arm: { shoulder: 58, elbow: 18 } },
    feel: ['backOfThigh'],
    props: [{ kind: 'mat' }, { kind: 'strap' }],
  },
] satisfies PoseInput[];

/** Lying poses on a firm bed instead of the floor: the same body, a bed under it. */
export const BED_POSES = POSES.filter(
  (p) => p.id.startsWith('supine-') && !p.id.includes('strap'),
).map((p) => ({
  ...p,
  id: `${p.id}-bed`,
  description: p.description.replace('lying on their back', 'lying on a firm bed'),
  props: [{ kind: 'bed' as const }, ...p.props.filter((prop) => prop.kind !== 'mat')],
}));
