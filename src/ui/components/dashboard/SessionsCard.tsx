import type { DashboardFilter, DashboardSummary } from '../../../domain/dashboard';
import { useLang, useT } from '../../hooks/use-t';
import { Link } from '../Link';
import { Cell } from './FunnelCard';
import { dashHref, monthLabel, monthLongLabel } from './links';
import { MonthChart } from './MonthChart';

/** Sessions per facilitator per month: a column chart of the months, then the table by person. */
export function SessionsCard({ summary, filter }: { summary: DashboardSummary; filter: DashboardFilter }) {
  const t = useT();
  const lang = useLang();
  const table = summary.sessions;
  const withYear = filter.year === 'all';
  const sessionsHref = (facilitator: string | null, month: string) =>
    dashHref(filter, { view: 'sessions', facilitator, month });
  return (
    <section class="card dash-card dash-card--sessions" aria-labelledby="dash-sessions-title">
      <h2 id="dash-sessions-title">{t('dashboard.sessions.title')}</h2>
      {table.total === 0 ? (
        <p class="muted">
          {filter.year === 'all'
            ? t('dashboard.sessions.noneAll')
            : t('dashboard.sessions.none', { year: String(filter.year) })}
        </p>
      ) : (
        <>
          <p>
            <Link href={sessionsHref(null, '')} data-testid="sessions-total">
              {t('dashboard.sessions.total', { n: table.total })}
            </Link>
          </p>
          <MonthChart
            title={t('dashboard.sessions.chart')}
            months={table.months}
            totals={table.monthTotals}
            withYear={withYear}
          />
          {table.truncated && <p class="muted">{t('dashboard.sessions.truncated')}</p>}
          <div class="dash-table-wrap">
            <table class="dash-table dash-table--months" data-testid="sessions-table">
              <caption>{t('dashboard.sessions.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.sessions.facilitator')}</th>
                  {table.months.map((m) => (
                    <th scope="col" key={m}>
                      <abbr title={monthLongLabel(lang, m)}>{monthLabel(lang, m, withYear)}</abbr>
                    </th>
                  ))}
                  <th scope="col">{t('dashboard.total')}</th>
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.name}>
                    <th scope="row">{row.name || t('dashboard.sessions.noFacilitator')}</th>
                    {table.months.map((m) => (
                      <td key={m}>
                        <Cell value={row.byMonth[m] ?? 0} lang={lang} href={sessionsHref(row.name, m)} />
                      </td>
                    ))}
                    <td class="dash-table__total">
                      <Cell value={row.total} lang={lang} href={sessionsHref(row.name, '')} />
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('dashboard.sessions.perMonth')}</th>
                  {table.months.map((m) => (
                    <td key={m}>
                      <Cell value={table.monthTotals[m] ?? 0} lang={lang} href={sessionsHref(null, m)} />
                    </td>
                  ))}
                  <td class="dash-table__total">
                    <Cell value={table.total} lang={lang} href={sessionsHref(null, '')} />
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
          <p class="muted">{t('dashboard.sessions.hint')}</p>
        </>
      )}
    </section>
  );
}
