import type { Demands, Prop } from '../../domain/exercises/demands';
import type { Dose, Exercise } from '../../domain/exercises/library';

const POSITION: Record<Demands['position'], string> = {
  seated: 'Sitting',
  supine: 'Lying on your back',
  prone: 'Lying on your front',
  'side-lying': 'Lying on your side',
  quadruped: 'On hands and knees',
  kneeling: 'Kneeling',
  standing: 'Standing',
};
const LEVEL = { none: 'none', low: 'light', moderate: 'moderate', high: 'strong' } as const;

/** The movement demands in plain words, for the library and the plan. */
export function describeDemands(d: Demands): string[] {
  return [
    POSITION[d.position],
    d.floor ? 'Getting down to the floor' : 'No floor needed',
    ...(d.kneeling ? ['Weight on your knees'] : []),
    ...(d.forwardBend ? ['Leaning forward'] : []),
    `Back rounding: ${LEVEL[d.lumbarFlexion]}`,
    `Nerve stretch: ${LEVEL[d.neuralTension]}`,
    `Balance needed: ${d.balance === 'none' ? 'none' : d.balance === 'low' ? 'a little' : 'a lot'}`,
    ...(d.load !== 'none' ? [`Muscle work: ${LEVEL[d.load]}`] : []),
    ...(d.proneExtension ? ['Arching your back while lying on your front'] : []),
  ];
}

export const PROP_NAMES: Record<Prop, string> = {
  strap: 'strap',
  towel: 'towel',
  pillow: 'pillow',
  chair: 'chair',
  step: 'step or stair',
};

export function describeDose(dose: Dose, sided: boolean): string {
  if (dose.mode === 'breath')
    return `${dose.cycles} slow breaths: in for ${dose.inhaleSeconds} s, out for ${dose.exhaleSeconds} s`;
  if (dose.mode === 'reps') {
    const range = ([low, high]: [number, number]) => (low === high ? `${low}` : `${low}–${high}`);
    return `${range(dose.reps)} slow movements${sided ? ' on each side' : ''}, ${range(dose.sets)} sets, about ${dose.secondsPerRep} s each`;
  }
  const [low, high] = dose.holdSeconds;
  return `Hold ${low}–${high} s, ${dose.reps} times${sided ? ' on each side' : ''}`;
}

/** How the library and the program builder introduce each kind of exercise. */
export const FAMILY_TEXT: Record<Exercise['family'], { title: string; intro: string }> = {
  stretch: {
    title: 'First stretches',
    intro:
      'The six stretches physical therapists often start with for sciatica. Each comes in gentler versions using a chair, a bed, a pillow or a strap.',
  },
  'nerve-glide': {
    title: 'Nerve glides',
    intro:
      'Once the first stretches feel easy, gentle movements that let the sciatic nerve slide instead of being pulled.',
  },
  core: {
    title: 'Core',
    intro: 'Firming up the muscles around your middle so the back stays steady while you move.',
  },
  'hip-and-glute': {
    title: 'Hip and buttock strength',
    intro: 'Stronger hips keep the pelvis level and take load off the low back.',
  },
  directional: {
    title: 'Arching the back',
    intro:
      'Only for people whose leg symptoms move up toward the back when they arch it. Your therapist can check this with you.',
  },
};
