import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { smallestChangeThatMatters } from '../../domain/progress/progress';

type Line = {
  label: string;
  stroke: string;
  values: (number | null)[];
  dash?: number[];
  width?: number;
  points?: boolean;
};

/** Daily values on a 0–10 scale as lines over the dates; the caller shows the same numbers in a table. */
export function ScoreChart({
  dates,
  lines,
  yLabel,
}: {
  dates: string[];
  lines: Line[];
  yLabel: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  // Redraw only when the numbers change, not on every render of the page around it.
  const signature = JSON.stringify([dates, lines, yLabel]);
  useEffect(() => {
    const el = box.current;
    if (!el || dates.length === 0) return;
    const plot = new uPlot(
      {
        width: Math.max(280, el.clientWidth),
        height: 240,
        scales: { x: { time: true }, y: { range: [0, 10] } },
        // A key of what each line is; the values are in the table beside the chart.
        legend: { live: false },
        axes: [{}, { label: yLabel }],
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
      [dates.map((d) => Date.parse(`${d}T12:00:00Z`) / 1000), ...lines.map((l) => l.values)],
      el,
    );
    return () => plot.destroy();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature]);
  return <div ref={box} className="pain-chart" aria-hidden="true" />;
}

type Point = { date: string; legPain: number; backPain: number };

/**
 * Leg and back pain over time, with the starting leg pain and the line the smallest change
 * that matters below it (the MCID, one definition with the summary's words).
 */
export function PainChart({ logs, baseline }: { logs: Point[]; baseline: number | null }) {
  const flat = (value: number | null) => logs.map(() => value);
  const matters = smallestChangeThatMatters(baseline ?? 0);
  return (
    <ScoreChart
      dates={logs.map((l) => l.date)}
      yLabel="Pain (0–10)"
      lines={[
        { label: 'Leg pain', stroke: '#0f5c5a', width: 3, values: logs.map((l) => l.legPain) },
        { label: 'Back pain', stroke: '#b76e00', values: logs.map((l) => l.backPain) },
        {
          label: 'Starting leg pain',
          stroke: '#6a7f7e',
          dash: [6, 4],
          points: false,
          values: flat(baseline),
        },
        {
          label: `${matters} ${matters === 1 ? 'point' : 'points'} better: a change that matters`,
          stroke: '#1d7a3a',
          dash: [2, 4],
          points: false,
          values: flat(baseline === null ? null : Math.max(0, baseline - matters)),
        },
      ]}
    />
  );
}
