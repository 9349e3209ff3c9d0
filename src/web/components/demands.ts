import type { Demands, Prop } from '../../domain/exercises/demands';
import type { Dose } from '../../domain/exercises/library';

const POSITION: Record<Demands['position'], string> = {
  seated: 'Sitting',
  supine: 'Lying on your back',
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
  const [low, high] = dose.holdSeconds;
  return `Hold ${low}–${high} s, ${dose.reps} times${sided ? ' on each side' : ''}`;
}
