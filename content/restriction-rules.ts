import type { RestrictionRuleContent } from '../src/domain/personalization/rules';

/** The article's "avoid or modify" advice and the intake's abilities, as limits on movement demands. */
export const RESTRICTION_RULES = [
  {
    id: 'balance-unsafe',
    trigger: 'notSteady',
    liftLabel: { en: 'Standing and balance work', es: 'Trabajo de pie y de equilibrio' },
    limits: { positionsAvoided: ['standing'], maxBalance: 'low' },
    reason: {
      en: "You told us you don't feel steady on your feet, so we keep to sitting and lying positions.",
      es: 'Nos dijo que no se siente firme de pie, así que usamos solo posiciones sentado y acostado.',
    },
  },
  {
    id: 'no-kneeling',
    trigger: 'cannotKneel',
    liftLabel: {
      en: 'Kneeling and all-fours positions',
      es: 'Posiciones de rodillas y en cuatro puntos',
    },
    limits: { kneeling: false, positionsAvoided: ['kneeling', 'quadruped'] },
    reason: {
      en: "You told us kneeling isn't comfortable, so we leave out positions that put weight on your knees.",
      es: 'Nos dijo que arrodillarse no le resulta cómodo, así que dejamos fuera las posiciones que cargan peso en las rodillas.',
    },
  },
  {
    id: 'no-floor',
    trigger: 'cannotGetToFloor',
    liftLabel: { en: 'Positions on the floor', es: 'Posiciones en el piso' },
    limits: { floor: false },
    reason: {
      en: 'You told us getting down to the floor is hard, so we use a chair or a firm bed instead.',
      es: 'Nos dijo que le cuesta bajar al piso, así que en su lugar usamos una silla o una cama firme.',
    },
  },
  {
    id: 'forward-bend-sensitive',
    trigger: 'forwardBendAggravates',
    liftLabel: {
      en: 'Forward bending and lumbar flexion',
      es: 'Inclinarse hacia adelante y doblar la espalda baja',
    },
    limits: { forwardBend: false, maxLumbarFlexion: 'low' },
    reason: {
      en: 'Bending forward makes your symptoms worse, so we avoid leaning forward and deep rounding of the back.',
      es: 'Inclinarse hacia adelante empeora sus síntomas, así que evitamos inclinarnos y curvar mucho la espalda.',
    },
  },
  {
    id: 'twist-sensitive',
    trigger: 'twistingAggravates',
    liftLabel: { en: 'Spinal rotation', es: 'Girar la columna' },
    limits: { twist: false },
    reason: {
      en: 'Twisting makes your symptoms worse, so we leave out anything that rotates the spine.',
      es: 'Girar el cuerpo empeora sus síntomas, así que dejamos fuera todo lo que gira la columna.',
    },
  },
  {
    id: 'nerve-sensitive-day',
    trigger: 'nerveSensitive',
    liftLabel: {
      en: 'Nerve-tension limits and shorter holds on sensitive days',
      es: 'Límites de tensión del nervio y posturas más cortas en los días sensibles',
    },
    limits: {
      maxNeuralTension: 'low',
      forwardBend: false,
      positionsAvoided: ['seated', 'standing'],
    },
    reason: {
      en: 'Your nerve feels sensitive today, so we choose the gentlest, fully supported positions, skip stretches that pull on the nerve, and shorten the holds.',
      es: 'Hoy siente el nervio sensible, así que elegimos las posiciones más suaves y bien apoyadas, dejamos los estiramientos que jalan el nervio y acortamos el tiempo de cada postura.',
    },
    preferGentlest: true,
    holdSeconds: [15, 20],
  },
] as const satisfies readonly RestrictionRuleContent[];
