import { z } from 'zod';
import { addDays } from '../calendar-days';
import type { Text } from '../i18n/text';
import { SlugSchema } from '../ids';

/**
 * Posture and movement habits (issue 11): short lessons read once, then a yes-or-no question
 * answered each day. They are not exercises: no holds, doses or player.
 */
const HabitSectionSchema = z
  .strictObject({
    heading: z.string().min(1).max(60),
    paragraphs: z.array(z.string().min(1).max(400)).max(3).default([]),
    /** Steps or examples, shown as a list after the paragraphs. */
    bullets: z.array(z.string().min(1).max(160)).max(6).default([]),
  })
  .refine((s) => s.paragraphs.length + s.bullets.length > 0, 'a section needs some words');

export const HabitLessonSchema = z.strictObject({
  id: SlugSchema,
  title: z.string().min(1).max(40),
  /** One line under the title: what the habit is and why it matters. */
  lead: z.string().min(1).max(160),
  sections: z.array(HabitSectionSchema).min(2).max(4),
  /** The daily check, answered yes or no about today. */
  question: z.string().min(1).max(110).regex(/\?$/, 'is a question: end it with a question mark'),
  tips: z.array(z.string().min(1).max(160)).min(2).max(5),
  sources: z.array(SlugSchema).min(1),
});
export type HabitLesson = z.infer<typeof HabitLessonSchema>;
export type HabitLessonInput = z.input<typeof HabitLessonSchema>;
/** A lesson as content writes it, every word in every language; each is checked as above. */
export type HabitLessonContent = {
  id: string;
  title: Text;
  lead: Text;
  sections: readonly { heading: Text; paragraphs?: readonly Text[]; bullets?: readonly Text[] }[];
  question: Text;
  tips: readonly Text[];
  sources: readonly string[];
};

/**
 * Parses the lessons and checks them against the habits a stage may hold and the known
 * sources: one lesson per habit id, none extra, in the habits' own order. Throws on bad content.
 */
export function parseHabitLessons(
  lessons: unknown,
  { habitIds, sourceIds }: { habitIds: readonly string[]; sourceIds: readonly string[] },
): HabitLesson[] {
  const parsed = z.array(HabitLessonSchema).parse(lessons);
  const problems: string[] = [];
  const ids = parsed.map((l) => l.id);
  for (const id of habitIds) if (!ids.includes(id)) problems.push(`${id}: no lesson`);
  for (const id of ids) if (!habitIds.includes(id)) problems.push(`${id}: not a habit id`);
  if (new Set(ids).size !== ids.length) problems.push('duplicate lesson id');
  if (problems.length === 0 && ids.some((id, i) => habitIds[i] !== id))
    problems.push(`lessons are not in the habits' order (${habitIds.join(', ')})`);
  for (const lesson of parsed)
    for (const source of lesson.sources)
      if (!sourceIds.includes(source)) problems.push(`${lesson.id}: unknown source ${source}`);
  if (problems.length > 0) throw new Error(`Invalid habit lessons:\n${problems.join('\n')}`);
  return parsed;
}

/** One day's answer to one habit's question. */
export type HabitCheck = { date: string; habitId: string; done: boolean };

/** How far back the habit counts look: this week, today included. */
export const HABIT_WINDOW_DAYS = 7;

/**
 * For each habit, on how many of the `days` days up to and including `today` it was done.
 * A day answered "no", or not answered, counts as not done; days after today are ignored.
 */
export function daysDoneByHabit(
  checks: readonly HabitCheck[],
  habitIds: readonly string[],
  today: string,
  days = HABIT_WINDOW_DAYS,
): Record<string, number> {
  const first = addDays(today, -(days - 1));
  const doneDays = new Map(habitIds.map((id) => [id, new Set<string>()]));
  for (const check of checks)
    if (check.done && check.date >= first && check.date <= today)
      doneDays.get(check.habitId)?.add(check.date);
  return Object.fromEntries(habitIds.map((id) => [id, doneDays.get(id)!.size]));
}
