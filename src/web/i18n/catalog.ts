import {
  CHECKIN_GUIDE,
  CHECKIN_RULE_LIST,
  EMERGENCY_INSTRUCTION,
  STOP_ADVICE,
  HABIT_LESSON_LIST,
  LIBRARY,
  PLAN_RULES,
  POSE_LIST,
  PROGRESSION,
  type Catalog,
} from '../../../content/catalog';
import { otherContent, useLocale } from './i18n';

/** The content in English, with the pages that show content. */
const ENGLISH: Catalog = {
  POSE_LIST,
  LIBRARY,
  CHECKIN_RULE_LIST,
  CHECKIN_GUIDE,
  EMERGENCY_INSTRUCTION,
  STOP_ADVICE,
  PLAN_RULES,
  PROGRESSION,
  HABIT_LESSON_LIST,
};

/** The content catalog in the page's language (loaded before the language is switched on). */
export function useCatalog(): Catalog {
  const locale = useLocale();
  return (locale === 'en' ? null : otherContent[locale]) ?? ENGLISH;
}
