import { useId } from 'preact/hooks';
import { formatNumber } from '../../../i18n';
import { useLang } from '../../hooks/use-t';
import { monthLabel, monthLongLabel } from './links';

const WIDTH = 600;
const HEIGHT = 160;
const AXIS = 22;
const TOP = 18;

/**
 * Sessions per month as an SVG column chart (role="img" with a title and a description that
 * reads every number). The table below it on the card holds the same numbers as links.
 */
export function MonthChart({
  title,
  months,
  totals,
  withYear,
}: {
  title: string;
  months: readonly string[];
  totals: Readonly<Record<string, number>>;
  withYear: boolean;
}) {
  const lang = useLang();
  const id = useId();
  const max = Math.max(1, ...months.map((m) => totals[m] ?? 0));
  const step = WIDTH / Math.max(1, months.length);
  const barWidth = Math.min(36, step * 0.6);
  const plot = HEIGHT - AXIS - TOP;
  const desc = months
    .map((m) => `${monthLongLabel(lang, m)}: ${formatNumber(lang, totals[m] ?? 0)}`)
    .join('; ');
  return (
    <svg
      class="dash-month-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      data-testid="sessions-chart"
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      <line x1="0" x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} class="dash-month-chart__axis" />
      {months.map((m, i) => {
        const value = totals[m] ?? 0;
        const h = (value / max) * plot;
        const x = i * step + (step - barWidth) / 2;
        const cx = i * step + step / 2;
        return (
          <g key={m}>
            {value > 0 && (
              <rect
                x={x}
                y={HEIGHT - AXIS - h}
                width={barWidth}
                height={h}
                rx="3"
                class="dash-month-chart__bar"
              />
            )}
            {value > 0 && (
              <text x={cx} y={HEIGHT - AXIS - h - 4} text-anchor="middle" class="dash-month-chart__value">
                {formatNumber(lang, value)}
              </text>
            )}
            <text x={cx} y={HEIGHT - 6} text-anchor="middle" class="dash-month-chart__label">
              {monthLabel(lang, m, withYear)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
