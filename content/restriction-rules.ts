import type { RestrictionRuleInput } from '../src/domain/personalization/rules';

/** The article's "avoid or modify" advice and the intake's abilities, as limits on movement demands. */
export const RESTRICTION_RULES = [
  {
    id: 'balance-unsafe',
    trigger: 'notSteady',
    liftLabel: 'Standing and balance work',
    limits: { positionsAvoided: ['standing'], maxBalance: 'low' },
    reason:
      "You told us you don't feel steady on your feet, so we keep to sitting and lying positions.",
  },
  {
    id: 'no-kneeling',
    trigger: 'cannotKneel',
    liftLabel: 'Kneeling and all-fours positions',
    limits: { kneeling: false, positionsAvoided: ['kneeling', 'quadruped'] },
    reason:
      "You told us kneeling isn't comfortable, so we leave out positions that put weight on your knees.",
  },
  {
    id: 'no-floor',
    trigger: 'cannotGetToFloor',
    liftLabel: 'Positions on the floor',
    limits: { floor: false },
    reason:
      'You told us getting down to the floor is hard, so we use a chair or a firm bed instead.',
  },
  {
    id: 'forward-bend-sensitive',
    trigger: 'forwardBendAggravates',
    liftLabel: 'Forward bending and lumbar flexion',
    limits: { forwardBend: false, maxLumbarFlexion: 'low' },
    reason:
      'Bending forward makes your symptoms worse, so we avoid leaning forward and deep rounding of the back.',
  },
  {
    id: 'twist-sensitive',
    trigger: 'twistingAggravates',
    liftLabel: 'Spinal rotation',
    limits: { twist: false },
    reason: 'Twisting makes your symptoms worse, so we leave out anything that rotates the spine.',
  },
  {
    id: 'nerve-sensitive-day',
    trigger: 'nerveSensitive',
    liftLabel: 'Nerve-tension limits and shorter holds on sensitive days',
    limits: {
      maxNeuralTension: 'low',
      forwardBend: false,
      positionsAvoided: ['seated', 'standing'],
    },
    reason:
      'Your nerve feels sensitive today, so we choose the gentlest, fully supported positions, skip stretches that pull on the nerve, and shorten the holds.',
    preferGentlest: true,
    holdSeconds: [15, 20],
  },
] as const satisfies readonly RestrictionRuleInput[];
