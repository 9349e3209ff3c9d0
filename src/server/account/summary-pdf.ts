import { HABIT_LESSON_LIST, LIBRARY } from '../../../content/catalog';
import { WORDS } from '../../../content/messages/words';
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

const find = (exerciseId: string, variantId: string) => {
  const exercise = LIBRARY.exercises.find((e) => e.id === exerciseId);
  const variant = exercise?.variants.find((v) => v.id === variantId);
  return exercise && variant ? { exercise, variant } : null;
};

function sessionOutcome(outcome: string, seconds: number, moving: boolean) {
  if (outcome !== 'done') return outcome === 'skipped' ? 'Skipped this time.' : 'Stopped early.';
  if (seconds === 0) return 'Done.';
  return moving
    ? `Done: ${seconds} seconds of slow movement in all.`
    : `Done: held for ${seconds} seconds in all.`;
}

function printedExercises(exercises: CurrentExercises): PrintedExercise[] {
  if (!exercises) return [];
  if (exercises.source === 'program')
    return exercises.items.flatMap((item) => {
      const found = find(item.exerciseId, item.variant);
      return found ? [prescribedExercise(found.exercise, found.variant, item, WORDS.en)] : [];
    });
  return exercises.items.flatMap((item) => {
    const found = find(item.exerciseId, item.variant);
    if (!found) return [];
    const moving = found.exercise.dose.mode === 'reps';
    return [{ ...found, dose: [sessionOutcome(item.outcome, item.heldSeconds, moving)] }];
  });
}

/** Each habit: on how many of the last 7 and the last 28 days the answer was yes. */
function habitSection(flow: Flow, checks: readonly HabitCheck[], today: string) {
  const { from } = habitPrintRange(today);
  if (!checks.some((c) => c.date >= from && c.date <= today)) return;
  const ids = HABIT_LESSON_LIST.map((l) => l.id);
  const week = daysDoneByHabit(checks, ids, today, HABIT_WINDOW_DAYS);
  const month = daysDoneByHabit(checks, ids, today, HABIT_PRINT_DAYS);
  heading(flow, 'Everyday habits', 90);
  flow.text('Days you said yes to the habit’s daily question, up to today.', {
    size: SIZE.body,
    color: MUTED,
    after: 8,
  });
  flow.table(
    [
      { header: 'Habit', width: 4 },
      { header: `Last ${HABIT_WINDOW_DAYS} days`, width: 1.6, align: 'right' },
      { header: 'Last 4 weeks', width: 1.6, align: 'right' },
    ],
    HABIT_LESSON_LIST.map((l) => [
      l.title,
      `${week[l.id]} of ${HABIT_WINDOW_DAYS}`,
      `${month[l.id]} of ${HABIT_PRINT_DAYS}`,
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
  const { progress } = input;
  const logs = [...input.logs].sort((a, b) => a.date.localeCompare(b.date));
  const flow = await createFlow(`ReliefPath progress summary for ${input.name}`);
  flow.text('ReliefPath', { size: SIZE.body, bold: true, color: MUTED });
  flow.text('Your progress summary', { size: SIZE.title, bold: true, after: 6 });
  flow.text(input.name, { size: 13, after: 2 });
  flow.text(
    logs.length
      ? `Made on ${dayInWords(input.today)}. Pain logged on ${logs.length} ${logs.length === 1 ? 'day' : 'days'}, from ${dayInWords(logs[0]!.date)} to ${dayInWords(logs.at(-1)!.date)}.`
      : `Made on ${dayInWords(input.today)}. No pain logged yet.`,
    { size: SIZE.body, color: MUTED, after: 12 },
  );
  for (const sentence of progress.summary) flow.text(sentence, { size: SIZE.body, after: 4 });

  if (logs.length) {
    heading(flow, 'Pain over time (0 = no pain, 10 = worst)', 150);
    painTrendChart(flow, logs, SIZE.small);
  }
  heading(flow, 'Stretching, week by week', 90);
  flow.text('Sessions done, out of those planned, in each of the last 6 weeks.', {
    size: SIZE.body,
    color: MUTED,
    after: 8,
  });
  adherenceChart(flow, progress.weeks, SIZE.small);
  flow.gap(8);
  flow.text(
    progress.streakDays === 0
      ? 'No session today or yesterday yet: your next one starts a new run of days.'
      : `Days in a row with a session, up to today: ${progress.streakDays}.`,
    { size: SIZE.body, after: 4 },
  );

  const printed = printedExercises(input.exercises);
  if (input.exercises && printed.length) {
    // A therapist's program is printed in full, as on the handout, so the summary can stand in
    // for it; the latest session is a reminder of what was done.
    const full = input.exercises.source === 'program';
    const print = (p: PrintedExercise, i: number) =>
      full
        ? exerciseBlock(flow, p, PRINT_STYLES.standard, i + 1)
        : exerciseLine(flow, p, SIZE.body);
    const intro =
      input.exercises.source === 'program'
        ? `Version ${input.exercises.version} of your home program from ${input.exercises.therapistName}.`
        : `From your latest session, on ${dayInWords(input.exercises.date)}.`;
    const introText = () => flow.text(intro, { size: SIZE.body, color: MUTED, after: 8 });
    // The heading and its line stay on the page of the first exercise, never alone above it.
    heading(
      flow,
      'Your exercises',
      flow.measure(introText) + flow.measure(() => print(printed[0]!, 0)),
    );
    introText();
    printed.forEach(print);
  }

  habitSection(flow, input.habitChecks ?? [], input.today);

  if (logs.length) {
    heading(flow, 'Every day you logged', 60);
    flow.table(
      [
        { header: 'Day', width: 2.1 },
        { header: 'Leg pain', width: 1.25, align: 'right' },
        { header: 'Back pain', width: 1.35, align: 'right' },
        { header: 'Everyday activities (0 = cannot, 10 = easy)', width: 3 },
        { header: 'Notes', width: 2.8 },
      ],
      logs.map((l) => [
        dayInWords(l.date),
        String(l.legPain),
        String(l.backPain),
        l.psfs.map((p) => `${p.activity}: ${p.score}`).join('; '),
        l.notes,
      ]),
      SIZE.small + 0.5,
    );
  }
  return flow.save(`Progress summary for ${input.name}`);
}
