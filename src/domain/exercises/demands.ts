import { z } from 'zod';

/** Ordered levels: a later level demands more of the body than an earlier one. */
export const LEVELS = ['none', 'low', 'moderate', 'high'] as const;
export const LevelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof LevelSchema>;

export const POSITIONS = [
  'seated',
  'supine',
  'prone',
  'side-lying',
  'quadruped',
  'kneeling',
  'standing',
] as const;
export const PositionSchema = z.enum(POSITIONS);
export type Position = z.infer<typeof PositionSchema>;

export const PROPS = ['strap', 'towel', 'pillow', 'chair', 'step'] as const;
export const PropSchema = z.enum(PROPS);
export type Prop = z.infer<typeof PropSchema>;

/**
 * What a variant asks of the body. Safety rules are written against these fields,
 * never against exercise ids, so a new exercise is covered as soon as it declares them.
 */
export const DemandsSchema = z.strictObject({
  position: PositionSchema,
  /** Needs getting down to the floor and back up. */
  floor: z.boolean(),
  /** Weight through the knees (kneeling or on all fours). */
  kneeling: z.boolean(),
  /** The trunk hinges or leans forward over the hips. */
  forwardBend: z.boolean(),
  lumbarFlexion: LevelSchema,
  twist: z.boolean(),
  /** Sciatic nerve tension: hip flexion with knee extension is high. */
  neuralTension: LevelSchema,
  balance: z.enum(['none', 'low', 'high']),
  /** Muscle work against the body's own weight (a bridge lifts the hips: moderate). */
  load: LevelSchema.default('none'),
  /** The low back arches backward while lying face down (the press-up family). */
  proneExtension: z.boolean().default(false),
  /** Props this variant can use. */
  props: z.array(PropSchema),
});
export type Demands = z.output<typeof DemandsSchema>;

export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}
