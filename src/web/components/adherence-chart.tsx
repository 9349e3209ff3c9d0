import type { WeekAdherence } from '../../domain/progress/progress';
import { useT } from '../i18n/i18n';
import { formatDay, formatMonthDay } from './format';

const BAR = 34;
const GAP = 18;
const HEIGHT = 150;

/**
 * Sessions done against sessions planned, week by week (E3): an outlined bar for the plan and
 * a filled one for what was done. The same numbers follow as a table for screen readers.
 */
export function AdherenceChart({ weeks }: { weeks: WeekAdherence[] }) {
  const t = useT();
  const most = Math.max(1, ...weeks.map((w) => w.prescribed));
  const scale = (n: number) => (n / most) * (HEIGHT - 24);
  const width = weeks.length * (BAR + GAP) + GAP;
  return (
    <figure className="chart adherence-chart">
      <figcaption>{t('chart.adherence')}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${HEIGHT + 22}`}
        role="img"
        aria-hidden="true"
        preserveAspectRatio="xMinYMid meet"
      >
        <line x1="0" x2={width} y1={HEIGHT} y2={HEIGHT} className="axis" />
        {weeks.map((w, i) => {
          const x = GAP + i * (BAR + GAP);
          return (
            <g key={w.to}>
              <rect
                className="planned"
                x={x}
                y={HEIGHT - scale(w.prescribed)}
                width={BAR}
                height={scale(w.prescribed)}
              />
              <rect
                className="done"
                x={x + 5}
                y={HEIGHT - scale(w.done)}
                width={BAR - 10}
                height={scale(w.done)}
              />
              <text x={x + BAR / 2} y={HEIGHT - scale(w.prescribed) - 6} textAnchor="middle">
                {w.done}/{w.prescribed}
              </text>
              <text x={x + BAR / 2} y={HEIGHT + 16} textAnchor="middle" className="week">
                {formatMonthDay(w.to)}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="chart-key" aria-hidden="true">
        <span className="key planned" /> {t('chart.planned')} <span className="key done" />{' '}
        {t('chart.done')}
      </p>
      <details>
        <summary>{t('progress.showTable')}</summary>
        <table className="records">
          <thead>
            <tr>
              <th scope="col">{t('chart.week')}</th>
              <th scope="col">{t('chart.doneColumn')}</th>
              <th scope="col">{t('chart.plannedColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.to}>
                <td>
                  {t('chart.weekRange', {
                    from: formatDay(w.from, 'short'),
                    to: formatDay(w.to, 'short'),
                  })}
                </td>
                <td>{w.done}</td>
                <td>{w.prescribed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
