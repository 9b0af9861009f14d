import { formatNumber } from '../../../i18n';
import { useLang } from '../../hooks/use-t';
import { Link } from '../Link';

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** The list behind the number; a zero has no list and is shown without a link. */
  href: string;
}

/**
 * A hand-drawn horizontal bar chart that is also its own data table: each row is a link (a
 * 44 px touch target) with the label, an SVG bar and the number. The bars are decoration
 * (aria-hidden); screen readers read the list. `centered` draws the bars about the middle so
 * the 5D stages read as a funnel.
 */
export function BarList({
  caption,
  bars,
  centered,
  testid,
}: {
  caption: string;
  bars: readonly Bar[];
  centered?: boolean;
  testid?: string;
}) {
  const lang = useLang();
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure class="dash-bars" data-testid={testid}>
      <figcaption class="dash-bars__caption">{caption}</figcaption>
      <ul class="dash-bars__list">
        {bars.map((bar) => {
          const width = bar.value === 0 ? 0 : Math.max(2, (bar.value / max) * 100);
          const x = centered ? (100 - width) / 2 : 0;
          const body = (
            <>
              <span class="dash-bar__label">{bar.label}</span>
              <svg
                class="dash-bar__svg"
                viewBox="0 0 100 10"
                preserveAspectRatio="none"
                aria-hidden="true"
                focusable="false"
              >
                <rect x="0" y="0" width="100" height="10" class="dash-bar__track" />
                {width > 0 && <rect x={x} y="0" width={width} height="10" class="dash-bar__fill" />}
              </svg>
              <span class="dash-bar__value" data-testid={testid ? `${testid}-${bar.key}` : undefined}>
                {formatNumber(lang, bar.value)}
              </span>
            </>
          );
          return (
            <li key={bar.key}>
              {bar.value > 0 ? (
                <Link href={bar.href} class="dash-bar">
                  {body}
                </Link>
              ) : (
                <span class="dash-bar dash-bar--zero">{body}</span>
              )}
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
