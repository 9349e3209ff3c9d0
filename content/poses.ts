import type { Pose } from '../src/domain/exercises/pose';

type Limbs = Pose['near'];
const limbs = (
  elbow: [number, number],
  hand: [number, number],
  knee: [number, number],
  ankle: [number, number],
  toe: [number, number],
): Limbs => ({ elbow, hand, knee, ankle, toe });

const lyingBody: Pick<Pose, 'head' | 'neck' | 'hip' | 'spineBend'> = {
  head: [40, 119],
  neck: [56, 121],
  hip: [104, 124],
  spineBend: 0,
};

const supineFigure4: Omit<Pose, 'id' | 'description' | 'props'> = {
  ...lyingBody,
  near: limbs([80, 104], [98, 96], [124, 104], [102, 94], [95, 91]),
  far: limbs([78, 108], [96, 100], [92, 86], [118, 78], [124, 70]),
};
const kneeToChest: Omit<Pose, 'id' | 'description' | 'props'> = {
  ...lyingBody,
  near: limbs([66, 108], [80, 97], [82, 98], [108, 96], [114, 90]),
  far: limbs([68, 110], [82, 99], [132, 102], [154, 126], [164, 127]),
};
const seatedLegs: Record<'near' | 'far', Pick<Limbs, 'knee' | 'ankle' | 'toe'>> = {
  near: { knee: [106, 92], ankle: [116, 100], toe: [124, 98] },
  far: { knee: [110, 102], ankle: [112, 136], toe: [123, 139] },
};

export const POSES = [
  {
    id: 'seated-figure-4-upright',
    description: 'A person sitting upright in a chair with one ankle resting on the other knee.',
    head: [80, 42],
    neck: [78, 56],
    hip: [76, 100],
    spineBend: 0,
    near: { elbow: [88, 78], hand: [104, 88], ...seatedLegs.near },
    far: { elbow: [84, 80], hand: [102, 98], ...seatedLegs.far },
    props: [{ kind: 'chair' }],
  },
  {
    id: 'seated-figure-4-lean',
    description:
      'A person in a chair, one ankle on the other knee, leaning forward with a long back.',
    head: [112, 52],
    neck: [102, 62],
    hip: [76, 100],
    spineBend: 2,
    near: { elbow: [106, 80], hand: [108, 90], ...seatedLegs.near },
    far: { elbow: [110, 82], hand: [112, 98], ...seatedLegs.far },
    props: [{ kind: 'chair' }],
  },
  {
    id: 'supine-figure-4',
    description:
      'A person lying on their back with one ankle crossed over the other thigh, drawing that thigh toward the chest.',
    ...supineFigure4,
    props: [{ kind: 'mat' }],
  },
  {
    id: 'supine-figure-4-bed',
    description:
      'A person lying on a bed with one ankle crossed over the other thigh, drawing that thigh toward the chest.',
    ...supineFigure4,
    props: [{ kind: 'bed' }],
  },
  {
    id: 'supine-knee-to-chest',
    description:
      'A person lying on their back hugging one knee toward the chest, the other foot flat.',
    ...kneeToChest,
    props: [{ kind: 'mat' }],
  },
  {
    id: 'supine-knee-to-chest-bed',
    description: 'A person lying on a bed hugging one knee toward the chest, the other foot flat.',
    ...kneeToChest,
    props: [{ kind: 'bed' }],
  },
  {
    id: 'quadruped-cat',
    description:
      'A person on hands and knees rounding the back up toward the ceiling, head dropped.',
    head: [140, 110],
    neck: [126, 96],
    hip: [70, 94],
    spineBend: 14,
    near: limbs([128, 116], [128, 138], [72, 138], [42, 139], [35, 137]),
    far: limbs([124, 116], [124, 138], [68, 138], [38, 139], [31, 137]),
    props: [{ kind: 'mat' }],
  },
  {
    id: 'quadruped-cow',
    description:
      'A person on hands and knees letting the belly sink and lifting the chest and gaze.',
    head: [142, 80],
    neck: [128, 92],
    hip: [70, 92],
    spineBend: -9,
    near: limbs([128, 115], [128, 138], [72, 138], [42, 139], [35, 137]),
    far: limbs([124, 115], [124, 138], [68, 138], [38, 139], [31, 137]),
    props: [{ kind: 'mat' }],
  },
  {
    id: 'seated-cat',
    description: 'A person sitting in a chair rounding the back and tucking the chin.',
    head: [98, 56],
    neck: [88, 60],
    hip: [76, 100],
    spineBend: 10,
    near: {
      elbow: [94, 82],
      hand: [106, 98],
      knee: [110, 100],
      ankle: [111, 136],
      toe: [122, 139],
    },
    far: { elbow: [92, 84], hand: [104, 100], ...seatedLegs.far },
    props: [{ kind: 'chair' }],
  },
  {
    id: 'seated-cow',
    description: 'A person sitting in a chair lifting the chest and arching the back gently.',
    head: [84, 41],
    neck: [80, 55],
    hip: [76, 100],
    spineBend: -7,
    near: {
      elbow: [90, 80],
      hand: [106, 98],
      knee: [110, 100],
      ankle: [111, 136],
      toe: [122, 139],
    },
    far: { elbow: [88, 82], hand: [104, 100], ...seatedLegs.far },
    props: [{ kind: 'chair' }],
  },
  {
    id: 'childs-pose',
    description:
      'A person kneeling, sitting back toward the heels, chest lowered and arms reaching forward on the floor.',
    head: [130, 127],
    neck: [116, 119],
    hip: [62, 110],
    spineBend: 12,
    near: limbs([146, 131], [170, 137], [96, 136], [60, 138], [50, 135]),
    far: limbs([144, 133], [168, 138], [94, 137], [58, 139], [48, 136]),
    props: [{ kind: 'mat' }],
  },
  {
    id: 'childs-pose-pillow',
    description: 'A person kneeling and resting the chest on a pillow, head turned to one side.',
    head: [130, 110],
    neck: [116, 110],
    hip: [68, 116],
    spineBend: 6,
    near: limbs([140, 124], [156, 128], [98, 136], [62, 138], [52, 135]),
    far: limbs([138, 126], [154, 130], [96, 137], [60, 139], [50, 136]),
    props: [{ kind: 'mat' }, { kind: 'pillow', at: [116, 126], width: 54, height: 12 }],
  },
  {
    id: 'long-sit-hamstring',
    description:
      'A person sitting on the floor with one leg straight, hinging forward from the hips with a long back.',
    head: [108, 80],
    neck: [98, 90],
    hip: [66, 126],
    spineBend: 2,
    near: limbs([110, 106], [124, 122], [102, 130], [138, 132], [144, 122]),
    far: limbs([108, 108], [120, 124], [86, 106], [98, 132], [108, 134]),
    props: [{ kind: 'mat' }],
  },
  {
    id: 'standing-step-hamstring',
    description:
      'A person standing with one heel resting on a step, leaning forward slightly from the hips.',
    head: [96, 20],
    neck: [92, 33],
    hip: [80, 76],
    spineBend: 0,
    near: limbs([98, 52], [110, 80], [108, 96], [138, 110], [142, 100]),
    far: limbs([88, 54], [96, 82], [82, 106], [82, 136], [93, 139]),
    props: [{ kind: 'step' }],
  },
  {
    id: 'supine-strap-hamstring',
    description:
      'A person lying on their back holding a strap around one foot, that leg raised straight up.',
    ...lyingBody,
    near: limbs([72, 104], [86, 92], [114, 92], [122, 60], [132, 56]),
    far: limbs([74, 108], [88, 96], [132, 102], [154, 126], [164, 127]),
    props: [{ kind: 'mat' }, { kind: 'strap', to: [124, 56] }],
  },
] satisfies Pose[];
