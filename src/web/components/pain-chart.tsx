import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

type Point = { date: string; legPain: number; backPain: number };

/**
 * Leg and back pain over time, with the starting leg pain and the line two points below it:
 * the smallest change people notice (the MCID). A table with the same numbers sits beside it.
 */
export function PainChart({ logs, baseline }: { logs: Point[]; baseline: number | null }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || logs.length === 0) return;
    const xs = logs.map((l) => Date.parse(`${l.date}T12:00:00Z`) / 1000);
    const flat = (value: number | null) => logs.map(() => value);
    const plot = new uPlot(
      {
        width: Math.max(280, el.clientWidth),
        height: 260,
        scales: { x: { time: true }, y: { range: [0, 10] } },
        axes: [{}, { label: 'Pain (0–10)', values: (_u, ticks) => ticks.map((t) => String(t)) }],
        series: [
          {},
          { label: 'Leg pain', stroke: '#0f5c5a', width: 3, points: { size: 7 } },
          { label: 'Back pain', stroke: '#b76e00', width: 2, points: { size: 6 } },
          { label: 'Starting leg pain', stroke: '#6a7f7e', dash: [6, 4], points: { show: false } },
          {
            label: '2 points better (a change you notice)',
            stroke: '#1d7a3a',
            dash: [2, 4],
            points: { show: false },
          },
        ],
      },
      [
        xs,
        logs.map((l) => l.legPain),
        logs.map((l) => l.backPain),
        flat(baseline),
        flat(baseline === null ? null : Math.max(0, baseline - 2)),
      ],
      el,
    );
    return () => plot.destroy();
  }, [logs, baseline]);
  return <div ref={box} className="pain-chart" aria-hidden="true" />;
}
