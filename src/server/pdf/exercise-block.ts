import type { ServerWords } from '../../../content/messages/words';
import type { Exercise, Variant } from '../../domain/exercises/library';
import { doseInWords, type DoseWords } from '../../domain/personalization/dose-words';
import { exerciseDrawing } from './exercise-figure';
import { MUTED, type Flow } from './flow-layout';
import type { PrintStyle } from './print-style';
import { drawVector, heightAt } from './vector';

const FIGURE_BACKGROUND = '#edf5f3';

export type PrintedExercise = {
  exercise: Pick<Exercise, 'name' | 'whyItHelps' | 'cautions'>;
  variant: Pick<Variant, 'name' | 'steps' | 'poses'>;
  /** What to do each time, and how often, in plain words. */
  dose: readonly string[];
  /** The side the picture shows: the left only when only the left is prescribed. */
  side?: 'left' | 'right';
};

/**
 * A prescribed exercise as print shows it: its dose in words (what to do each time, the words to
 * move to, how often), and the left side in the picture only when only the left is prescribed.
 */
export function prescribedExercise(
  exercise: PrintedExercise['exercise'] & Pick<Exercise, 'dose' | 'sided'>,
  variant: PrintedExercise['variant'],
  item: Parameters<typeof doseInWords>[1],
  words: DoseWords,
): PrintedExercise {
  const dose = doseInWords(exercise, item, words);
  return {
    exercise,
    variant,
    dose: [dose.each, ...(dose.tempo ? [dose.tempo] : []), dose.often],
    side: item.sides === 'left' ? 'left' : 'right',
  };
}

/** The figure at the column's left, with `content` beside it; just `content` without a figure. */
function withFigure(
  flow: Flow,
  { variant, side }: PrintedExercise,
  width: number,
  content: () => void,
) {
  const drawing = exerciseDrawing(variant.poses, side);
  if (!drawing) return content();
  flow.beside(
    {
      width,
      height: heightAt(drawing, width),
      draw: (page, x, top) =>
        drawVector(page, drawing, { x, top, width, background: FIGURE_BACKGROUND }),
    },
    content,
  );
}

/**
 * One exercise of a handout, kept on one page: its figure with the name, version and dose
 * beside it, then the numbered steps, why it helps and what to take care with across the page.
 */
export function exerciseBlock(
  flow: Flow,
  printed: PrintedExercise,
  style: PrintStyle,
  n: number,
  { say }: ServerWords,
) {
  const { exercise, variant, dose } = printed;
  flow.together(() => {
    withFigure(flow, printed, style.figure, () => {
      flow.text(`${n}. ${exercise.name}`, { size: style.heading, bold: true, after: 2 });
      flow.text(variant.name, { size: style.body, color: MUTED, after: 6 });
      for (const line of dose) flow.text(line, { size: style.body, bold: true, after: 3 });
    });
    flow.gap(8);
    const number = flow.fonts.regular.widthOfTextAtSize('10. ', style.body);
    variant.steps.forEach((step, i) =>
      flow.text(step, { size: style.body, label: `${i + 1}.`, labelWidth: number, after: 3 }),
    );
    flow.gap(3);
    flow.text(say('pdf.whyItHelps', { why: exercise.whyItHelps }), {
      size: style.body,
      color: MUTED,
      after: exercise.cautions.length ? 5 : 0,
    });
    if (exercise.cautions.length) {
      flow.text(say('pdf.takeCare'), { size: style.body, bold: true, after: 2 });
      const bullet = flow.fonts.regular.widthOfTextAtSize('•  ', style.body);
      exercise.cautions.forEach((caution, i) =>
        flow.text(caution, {
          size: style.body,
          label: '•',
          labelWidth: bullet,
          after: i === exercise.cautions.length - 1 ? 0 : 2,
        }),
      );
    }
  });
  flow.gap(style.body * 1.6);
}

/** A small figure with the exercise's name, version and dose: a reminder, not instructions. */
export function exerciseLine(flow: Flow, printed: PrintedExercise, size: number) {
  flow.together(() => {
    withFigure(flow, printed, 84, () => {
      flow.text(`${printed.exercise.name} (${printed.variant.name})`, {
        size,
        bold: true,
        after: 2,
      });
      flow.text(printed.dose.join(' '), { size, after: 0 });
    });
    flow.gap(8);
  });
}
