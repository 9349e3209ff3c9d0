import { addDays, daysBetween } from '../../domain/calendar-days';
import { smallestChangeThatMatters, type WeekAdherence } from '../../domain/progress/progress';
import { MUTED, type Flow } from './flow-layout';
import { drawVector, hexColor, type VectorDrawing, type VectorShape } from './vector';
import { WORDS } from '../../../content/messages/words';
import type { Locale } from '../../domain/i18n/locale';
import { shortDay, shortRange } from './words';

/** The app's chart colours (pain-chart.tsx, adherence-chart.tsx). */
const COLOUR = {
  leg: '#0f5c5a',
  back: '#b76e00',
  start: '#6a7f7e',
  band: '#d9eee0',
  grid: '#dfe7e6',
  planned: '#9cc3bf',
  done: '#0f5c5a',
} as const;

type PainPoint = { date: string; legPain: number; backPain: number };

const line = (points: readonly (readonly [number, number])[]) =>
  points.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(2)} ${y.toFixed(2)}`).join(' ');
const rect = (x: number, y: number, w: number, h: number) =>
  `M${x} ${y} L${x + w} ${y} L${x + w} ${y + h} L${x} ${y + h} Z`;
const dot = ([x, y]: readonly [number, number], r: number) =>
  `M${x - r} ${y} a${r} ${r} 0 1 0 ${2 * r} 0 a${r} ${r} 0 1 0 ${-2 * r} 0 Z`;
/** A dashed horizontal line as short strokes, so it prints dashed in any viewer. */
const dashes = (y: number, width: number, dash = 5, gap = 4) => {
  const parts: string[] = [];
  for (let x = 0; x < width; x += dash + gap)
    parts.push(`M${x} ${y} L${Math.min(width, x + dash)} ${y}`);
  return parts.join(' ');
};

/**
 * Leg and back pain day by day on a 0–10 scale, as vectors in a `width`×`height` box (y down):
 * the starting leg pain as a dashed line, and around it a band as wide as the smallest change
 * that matters, so a day below the band is better by enough to matter.
 */
export function painTrendDrawing(
  logs: readonly PainPoint[],
  width: number,
  height: number,
): VectorDrawing {
  const first = logs[0];
  if (!first) return { width, height, shapes: [] };
  const span = Math.max(1, daysBetween(first.date, logs.at(-1)!.date));
  const x = (date: string) =>
    logs.length === 1 ? width / 2 : (daysBetween(first.date, date) / span) * width;
  const y = (value: number) => ((10 - value) / 10) * height;
  const matters = smallestChangeThatMatters(first.legPain);
  const shapes: VectorShape[] = [
    {
      d: rect(
        0,
        y(Math.min(10, first.legPain + matters)),
        width,
        y(Math.max(0, first.legPain - matters)) - y(Math.min(10, first.legPain + matters)),
      ),
      fill: COLOUR.band,
    },
    ...[0, 2, 4, 6, 8, 10].map((v): VectorShape => ({
      d: line([
        [0, y(v)],
        [width, y(v)],
      ]),
      fill: 'none',
      stroke: COLOUR.grid,
      strokeWidth: 0.6,
    })),
    { d: dashes(y(first.legPain), width), fill: 'none', stroke: COLOUR.start, strokeWidth: 1.2 },
  ];
  for (const [key, colour, weight] of [
    ['backPain', COLOUR.back, 1.4],
    ['legPain', COLOUR.leg, 2.2],
  ] as const) {
    const points = logs.map((l) => [x(l.date), y(l[key])] as const);
    shapes.push({ d: line(points), fill: 'none', stroke: colour, strokeWidth: weight });
    shapes.push({ d: points.map((p) => dot(p, weight * 0.9)).join(' '), fill: colour });
  }
  return { width, height, shapes };
}

/** The pain chart with its scale, dates and key, across the flow's column. */
export function painTrendChart(
  flow: Flow,
  logs: readonly PainPoint[],
  size: number,
  locale: Locale,
) {
  const { say } = WORDS[locale];
  const axis = 20;
  const plotHeight = 150;
  const first = logs[0];
  if (!first) return;
  const matters = smallestChangeThatMatters(first.legPain);
  flow.block(plotHeight + size * 2.2, (page, left, top, columnWidth) => {
    const width = columnWidth - axis;
    const drawing = painTrendDrawing(logs, width, plotHeight);
    drawVector(page, drawing, { x: left + axis, top, width });
    for (const v of [0, 2, 4, 6, 8, 10])
      flow.label(
        page,
        String(v),
        left + axis - 5,
        top - ((10 - v) / 10) * plotHeight - size * 0.35,
        {
          size,
          color: MUTED,
          align: 'right',
        },
      );
    // A date under the first day and every week after it, and under the last day when apart.
    const last = logs.at(-1)!.date;
    const span = Math.max(1, daysBetween(first.date, last));
    const step = Math.max(7, Math.ceil(span / 7 / 7) * 7);
    const ticks: string[] = [];
    for (let d = first.date; d <= last; d = addDays(d, step)) ticks.push(d);
    if (daysBetween(ticks.at(-1)!, last) * (width / span) > 40) ticks.push(last);
    for (const day of ticks) {
      const at =
        left +
        axis +
        (logs.length === 1 ? width / 2 : (daysBetween(first.date, day) / span) * width);
      flow.label(page, shortDay(day, locale), at, top - plotHeight - size * 1.4, {
        size,
        color: MUTED,
        align: at - left < 30 ? 'left' : left + columnWidth - at < 30 ? 'right' : 'center',
      });
    }
  });
  const key = (colour: string, text: string, thick: number) => {
    flow.beside(
      {
        width: 22,
        height: size,
        gutter: 6,
        draw: (page, x, top) =>
          page.drawLine({
            start: { x, y: top - size / 2 },
            end: { x: x + 22, y: top - size / 2 },
            thickness: thick,
            color: hexColor(colour)!,
          }),
      },
      () => flow.text(text, { size, after: 0 }),
    );
    flow.gap(3);
  };
  flow.gap(4);
  key(COLOUR.leg, say('progress.legPain'), 2.2);
  key(COLOUR.back, say('progress.backPain'), 1.4);
  key(COLOUR.start, say('chart.start', { pain: first.legPain }), 1.2);
  key(COLOUR.band, say('chart.band', { points: matters }), 7);
}

/** Sessions planned (outlined) and done (filled) week by week, with the numbers under each. */
export function adherenceChart(
  flow: Flow,
  weeks: readonly WeekAdherence[],
  size: number,
  locale: Locale,
) {
  const { say } = WORDS[locale];
  const plotHeight = 70;
  const most = Math.max(1, ...weeks.map((w) => w.prescribed), ...weeks.map((w) => w.done));
  flow.block(plotHeight + size * 3.2, (page, left, top, width) => {
    const slot = width / Math.max(1, weeks.length);
    const bar = Math.min(40, slot * 0.5);
    const scale = (n: number) => (n / most) * (plotHeight - 4);
    const shapes: VectorShape[] = [
      {
        d: line([
          [0, plotHeight],
          [width, plotHeight],
        ]),
        fill: 'none',
        stroke: COLOUR.grid,
        strokeWidth: 1,
      },
    ];
    weeks.forEach((w, i) => {
      const x = i * slot + (slot - bar) / 2;
      shapes.push({
        d: rect(x, plotHeight - scale(w.prescribed), bar, scale(w.prescribed)),
        fill: '#ffffff',
        stroke: COLOUR.planned,
        strokeWidth: 1.2,
      });
      if (w.done > 0)
        shapes.push({
          d: rect(x + 5, plotHeight - scale(w.done), bar - 10, scale(w.done)),
          fill: COLOUR.done,
        });
      const centre = left + i * slot + slot / 2;
      flow.label(page, shortRange(w.from, w.to, locale), centre, top - plotHeight - size * 1.3, {
        size,
        color: MUTED,
        align: 'center',
      });
      const counts = { done: w.done, planned: w.prescribed };
      flow.label(
        page,
        w.prescribed
          ? say('chart.weekDonePercent', {
              ...counts,
              percent: Math.round((w.done / w.prescribed) * 100),
            })
          : say('chart.weekDone', counts),
        centre,
        top - plotHeight - size * 2.6,
        {
          size,
          bold: true,
          align: 'center',
        },
      );
    });
    drawVector(page, { width, height: plotHeight, shapes }, { x: left, top, width });
  });
}
