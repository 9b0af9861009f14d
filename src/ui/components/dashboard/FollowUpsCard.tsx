import { useState } from 'preact/hooks';
import type { DashboardFilter, DashboardSummary } from '../../../domain/dashboard';
import { useLang, useT } from '../../hooks/use-t';
import { paths } from '../../router';
import { Link } from '../Link';
import { Cell } from './FunnelCard';
import { dashHref } from './links';

const SHOWN = 8;

/** Open and overdue follow-ups per unit, most overdue first. */
export function FollowUpsCard({ summary, filter }: { summary: DashboardSummary; filter: DashboardFilter }) {
  const t = useT();
  const lang = useLang();
  const [all, setAll] = useState(false);
  const { rows, open, overdue } = summary.followUps;
  const shown = all ? rows : rows.slice(0, SHOWN);
  return (
    <section class="card dash-card dash-card--follow-ups" aria-labelledby="dash-fu-title">
      <h2 id="dash-fu-title">{t('dashboard.followUps.title')}</h2>
      {rows.length === 0 ? (
        <p class="dash-ok">{t('dashboard.followUps.none')}</p>
      ) : (
        <>
          <p class="dash-pair">
            <Link href={dashHref(filter, { view: 'followUps', unitId: '', overdueOnly: false })}>
              {t('dashboard.followUps.open', { n: open })}
            </Link>
            <Link
              href={dashHref(filter, { view: 'followUps', unitId: '', overdueOnly: true })}
              class={overdue > 0 ? 'dash-danger' : undefined}
            >
              {t('dashboard.followUps.overdue', { n: overdue })}
            </Link>
          </p>
          <div class="dash-table-wrap">
            <table class="dash-table" data-testid="follow-ups-table">
              <caption class="visually-hidden">{t('dashboard.followUps.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.unit')}</th>
                  <th scope="col">{t('dashboard.followUps.openCol')}</th>
                  <th scope="col">{t('dashboard.followUps.overdueCol')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <tr key={r.unit.id}>
                    <th scope="row">
                      <Link href={paths.unit(r.unit.id)}>{r.unit.name}</Link>
                    </th>
                    <td>
                      <Cell
                        value={r.open}
                        lang={lang}
                        href={dashHref(filter, { view: 'followUps', unitId: r.unit.id, overdueOnly: false })}
                      />
                    </td>
                    <td class={r.overdue > 0 ? 'dash-danger' : undefined}>
                      <Cell
                        value={r.overdue}
                        lang={lang}
                        href={dashHref(filter, { view: 'followUps', unitId: r.unit.id, overdueOnly: true })}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.length > SHOWN && (
            <div class="actions">
              <button
                type="button"
                class="btn btn--secondary"
                aria-expanded={all}
                onClick={() => setAll((a) => !a)}
              >
                {all ? t('dashboard.showFewer') : t('dashboard.followUps.allUnits', { n: rows.length })}
              </button>
            </div>
          )}
        </>
      )}
      <p class="muted">
        {filter.year === 'all'
          ? t('dashboard.followUps.hintAll')
          : t('dashboard.followUps.hint', { year: String(filter.year) })}
      </p>
    </section>
  );
}
