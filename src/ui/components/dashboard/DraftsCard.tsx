import type { DashboardFilter, DashboardSummary } from '../../../domain/dashboard';
import { useT } from '../../hooks/use-t';
import { paths } from '../../router';
import { Link } from '../Link';
import { dashHref } from './links';
import { missingLabel } from './missing';

const SHOWN = 6;

/** Drafts whose IID profile is not complete: fix them before submission. */
export function DraftsCard({ summary, filter }: { summary: DashboardSummary; filter: DashboardFilter }) {
  const t = useT();
  const drafts = summary.drafts;
  return (
    <section class="card dash-card dash-card--drafts" aria-labelledby="dash-drafts-title">
      <h2 id="dash-drafts-title">{t('dashboard.drafts.title')}</h2>
      {drafts.length === 0 ? (
        <p class="dash-ok">
          {summary.innovationCount === 0
            ? t('dashboard.drafts.noInnovations')
            : t('dashboard.drafts.allDone')}
        </p>
      ) : (
        <>
          <p>
            <Link href={dashHref(filter, { view: 'incomplete' })} data-testid="drafts-count">
              {t('dashboard.drafts.count', { n: drafts.length, total: summary.innovationCount })}
            </Link>
          </p>
          <ul class="list">
            {drafts.slice(0, SHOWN).map((d) => (
              <li key={d.innovation.id} class="list__item">
                <div class="list__main">
                  <Link href={paths.innovation(d.innovation.id)} class="list__title">
                    {d.innovation.name || t('dashboard.unnamed')}
                  </Link>
                  <div class="muted">{d.unit.name}</div>
                  <div class="dash-missing">
                    {t('dashboard.drafts.missing', {
                      list: d.missing.map((c) => missingLabel(t, c, d.rancangBangunWords)).join(', '),
                    })}
                  </div>
                </div>
                <span class="badge badge--warn">{t('dashboard.drafts.gaps', { n: d.missing.length })}</span>
              </li>
            ))}
          </ul>
          {drafts.length > SHOWN && (
            <div class="actions">
              <Link href={dashHref(filter, { view: 'incomplete' })} class="btn btn--secondary">
                {t('dashboard.seeAll', { n: drafts.length })}
              </Link>
            </div>
          )}
        </>
      )}
    </section>
  );
}
