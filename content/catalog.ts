import { z } from 'zod';
import { FIRST_STRETCHES } from '../src/domain/exercises/library';
import { parseLibrary } from '../src/domain/exercises/parse';
import { parseHabitLessons } from '../src/domain/education/habits';
import { PoseSchema } from '../src/domain/figure/skeleton';
import type { PlanRules } from '../src/domain/personalization/plan';
import { RestrictionRuleSchema } from '../src/domain/personalization/rules';
import { CheckinRuleSchema } from '../src/domain/safety/checkin';
import { CareAdviceSchema, RedFlagSchema } from '../src/domain/safety/red-flags';
import { progressionItems } from '../src/domain/progression/items';
import { parseProgression } from '../src/domain/progression/stages';
import { CHECKIN_RULES } from './checkin-rules';
import { EXERCISES } from './exercises';
import { HABIT_LESSONS } from './habits';
import { LONG_TERM_EXERCISES } from './long-term-exercises';
import { BED_POSES, POSES } from './poses';
import { HABITS, PROGRESSION_RULES, PROGRESSION_SETTINGS, STAGES } from './progression';
import { CARE_ADVICE, RED_FLAGS } from './red-flags';
import { RESTRICTION_RULES } from './restriction-rules';
import { SOURCES } from './sources';

/** Every content file parsed once through its domain schema: bad content fails at start-up. */
export const POSE_LIST = z.array(PoseSchema).parse([...POSES, ...BED_POSES]);
export const LIBRARY = parseLibrary(
  [...EXERCISES, ...LONG_TERM_EXERCISES],
  SOURCES,
  POSE_LIST.map((p) => p.id),
);
export const CHECKIN_RULE_LIST = z.array(CheckinRuleSchema).parse(CHECKIN_RULES);

export const PLAN_RULES: PlanRules = {
  exercises: LIBRARY.exercises.filter((e) => (FIRST_STRETCHES as readonly string[]).includes(e.id)),
  library: LIBRARY.exercises,
  restrictions: z.array(RestrictionRuleSchema).parse(RESTRICTION_RULES),
  redFlags: z.array(RedFlagSchema).parse(RED_FLAGS),
  careAdvice: z.array(CareAdviceSchema).parse(CARE_ADVICE),
};

/** The four stages, their rules and the items they may hold (library exercises and habits). */
export const PROGRESSION = parseProgression({
  stages: STAGES,
  rules: PROGRESSION_RULES,
  settings: PROGRESSION_SETTINGS,
  items: progressionItems({ library: LIBRARY.exercises, habits: HABITS }),
});

/** The habit lessons of stage 4, one per habit id, citing known sources. */
export const HABIT_LESSON_LIST = parseHabitLessons(HABIT_LESSONS, {
  habitIds: HABITS,
  sourceIds: LIBRARY.sources.map((s) => s.id),
});
