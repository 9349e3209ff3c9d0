import { z } from 'zod';
import { ExerciseContentSchema, FIRST_STRETCHES } from '../src/domain/exercises/library';
import { parseLibrary } from '../src/domain/exercises/parse';
import { parseHabitLessons } from '../src/domain/education/habits';
import { PoseSchema } from '../src/domain/figure/skeleton';
import type { PlanRules } from '../src/domain/personalization/plan';
import {
  RestrictionRuleContentSchema,
  RestrictionRuleSchema,
} from '../src/domain/personalization/rules';
import {
  CheckinRuleContentSchema,
  CheckinRuleSchema,
  CheckinWordsContentSchema,
  CheckinWordsSchema,
  type CheckinGuide,
} from '../src/domain/safety/checkin';
import {
  CareAdviceContentSchema,
  CareAdviceSchema,
  RedFlagContentSchema,
  RedFlagSchema,
} from '../src/domain/safety/red-flags';
import type { Locale } from '../src/domain/i18n/locale';
import { localize, TextSchema } from '../src/domain/i18n/text';
import { progressionItems } from '../src/domain/progression/items';
import { parseProgression } from '../src/domain/progression/stages';
import * as checkinContent from './checkin-rules';
import { EXERCISES } from './exercises';
import { HABIT_LESSONS } from './habits';
import { LONG_TERM_EXERCISES } from './long-term-exercises';
import { BED_POSES, POSES } from './poses';
import { HABITS, PROGRESSION_RULES, PROGRESSION_SETTINGS, STAGES } from './progression';
import { CARE_ADVICE, RED_FLAGS } from './red-flags';
import { RESTRICTION_RULES } from './restriction-rules';
import { SOURCES } from './sources';

/** Words kept in every language, checked as written: a missing translation fails here too. */
const RED_FLAG_CONTENT = z.array(RedFlagContentSchema).parse(RED_FLAGS);
const EXERCISE_CONTENT = z
  .array(ExerciseContentSchema)
  .parse([...EXERCISES, ...LONG_TERM_EXERCISES]);
const RESTRICTION_CONTENT = z.array(RestrictionRuleContentSchema).parse(RESTRICTION_RULES);
const CARE_ADVICE_CONTENT = z.array(CareAdviceContentSchema).parse(CARE_ADVICE);
const CHECKIN_CONTENT = {
  rules: z.array(CheckinRuleContentSchema).parse(checkinContent.CHECKIN_RULES),
  words: CheckinWordsContentSchema.parse(checkinContent.CHECKIN_WORDS),
  emergency: TextSchema.parse(checkinContent.EMERGENCY_INSTRUCTION),
  stopAdvice: z.array(TextSchema).parse(checkinContent.STOP_ADVICE),
};

/**
 * Every content file parsed through its domain schema, in one language: bad content fails at
 * start-up. The domain reads words in one language; the same content gives each.
 */
function catalogIn(locale: Locale) {
  const POSE_LIST = z.array(PoseSchema).parse([...POSES, ...BED_POSES]);
  const LIBRARY = parseLibrary(
    localize(EXERCISE_CONTENT, locale),
    SOURCES,
    POSE_LIST.map((p) => p.id),
  );
  const PLAN_RULES: PlanRules = {
    exercises: LIBRARY.exercises.filter((e) =>
      (FIRST_STRETCHES as readonly string[]).includes(e.id),
    ),
    library: LIBRARY.exercises,
    restrictions: z.array(RestrictionRuleSchema).parse(localize(RESTRICTION_CONTENT, locale)),
    redFlags: z.array(RedFlagSchema).parse(localize(RED_FLAG_CONTENT, locale)),
    careAdvice: z.array(CareAdviceSchema).parse(localize(CARE_ADVICE_CONTENT, locale)),
  };
  const checkin = localize(CHECKIN_CONTENT, locale);
  const CHECKIN_GUIDE: CheckinGuide = {
    rules: z.array(CheckinRuleSchema).parse(checkin.rules),
    words: CheckinWordsSchema.parse(checkin.words),
  };
  return {
    POSE_LIST,
    LIBRARY,
    CHECKIN_RULE_LIST: CHECKIN_GUIDE.rules,
    /** The check-in's rules with what it says, for evaluateCheckin. */
    CHECKIN_GUIDE,
    /** The handout's last line: the signs that need emergency care. */
    EMERGENCY_INSTRUCTION: localize(CHECKIN_CONTENT.emergency, locale),
    /** Shown when a session ends early. */
    STOP_ADVICE: localize(CHECKIN_CONTENT.stopAdvice, locale),
    PLAN_RULES,
    /** The four stages, their rules and the items they may hold (library exercises and habits). */
    PROGRESSION: parseProgression({
      stages: localize(STAGES, locale),
      rules: localize(PROGRESSION_RULES, locale),
      settings: PROGRESSION_SETTINGS,
      items: progressionItems({ library: LIBRARY.exercises, habits: HABITS }),
    }),
    /** The habit lessons of stage 4, one per habit id, citing known sources. */
    HABIT_LESSON_LIST: parseHabitLessons(localize(HABIT_LESSONS, locale), {
      habitIds: HABITS,
      sourceIds: LIBRARY.sources.map((s) => s.id),
    }),
  };
}
export type Catalog = ReturnType<typeof catalogIn>;

/** The whole catalog in each language, made once. */
export const CATALOGS: Record<Locale, Catalog> = { en: catalogIn('en'), es: catalogIn('es') };

/** The English catalog, for code that does not yet ask for a language. */
export const {
  POSE_LIST,
  LIBRARY,
  CHECKIN_RULE_LIST,
  CHECKIN_GUIDE,
  EMERGENCY_INSTRUCTION,
  STOP_ADVICE,
  PLAN_RULES,
  PROGRESSION,
  HABIT_LESSON_LIST,
} = CATALOGS.en;

/** One part of the catalog, in each language (for code that answers in the reader's). */
export function inEachLocale<T>(part: (catalog: Catalog, locale: Locale) => T): Record<Locale, T> {
  return { en: part(CATALOGS.en, 'en'), es: part(CATALOGS.es, 'es') };
}
