import { z } from 'zod';
import { LevelSchema, PositionSchema, levelRank, type Demands } from '../exercises/demands';

/** Upper bounds on a variant's demands. An absent field places no limit. */
export const LimitsSchema = z.strictObject({
  positionsAvoided: z.array(PositionSchema).optional(),
  floor: z.literal(false).optional(),
  kneeling: z.literal(false).optional(),
  forwardBend: z.literal(false).optional(),
  twist: z.literal(false).optional(),
  maxLumbarFlexion: LevelSchema.optional(),
  maxNeuralTension: LevelSchema.optional(),
  maxBalance: z.enum(['none', 'low', 'high']).optional(),
  maxLoad: LevelSchema.optional(),
  proneExtension: z.literal(false).optional(),
});
export type Limits = z.infer<typeof LimitsSchema>;

export type Breach =
  | 'position'
  | 'floor'
  | 'kneeling'
  | 'forwardBend'
  | 'twist'
  | 'lumbarFlexion'
  | 'neuralTension'
  | 'balance'
  | 'load'
  | 'proneExtension';

/** Every way the demands exceed the limits; empty when the variant complies. */
export function breaches(demands: Demands, limits: Limits): Breach[] {
  const found: Breach[] = [];
  if (limits.positionsAvoided?.includes(demands.position)) found.push('position');
  if (limits.floor === false && demands.floor) found.push('floor');
  if (limits.kneeling === false && demands.kneeling) found.push('kneeling');
  if (limits.forwardBend === false && demands.forwardBend) found.push('forwardBend');
  if (limits.twist === false && demands.twist) found.push('twist');
  if (
    limits.maxLumbarFlexion &&
    levelRank(demands.lumbarFlexion) > levelRank(limits.maxLumbarFlexion)
  )
    found.push('lumbarFlexion');
  if (
    limits.maxNeuralTension &&
    levelRank(demands.neuralTension) > levelRank(limits.maxNeuralTension)
  )
    found.push('neuralTension');
  if (limits.maxLoad && levelRank(demands.load) > levelRank(limits.maxLoad)) found.push('load');
  if (limits.proneExtension === false && demands.proneExtension) found.push('proneExtension');
  if (limits.maxBalance && levelRank(demands.balance) > levelRank(limits.maxBalance))
    found.push('balance');
  return found;
}

/** A rough total of what a variant asks, used to pick the gentlest compliant one. */
export function demandScore(demands: Demands): number {
  return (
    Number(demands.floor) +
    Number(demands.kneeling) +
    Number(demands.forwardBend) * 2 +
    Number(demands.twist) * 2 +
    levelRank(demands.lumbarFlexion) +
    levelRank(demands.neuralTension) * 2 +
    levelRank(demands.balance) * 2
  );
}
