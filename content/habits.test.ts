import { describe, expect, it } from 'vitest';
import { CATALOGS, HABIT_LESSON_LIST, LIBRARY, PROGRESSION } from './catalog';
import { HABIT_LESSONS } from './habits';
import { HABITS } from './progression';

const words = (lesson: (typeof HABIT_LESSON_LIST)[number]) =>
  [
    lesson.title,
    lesson.lead,
    lesson.question,
    ...lesson.tips,
    ...lesson.sections.flatMap((s) => [s.heading, ...s.paragraphs, ...s.bullets]),
  ].join('\n');

describe('habit lessons content', () => {
  it('has one lesson for every habit id of the progression, and no other', () => {
    expect(HABIT_LESSON_LIST.map((l) => l.id)).toEqual([...HABITS]);
    expect(HABIT_LESSONS.map((l) => l.id)).toEqual([
      'sitting-breaks',
      'hip-hinge',
      'change-position',
      'walking',
    ]);
    // Stage 4 ("Stay well") holds every habit as an item of kind habit.
    const stayWell = PROGRESSION.stages.find((s) => s.id === 'stay-well')!;
    for (const id of HABITS) {
      expect(stayWell.items.map((i) => i.id)).toContain(id);
      expect(PROGRESSION.items.find((i) => i.id === id)?.kind).toBe('habit');
    }
  });

  it('gives each lesson a short shape: a one-line lead, 2–4 sections, a daily question, tips, sources', () => {
    for (const lesson of HABIT_LESSON_LIST) {
      expect(lesson.lead, lesson.id).not.toMatch(/\n/);
      expect(lesson.sections.length, lesson.id).toBeGreaterThanOrEqual(2);
      expect(lesson.sections.length, lesson.id).toBeLessThanOrEqual(4);
      expect(lesson.tips.length, lesson.id).toBeGreaterThanOrEqual(2);
      for (const id of lesson.sources) {
        const source = LIBRARY.sources.find((s) => s.id === id);
        expect(source?.url, `${lesson.id}: ${id}`).toMatch(/^https:\/\//);
      }
    }
  });

  it.each(['en', 'es'] as const)(
    'speaks to patients in plain words and names no number the clinical brief lacks (%s)',
    (locale) => {
      for (const lesson of CATALOGS[locale].HABIT_LESSON_LIST) {
        const text = words(lesson);
        expect(text, lesson.id).not.toMatch(/\b(habitId|null|undefined|true|false|API|JSON)\b/);
        // The brief gives no minutes between breaks, no step counts and no distances.
        expect(text, lesson.id).not.toMatch(/\d/);
        // Never a diagnosis, never a promise.
        expect(text, lesson.id).not.toMatch(/\b(cure|guarantee|diagnos|cura|garantiza)/i);
      }
    },
  );

  it.each([
    ['en', /today.*\?$/],
    // Spanish opens the question with ¿ where the question starts.
    ['es', /^(Hoy, .*)?¿.*\?$/],
  ] as const)(
    'ends every question about today with a question mark and keeps them distinct (%s)',
    (locale, shape) => {
      const questions = CATALOGS[locale].HABIT_LESSON_LIST.map((l) => l.question);
      for (const q of questions) expect(q).toMatch(shape);
      expect(new Set(questions).size).toBe(questions.length);
    },
  );
});
