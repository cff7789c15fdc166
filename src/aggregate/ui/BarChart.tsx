/**
 * One bar chart per requirement, drawn as SVG by hand (no chart library): a row per unit with its
 * name, a bar, and the value and verdict in words, so nothing depends on colour. Lengths are in
 * percent of the chart's width without a viewBox, so text keeps its size on a phone instead of
 * shrinking with the drawing. The table above carries the same numbers for screen readers; the
 * figure gets a one-sentence summary.
 */
import type { Report } from '../report';
import { formatPercent, reportStrings as s, strings, TARGET_LABELS } from '../strings';
import type { RequirementKey } from '../types';

const ROW = 44;
const TOP = 26;
/** The bar area spans 0–55% of the width; the value label starts after it ("66,7% · ✗ Chưa đạt" fits at 360 px). */
const SCALE = 0.55;

function Chart({ report, requirement }: { report: Report; requirement: RequirementKey }) {
  const rows = report.units.map((unit) => ({ name: unit.unitName, result: unit[requirement] }));
  const target = report.total[requirement].target;
  const height = TOP + rows.length * ROW + 8;
  const met = rows.filter((row) => row.result.met).length;
  const title = TARGET_LABELS[requirement];
  const x = (percent: number) => `${Math.min(100, Math.max(0, percent)) * SCALE}%`;
  return (
    <figure class="agg-chart">
      <figcaption>{title}</figcaption>
      <svg width="100%" height={height} role="img" aria-label={s.chartLabel(title, met, rows.length)}>
        <line x1={x(target)} x2={x(target)} y1={TOP - 6} y2={height - 4} class="agg-chart-target" />
        <text x={x(target)} y={14} class="agg-chart-target-label" text-anchor={target > 60 ? 'end' : 'start'}>
          {s.chartTarget(target)}
        </text>
        {rows.map((row, i) => {
          const y = TOP + i * ROW;
          const state = row.result.of === 0 ? 'none' : row.result.met ? 'met' : 'not-met';
          const verdict =
            state === 'none' ? strings.noData : state === 'met' ? `✓ ${strings.met}` : `✗ ${strings.notMet}`;
          return (
            <g key={row.name}>
              <text x="0" y={y + 13} class="agg-chart-name">
                {row.name}
              </text>
              <rect x="0" y={y + 18} width={`${100 * SCALE}%`} height="14" class="agg-chart-track" />
              {row.result.percent !== null && (
                <rect
                  x="0"
                  y={y + 18}
                  width={x(row.result.percent)}
                  height="14"
                  class={`agg-chart-bar agg-chart-bar--${state}`}
                />
              )}
              <text x={`${100 * SCALE + 1.5}%`} y={y + 30} class="agg-chart-value">
                {row.result.percent === null ? verdict : `${formatPercent(row.result.percent)} · ${verdict}`}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export function BarCharts({ report }: { report: Report }) {
  return (
    <div class="agg-charts">
      {(['onlineServicesAndPayment', 'vneidLevel2', 'digitisedReuse'] as const).map((key) => (
        <Chart key={key} report={report} requirement={key} />
      ))}
    </div>
  );
}
