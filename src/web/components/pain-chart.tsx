import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import { useT } from '../i18n/i18n';
import 'uplot/dist/uPlot.min.css';
import './progression.css';
import { smallestChangeThatMatters } from '../../domain/progress/progress';
import { dayToSeconds, timeRangeWithMarks } from './chart-range';

type Line = {
  label: string;
  stroke: string;
  values: (number | null)[];
  dash?: number[];
  width?: number;
  points?: boolean;
};

/** A day to mark on the chart with a vertical line and a short label, e.g. a stage change. */
export type ChartMark = {
  /** Unique among the marks (a stage change's moment): two changes can share a day and label. */
  key: string;
  date: string;
  label: string;
  direction: 'up' | 'down';
  /** The same mark in a sentence, for the list under the chart. */
  words: string;
};

const MARK_COLOURS = { up: '#1d5b9a', down: '#a4560a' } as const;

/** Draws each mark inside the plot area: a dashed line from top to bottom and its label. */
function drawMarks(u: uPlot, marks: ChartMark[]) {
  const ctx = u.ctx;
  const { left, top, width, height } = u.bbox;
  const px = uPlot.pxRatio;
  ctx.save();
  /** Labels already placed, per row: a label that would overlap one goes a row lower. */
  const rows: [number, number][][] = [];
  for (const mark of marks) {
    const x = u.valToPos(dayToSeconds(mark.date), 'x', true);
    if (x < left - 1 || x > left + width + 1) continue;
    ctx.strokeStyle = MARK_COLOURS[mark.direction];
    ctx.fillStyle = MARK_COLOURS[mark.direction];
    ctx.lineWidth = 2 * px;
    ctx.setLineDash([5 * px, 4 * px]);
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, top + height);
    ctx.stroke();
    ctx.font = `bold ${12 * px}px system-ui, sans-serif`;
    const text = `${mark.direction === 'up' ? '▲' : '▼'} ${mark.label}`;
    // Near the right edge the label goes to the left of its line, so it stays in the plot.
    const textWidth = ctx.measureText(text).width;
    const tx = x + 4 * px + textWidth > left + width ? x - 4 * px - textWidth : x + 4 * px;
    let row = 0;
    while (rows[row]?.some(([a, b]) => tx < b + 6 * px && tx + textWidth > a - 6 * px)) row++;
    (rows[row] ??= []).push([tx, tx + textWidth]);
    ctx.fillText(text, tx, top + (14 + row * 16) * px);
  }
  ctx.restore();
}

/** Daily values on a 0–10 scale as lines over the dates; the caller shows the same numbers in a table. */
export function ScoreChart({
  dates,
  lines,
  yLabel,
  marks = [],
}: {
  dates: string[];
  lines: Line[];
  yLabel: string;
  marks?: ChartMark[];
}) {
  const box = useRef<HTMLDivElement>(null);
  // Redraw only when the numbers change, not on every render of the page around it.
  const signature = JSON.stringify([dates, lines, yLabel, marks]);
  useEffect(() => {
    const el = box.current;
    if (!el || dates.length === 0) return;
    const plot = new uPlot(
      {
        width: Math.max(280, el.clientWidth),
        height: 240,
        scales: {
          x: {
            time: true,
            range: (_u, min, max) => timeRangeWithMarks(min, max, marks),
          },
          y: { range: [0, 10] },
        },
        // A key of what each line is; the values are in the table beside the chart.
        legend: { live: false },
        axes: [{}, { label: yLabel }],
        hooks: { draw: [(u) => drawMarks(u, marks)] },
        series: [
          {},
          ...lines.map((l) => ({
            label: l.label,
            stroke: l.stroke,
            width: l.width ?? 2,
            ...(l.dash ? { dash: l.dash } : {}),
            points: { show: l.points ?? true, size: 6 },
          })),
        ],
      },
      [dates.map(dayToSeconds), ...lines.map((l) => l.values)],
      el,
    );
    // The chart follows its box, so turning a phone or resizing a window never leaves it too wide.
    const resize = new ResizeObserver(() => {
      const width = Math.max(280, el.clientWidth);
      if (width !== plot.width) plot.setSize({ width, height: 240 });
    });
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature]);
  return <div ref={box} className="pain-chart" aria-hidden="true" />;
}

type Point = { date: string; legPain: number; backPain: number };

/**
 * Leg and back pain over time, with the starting leg pain and the line the smallest change
 * that matters below it (the MCID, one definition with the summary's words).
 */
export function PainChart({
  logs,
  baseline,
  marks = [],
}: {
  logs: Point[];
  baseline: number | null;
  /** Stage changes, drawn as lines and listed under the chart for screen readers too. */
  marks?: ChartMark[];
}) {
  const flat = (value: number | null) => logs.map(() => value);
  const matters = smallestChangeThatMatters(baseline ?? 0);
  const t = useT();
  return (
    <>
      <ScoreChart
        marks={marks}
        dates={logs.map((l) => l.date)}
        yLabel={t('chart.painAxis')}
        lines={[
          {
            label: t('progress.legPain'),
            stroke: '#0f5c5a',
            width: 3,
            values: logs.map((l) => l.legPain),
          },
          { label: t('progress.backPain'), stroke: '#b76e00', values: logs.map((l) => l.backPain) },
          {
            label: t('chart.baseline'),
            stroke: '#6a7f7e',
            dash: [6, 4],
            points: false,
            values: flat(baseline),
          },
          {
            label: t('chart.matters', { points: matters }),
            stroke: '#1d7a3a',
            dash: [2, 4],
            points: false,
            values: flat(baseline === null ? null : Math.max(0, baseline - matters)),
          },
        ]}
      />
      {marks.length > 0 && (
        <ul className="chart-marks" aria-label={t('chart.stageChanges')}>
          {marks.map((m) => (
            <li key={m.key}>{m.words}</li>
          ))}
        </ul>
      )}
    </>
  );
}
