import { CATALOGS } from '../../../content/catalog';
import { WORDS, type ServerWords } from '../../../content/messages/words';
import type { Locale } from '../../domain/i18n/locale';
import { addDays } from '../../domain/calendar-days';
import { HABIT_WINDOW_DAYS, daysDoneByHabit, type HabitCheck } from '../../domain/education/habits';
import type { ProgramItem } from '../../domain/personalization/program';
import type { DailyLog, Progress } from '../../domain/progress/progress';
import { adherenceChart, painTrendChart } from '../pdf/charts';
import {
  exerciseBlock,
  exerciseLine,
  prescribedExercise,
  type PrintedExercise,
} from '../pdf/exercise-block';
import { MUTED, createFlow, type Flow } from '../pdf/flow-layout';
import { PRINT_STYLES } from '../pdf/print-style';
import { dayInWords } from '../pdf/words';

/** What the patient is doing now: their therapist's program, else their latest session. */
export type CurrentExercises =
  | { source: 'program'; version: number; therapistName: string; items: readonly ProgramItem[] }
  | {
      source: 'session';
      date: string;
      items: readonly {
        exerciseId: string;
        variant: string;
        heldSeconds: number;
        outcome: string;
      }[];
    }
  | null;

export type SummaryInput = {
  name: string;
  /** The patient's own today. */
  today: string;
  progress: Progress;
  logs: readonly DailyLog[];
  exercises: CurrentExercises;
  /**
   * Answers to the habits' daily questions, those of the last HABIT_PRINT_DAYS days at least;
   * the section is left out when none fall in them.
   */
  habitChecks?: readonly HabitCheck[];
  /** The patient's language. */
  locale: Locale;
};

/** The habits' longest window on the summary: the last 4 weeks, up to today. */
export const HABIT_PRINT_DAYS = 28;

/** The days whose habit answers the summary prints, for reading only those. */
export const habitPrintRange = (today: string) => ({
  from: addDays(today, -(HABIT_PRINT_DAYS - 1)),
  to: today,
});

const SIZE = { title: 22, heading: 14, body: 11, small: 9 } as const;

function heading(flow: Flow, text: string, next: number) {
  // A heading never ends a page: it moves on with what it introduces.
  flow.keep(SIZE.heading * 2 + next);
  flow.gap(6);
  flow.text(text, { size: SIZE.heading, bold: true, after: 6 });
}

const find = (exerciseId: string, variantId: string, locale: Locale) => {
  const exercise = CATALOGS[locale].LIBRARY.exercises.find((e) => e.id === exerciseId);
  const variant = exercise?.variants.find((v) => v.id === variantId);
  return exercise && variant ? { exercise, variant } : null;
};

function sessionOutcome(outcome: string, seconds: number, moving: boolean, { say }: ServerWords) {
  if (outcome !== 'done')
    return say(outcome === 'skipped' ? 'summaryPdf.skipped' : 'summaryPdf.stopped');
  if (seconds === 0) return say('summaryPdf.done');
  return say(moving ? 'summaryPdf.doneMoving' : 'summaryPdf.doneHeld', { seconds });
}

function printedExercises(exercises: CurrentExercises, locale: Locale): PrintedExercise[] {
  if (!exercises) return [];
  const words = WORDS[locale];
  if (exercises.source === 'program')
    return exercises.items.flatMap((item) => {
      const found = find(item.exerciseId, item.variant, locale);
      return found ? [prescribedExercise(found.exercise, found.variant, item, words)] : [];
    });
  return exercises.items.flatMap((item) => {
    const found = find(item.exerciseId, item.variant, locale);
    if (!found) return [];
    const moving = found.exercise.dose.mode === 'reps';
    return [{ ...found, dose: [sessionOutcome(item.outcome, item.heldSeconds, moving, words)] }];
  });
}

/** Each habit: on how many of the last 7 and the last 28 days the answer was yes. */
function habitSection(flow: Flow, checks: readonly HabitCheck[], today: string, locale: Locale) {
  const { from } = habitPrintRange(today);
  if (!checks.some((c) => c.date >= from && c.date <= today)) return;
  const { say } = WORDS[locale];
  const lessons = CATALOGS[locale].HABIT_LESSON_LIST;
  const ids = lessons.map((l) => l.id);
  const week = daysDoneByHabit(checks, ids, today, HABIT_WINDOW_DAYS);
  const month = daysDoneByHabit(checks, ids, today, HABIT_PRINT_DAYS);
  heading(flow, say('summaryPdf.habits'), 90);
  flow.text(say('summaryPdf.habitsHint'), { size: SIZE.body, color: MUTED, after: 8 });
  flow.table(
    [
      { header: say('summaryPdf.habit'), width: 4 },
      {
        header: say('summaryPdf.lastDays', { days: HABIT_WINDOW_DAYS }),
        width: 1.6,
        align: 'right',
      },
      { header: say('summaryPdf.lastWeeks'), width: 1.6, align: 'right' },
    ],
    lessons.map((l) => [
      l.title,
      say('summaryPdf.outOf', { done: week[l.id] ?? 0, of: HABIT_WINDOW_DAYS }),
      say('summaryPdf.outOf', { done: month[l.id] ?? 0, of: HABIT_PRINT_DAYS }),
    ]),
    SIZE.body,
  );
}

/**
 * The progress summary to print or bring to an appointment (E4): where pain started and is now
 * in plain sentences, the pain trend and weekly adherence as charts, the current exercises,
 * and every day logged, however many pages that takes.
 */
export async function progressPdf(input: SummaryInput): Promise<Uint8Array> {
  const { progress, locale } = input;
  const words = WORDS[locale];
  const { say } = words;
  const day = (isoDate: string) => dayInWords(isoDate, locale);
  const logs = [...input.logs].sort((a, b) => a.date.localeCompare(b.date));
  const flow = await createFlow(say('summaryPdf.docTitle', { name: input.name }), locale);
  flow.text('ReliefPath', { size: SIZE.body, bold: true, color: MUTED });
  flow.text(say('summaryPdf.title'), { size: SIZE.title, bold: true, after: 6 });
  flow.text(input.name, { size: 13, after: 2 });
  flow.text(
    logs.length
      ? say('summaryPdf.made', {
          today: day(input.today),
          days: logs.length,
          first: day(logs[0]!.date),
          last: day(logs.at(-1)!.date),
        })
      : say('summaryPdf.madeNoLogs', { today: day(input.today) }),
    { size: SIZE.body, color: MUTED, after: 12 },
  );
  for (const sentence of progress.summary) flow.text(sentence, { size: SIZE.body, after: 4 });

  if (logs.length) {
    heading(flow, say('summaryPdf.painOverTime'), 150);
    painTrendChart(flow, logs, SIZE.small, locale);
  }
  heading(flow, say('summaryPdf.weekByWeek'), 90);
  flow.text(say('summaryPdf.weeksHint'), { size: SIZE.body, color: MUTED, after: 8 });
  adherenceChart(flow, progress.weeks, SIZE.small, locale);
  flow.gap(8);
  flow.text(
    progress.streakDays === 0
      ? say('summaryPdf.noStreak')
      : say('summaryPdf.streak', { days: progress.streakDays }),
    { size: SIZE.body, after: 4 },
  );

  const printed = printedExercises(input.exercises, locale);
  if (input.exercises && printed.length) {
    // A therapist's program is printed in full, as on the handout, so the summary can stand in
    // for it; the latest session is a reminder of what was done.
    const full = input.exercises.source === 'program';
    const print = (p: PrintedExercise, i: number) =>
      full
        ? exerciseBlock(flow, p, PRINT_STYLES.standard, i + 1, words)
        : exerciseLine(flow, p, SIZE.body);
    const intro =
      input.exercises.source === 'program'
        ? say('summaryPdf.fromProgram', {
            version: input.exercises.version,
            therapist: input.exercises.therapistName,
          })
        : say('summaryPdf.fromSession', { day: day(input.exercises.date) });
    const introText = () => flow.text(intro, { size: SIZE.body, color: MUTED, after: 8 });
    // The heading and its line stay on the page of the first exercise, never alone above it.
    heading(
      flow,
      say('summaryPdf.exercises'),
      flow.measure(introText) + flow.measure(() => print(printed[0]!, 0)),
    );
    introText();
    printed.forEach(print);
  }

  habitSection(flow, input.habitChecks ?? [], input.today, locale);

  if (logs.length) {
    heading(flow, say('summaryPdf.everyDay'), 60);
    flow.table(
      [
        { header: say('summaryPdf.day'), width: 2.1 },
        { header: say('progress.legPain'), width: 1.25, align: 'right' },
        { header: say('progress.backPain'), width: 1.35, align: 'right' },
        { header: say('summaryPdf.activities'), width: 3 },
        { header: say('summaryPdf.notes'), width: 2.8 },
      ],
      logs.map((l) => [
        day(l.date),
        String(l.legPain),
        String(l.backPain),
        l.psfs.map((p) => `${p.activity}: ${p.score}`).join('; '),
        l.notes,
      ]),
      SIZE.small + 0.5,
    );
  }
  return flow.save(say('summaryPdf.saveTitle', { name: input.name }));
}
