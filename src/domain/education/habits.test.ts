import { describe, expect, it } from 'vitest';
import { daysDoneByHabit, parseHabitLessons, type HabitLessonInput } from './habits';

const lesson = (id: string, sources = ['s1']): HabitLessonInput => ({
  id,
  title: 'A habit',
  lead: 'Why it matters.',
  sections: [
    { heading: 'One', paragraphs: ['Words.'] },
    { heading: 'Two', bullets: ['A step.'] },
  ],
  question: 'Did you do it today?',
  tips: ['A tip.', 'Another tip.'],
  sources,
});
const known = { habitIds: ['a', 'b'], sourceIds: ['s1'] };

describe('parseHabitLessons', () => {
  it('takes one lesson per habit, in order, filling empty lists', () => {
    const [first] = parseHabitLessons([lesson('a'), lesson('b')], known);
    expect(first?.sections[0]).toEqual({ heading: 'One', paragraphs: ['Words.'], bullets: [] });
  });

  it.each([
    ['a missing lesson', [lesson('a')], /b: no lesson/],
    ['a lesson for no habit', [lesson('a'), lesson('b'), lesson('c')], /c: not a habit id/],
    ['two lessons for one habit', [lesson('a'), lesson('b'), lesson('a')], /duplicate/],
    ['another order', [lesson('b'), lesson('a')], /order/],
    ['an unknown source', [lesson('a'), lesson('b', ['nowhere'])], /b: unknown source nowhere/],
  ])('refuses %s', (_label, lessons, problem) => {
    expect(() => parseHabitLessons(lessons, known)).toThrow(problem);
  });

  it('refuses a question that is not a question, and a section with no words', () => {
    expect(() =>
      parseHabitLessons([{ ...lesson('a'), question: 'Walk today.' }, lesson('b')], known),
    ).toThrow(/question mark/);
    expect(() =>
      parseHabitLessons(
        [{ ...lesson('a'), sections: [{ heading: 'Empty' }, { heading: 'Two' }] }, lesson('b')],
        known,
      ),
    ).toThrow(/needs some words/);
  });
});

describe('daysDoneByHabit', () => {
  const ids = ['walking', 'hip-hinge'];
  it('counts the days done in the 7 days up to today, today included', () => {
    const checks = [
      { date: '2026-11-25', habitId: 'walking', done: true },
      { date: '2026-11-19', habitId: 'walking', done: true },
      // 8 days back: outside the week.
      { date: '2026-11-18', habitId: 'walking', done: true },
      { date: '2026-11-24', habitId: 'walking', done: false },
      // After today (a device ahead of the clock): not counted.
      { date: '2026-11-26', habitId: 'walking', done: true },
      { date: '2026-11-22', habitId: 'hip-hinge', done: true },
      { date: '2026-11-22', habitId: 'unknown', done: true },
    ];
    expect(daysDoneByHabit(checks, ids, '2026-11-25')).toEqual({ walking: 2, 'hip-hinge': 1 });
  });

  it('crosses month and year ends and says 0 for habits never answered', () => {
    const checks = [
      { date: '2026-12-27', habitId: 'walking', done: true },
      { date: '2027-01-02', habitId: 'walking', done: true },
    ];
    expect(daysDoneByHabit(checks, ids, '2027-01-02')).toEqual({ walking: 2, 'hip-hinge': 0 });
    expect(daysDoneByHabit(checks, ids, '2027-01-02', 1)).toEqual({ walking: 1, 'hip-hinge': 0 });
  });
});
