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

  // The long-term program.
  {
    id: 'slider-seated-bent',
    description: 'A person sitting in a chair, one knee bent, looking down toward the lap.',
    trunk: 86,
    spineBend: 5,
    neck: 28,
    near: { leg: { hip: 90, knee: 95, ankle: 0 }, arm: { reach: { from: 'hip', dx: 6, dy: -4 } } },
    far: { leg: { ...sittingLegs, hip: 88 }, arm: { reach: { from: 'hip', dx: 4, dy: -4 } } },
    props: [{ kind: 'chair' }],
  },
  {
    id: 'slider-seated-straight',
    description: 'A person sitting in a chair, straightening one knee while looking up.',
    trunk: 86,
    spineBend: 5,
    neck: -22,
    near: {
      leg: { hip: 90, knee: 12, ankle: -10 },
      arm: { reach: { from: 'hip', dx: 6, dy: -4 } },
    },
    far: { leg: { ...sittingLegs, hip: 88 }, arm: { reach: { from: 'hip', dx: 4, dy: -4 } } },
    feel: ['backOfThigh'],
    props: [{ kind: 'chair' }],
  },
  {
    id: 'tensioner-seated-start',
    description: 'A person sitting in a slight slump, one knee bent, head lifted.',
    trunk: 84,
    spineBend: 8,
    neck: -18,
    near: { leg: { hip: 90, knee: 95, ankle: 0 }, arm: { reach: { from: 'hip', dx: 6, dy: -4 } } },
    far: { leg: { ...sittingLegs, hip: 88 }, arm: { reach: { from: 'hip', dx: 4, dy: -4 } } },
    props: [{ kind: 'chair' }],
  },
  {
    id: 'tensioner-seated-end',
    description:
      'A person sitting in a slight slump, straightening one knee and bringing the chin down.',
    trunk: 84,
    spineBend: 8,
    neck: 32,
    near: {
      leg: { hip: 90, knee: 8, ankle: -15 },
      arm: { reach: { from: 'hip', dx: 6, dy: -4 } },
    },
    far: { leg: { ...sittingLegs, hip: 88 }, arm: { reach: { from: 'hip', dx: 4, dy: -4 } } },
    feel: ['backOfThigh', 'calf'],
    props: [{ kind: 'chair' }],
  },
  {
    id: 'slider-supine-bent',
    description:
      'A person lying on their back holding one thigh upright behind the knee, knee bent, chin tucked.',
    trunk: 180,
    neck: 18,
    near: {
      leg: { hip: 90, knee: 95, ankle: 0 },
      arm: { reach: { from: 'near.knee', to: 'hip', at: 0.2 } },
    },
    far: { leg: hookLying, arm: { reach: { from: 'near.knee', to: 'hip', at: 0.28 } } },
    props: [{ kind: 'mat' }],
  },
  {
    id: 'slider-supine-straight',
    description:
      'A person lying on their back holding one thigh upright, straightening that knee, head resting.',
    trunk: 180,
    near: {
      leg: { hip: 90, knee: 12, ankle: 0 },
      arm: { reach: { from: 'near.knee', to: 'hip', at: 0.2 } },
    },
    far: { leg: hookLying, arm: { reach: { from: 'near.knee', to: 'hip', at: 0.28 } } },
    feel: ['backOfThigh'],
    props: [{ kind: 'mat' }],
  },
  {
    id: 'brace-lying-rest',
    description: 'A person lying on their back, knees bent, hands resting on the belly.',
    trunk: 180,
    near: { leg: hookLying, arm: { reach: { from: 'hip', to: 'shoulder', at: 0.4, across: -10 } } },
    far: {
      leg: { ...hookLying, hip: 46 },
      arm: { reach: { from: 'hip', to: 'shoulder', at: 0.3, across: -10 } },
    },
    props: [{ kind: 'mat' }],
  },
  {
    id: 'brace-lying-held',
    description:
      'A person lying on their back, knees bent, tightening the belly muscles while breathing on.',
    trunk: 180,
    spineBend: 2,
    near: { leg: hookLying, arm: { reach: { from: 'hip', to: 'shoulder', at: 0.4, across: -9 } } },
    far: {
      leg: { ...hookLying, hip: 46 },
      arm: { reach: { from: 'hip', to: 'shoulder', at: 0.3, across: -9 } },
    },
    feel: ['belly'],
    props: [{ kind: 'mat' }],
  },
  {
    id: 'brace-seated-rest',
    description: 'A person sitting tall in a chair with a hand on the belly.',
    trunk: 90,
    near: {
      leg: sittingLegs,
      arm: { reach: { from: 'hip', to: 'shoulder', at: 0.4, across: -11 } },
    },
    far: { leg: { ...sittingLegs, hip: 88 }, arm: handsOnThighs.far },
    props: [{ kind: 'chair' }],
  },
  {
    id: 'brace-seated-held',
    description: 'A person sitting tall in a chair, tightening the belly muscles and breathing on.',
    trunk: 92,
    spineBend: 1,
    near: {
      leg: sittingLegs,
      arm: { reach: { from: 'hip', to: 'shoulder', at: 0.4, across: -10 } },
    },
    far: { leg: { ...sittingLegs, hip: 88 }, arm: handsOnThighs.far },
    feel: ['belly'],
    props: [{ kind: 'chair' }],
  },
  {
    id: 'dead-bug-tabletop',
    description:
      'A person lying on their back with hips and knees bent at right angles and arms pointing to the ceiling.',
    trunk: 180,
    near: { leg: { hip: 90, knee: 90, ankle: 0 }, arm: { shoulder: 90, elbow: 0 } },
    far: { leg: { hip: 92, knee: 90, ankle: 0 }, arm: { shoulder: 86, elbow: 0 } },
    props: [{ kind: 'mat' }],
  },
  {
    id: 'dead-bug-heel-tap',
    description:
      'A person lying on their back lowering one bent leg until the heel nearly touches the floor, the other leg still raised.',
    trunk: 180,
    near: { leg: { hip: 38, knee: 88, ankle: 0 }, arm: { shoulder: 90, elbow: 0 } },
    far: { leg: { hip: 92, knee: 90, ankle: 0 }, arm: { shoulder: 86, elbow: 0 } },
    feel: ['belly'],
    props: [{ kind: 'mat' }],
  },
  {
    id: 'dead-bug-reach',
    description:
      'A person lying on their back stretching one leg out low while the opposite arm reaches back overhead.',
    trunk: 180,
    near: { leg: { hip: 22, knee: 8, ankle: 0 }, arm: { shoulder: 90, elbow: 0 } },
    far: { leg: { hip: 92, knee: 90, ankle: 0 }, arm: { shoulder: 165, elbow: 0 } },
    feel: ['belly'],
    props: [{ kind: 'mat' }],
  },
  {
    id: 'bird-dog-leg',
    description: 'A person on hands and knees sliding one leg straight back, level with the hips.',
    trunk: quadruped.trunk,
    near: { leg: { hip: -6, knee: 0, ankle: 60 }, arm: quadruped.arms },
    far: { leg: quadruped.legs, arm: quadruped.arms },
    anchor: 'far.knee',
    feel: ['buttock'],
    props: [{ kind: 'mat' }],
  },
  {
    id: 'bird-dog-full',
    description:
      'A person on hands and knees reaching one leg straight back and the opposite arm straight forward.',
    trunk: quadruped.trunk,
    near: { leg: { hip: -6, knee: 0, ankle: 60 }, arm: quadruped.arms },
    far: { leg: quadruped.legs, arm: { shoulder: 176, elbow: 0 } },
    anchor: 'far.knee',
    feel: ['buttock', 'belly'],
    props: [{ kind: 'mat' }],
  },
  {
    id: 'bridge-start',
    description: 'A person lying on their back with knees bent, feet flat and arms by the sides.',
    trunk: 180,
    near: { leg: { ...hookLying, hip: 55, knee: 105 }, arm: armsAlongside },
    far: { leg: { ...hookLying, hip: 53, knee: 105 }, arm: armsAlongside },
    anchor: 'near.heel',
    props: [{ kind: 'mat' }],
  },
  {
    id: 'bridge-up',
    description:
      'A person lying on their back with feet flat, lifting the hips into a straight line from shoulders to knees.',
    trunk: 198,
    near: { leg: { hip: -3, knee: 98, foot: 0 }, arm: { shoulder: -26, elbow: 0 } },
    far: { leg: { hip: -5, knee: 98, foot: 0 }, arm: { shoulder: -28, elbow: 0 } },
    anchor: 'near.heel',
    feel: ['buttock'],
    props: [{ kind: 'mat' }],
  },
  {
    id: 'clamshell-closed',
    description: 'A person lying on their side, hips and knees bent, knees together.',
    view: 'front',
    trunk: 180,
    neck: 0,
    near: {
      leg: { reach: { from: 'far.ankle', dy: 6 }, thighShows: 0.62, shinShows: 0.62 },
      arm: { reach: { from: 'chest', dy: -9, dx: 6 } },
    },
    far: {
      leg: { hip: 0, knee: 0, foot: -20, thighShows: 0.62, shinShows: 0.62 },
      arm: { shoulder: 175, elbow: 40 },
    },
    anchor: 'hip',
    props: [{ kind: 'mat' }],
  },
  {
    id: 'clamshell-open',
    description:
      'A person lying on their side, feet together, lifting the top knee like a clam opening.',
    view: 'front',
    trunk: 180,
    neck: 0,
    near: {
      leg: { reach: { from: 'far.ankle', dy: 6 }, thighShows: 0.9, shinShows: 0.8 },
      arm: { reach: { from: 'chest', dy: -9, dx: 6 } },
    },
    far: {
      leg: { hip: 0, knee: 0, foot: -20, thighShows: 0.62, shinShows: 0.62 },
      arm: { shoulder: 175, elbow: 40 },
    },
    anchor: 'hip',
    feel: ['hip'],
    props: [{ kind: 'mat' }],
  },
  {
    id: 'abduction-down',
    description: 'A person lying on their side, the bottom knee bent and the top leg straight.',
    view: 'front',
    trunk: 180,
    near: { leg: { hip: 0, knee: 0, foot: -10 }, arm: { reach: { from: 'chest', dy: -9, dx: 6 } } },
    far: {
      leg: { hip: 0, knee: 0, foot: -20, thighShows: 0.6, shinShows: 0.6 },
      arm: { shoulder: 175, elbow: 40 },
    },
    anchor: 'hip',
    props: [{ kind: 'mat' }],
  },
  {
    id: 'abduction-up',
    description: 'A person lying on their side lifting the straight top leg toward the ceiling.',
    view: 'front',
    trunk: 180,
    near: {
      leg: { hip: 28, knee: 0, foot: -10 },
      arm: { reach: { from: 'chest', dy: -9, dx: 6 } },
    },
    far: {
      leg: { hip: 0, knee: 0, foot: -20, thighShows: 0.6, shinShows: 0.6 },
      arm: { shoulder: 175, elbow: 40 },
    },
    anchor: 'hip',
    feel: ['hip'],
    props: [{ kind: 'mat' }],
  },
  {
    id: 'prone-flat',
    description: 'A person lying face down, hands under the shoulders.',
    trunk: 0,
    near: { leg: { hip: 0, knee: 0, ankle: 90 }, arm: { shoulder: -30, elbow: 130 } },
    far: { leg: { hip: 0, knee: 0, ankle: 90 }, arm: { shoulder: -32, elbow: 130 } },
    props: [{ kind: 'mat' }],
  },
  {
    id: 'prone-on-elbows',
    description: 'A person lying face down, propped up on the elbows, hips resting on the floor.',
    trunk: 24,
    spineBend: -8,
    neck: -10,
    near: { leg: { hip: -24, knee: 0, ankle: 90 }, arm: { shoulder: 66, elbow: 90 } },
    far: { leg: { hip: -24, knee: 0, ankle: 90 }, arm: { shoulder: 64, elbow: 90 } },
    feel: ['lowBack'],
    props: [{ kind: 'mat' }],
  },
  {
    id: 'prone-press-up',
    description:
      'A person lying face down pressing the chest up with straight arms, hips staying on the floor.',
    trunk: 36,
    spineBend: -7,
    neck: -8,
    near: { leg: { hip: -36, knee: 0, ankle: 90 }, arm: { shoulder: 58, elbow: 0 } },
    far: { leg: { hip: -36, knee: 0, ankle: 90 }, arm: { shoulder: 56, elbow: 0 } },
    feel: ['lowBack'],
    props: [{ kind: 'mat' }],
  },
] satisfies PoseInput[];

/** Lying poses on a firm bed instead of the floor: the same body, a bed under it. */
const ON_BED_TOO = /^(supine-(figure-4|knee-to-chest)|slider-supine|bridge|clamshell)/;
export const BED_POSES = POSES.filter((p) => ON_BED_TOO.test(p.id)).map((p) => ({
  ...p,
  id: `${p.id}-bed`,
  description: p.description.includes('lying on their back')
    ? p.description.replace('lying on their back', 'lying on a firm bed')
    : p.description.replace(/\.$/, ', on a firm bed.'),
  props: [{ kind: 'bed' as const }, ...p.props.filter((prop) => prop.kind !== 'mat')],
}));
