import { z } from 'zod';
import { ExerciseSchema, SourceSchema, type Exercise, type Source } from './library';

export type Library = { exercises: Exercise[]; sources: Source[] };

/** Parse the library and check that every cross-reference resolves. Throws on bad content. */
export function parseLibrary(
  exercises: unknown,
  sources: unknown,
  poseIds: readonly string[],
): Library {
  const parsed = {
    exercises: z.array(ExerciseSchema).parse(exercises),
    sources: z.array(SourceSchema).parse(sources),
  };
  const problems: string[] = [];
  const sourceIds = new Set(parsed.sources.map((s) => s.id));
  const exerciseIds = new Set(parsed.exercises.map((e) => e.id));
  if (exerciseIds.size !== parsed.exercises.length) problems.push('duplicate exercise id');
  for (const exercise of parsed.exercises) {
    for (const id of exercise.sources)
      if (!sourceIds.has(id)) problems.push(`${exercise.id}: unknown source ${id}`);
    for (const id of exercise.coveredBy)
      if (!exerciseIds.has(id)) problems.push(`${exercise.id}: unknown coveredBy ${id}`);
    const variantIds = exercise.variants.map((v) => v.id);
    if (new Set(variantIds).size !== variantIds.length)
      problems.push(`${exercise.id}: duplicate variant id`);
    for (const variant of exercise.variants) {
      for (const pose of variant.poses)
        if (!poseIds.includes(pose))
          problems.push(`${exercise.id}/${variant.id}: unknown pose ${pose}`);
      for (const prop of variant.needsOneOf ?? [])
        if (!variant.demands.props.includes(prop))
          problems.push(
            `${exercise.id}/${variant.id}: needs ${prop} but does not list it in props`,
          );
    }
  }
  if (problems.length > 0) throw new Error(`Invalid exercise library:\n${problems.join('\n')}`);
  return parsed;
}
