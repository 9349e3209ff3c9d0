import { CATALOGS } from './catalog';

/** The catalog in Spanish, as a module of its own: the browser loads it only for Spanish. */
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
} = CATALOGS.es;
