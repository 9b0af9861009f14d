import type { DashboardFilter, DashboardSummary } from '../../../domain/dashboard';
import { useT } from '../../hooks/use-t';
import { paths } from '../../router';
import { Link } from '../Link';
import { dashHref } from './links';

/** How many names the card shows before "see all". */
const SHOWN = 12;

/** "1 instansi 1 inovasi": the units that have no innovation yet, by name. */
export function NoInnovationCard({
  summary,
  filter,
}: {
  summary: DashboardSummary;
  filter: DashboardFilter;
}) {
  const t = useT();
  const units = summary.withoutInnovation;
  return (
    <section class="card dash-card" aria-labelledby="dash-none-title" data-testid="no-innovation">
      <h2 id="dash-none-title">{t('dashboard.none.title')}</h2>
      {units.length === 0 ? (
        <p class="dash-ok">{t('dashboard.none.allDone')}</p>
      ) : (
        <>
          <p>
            <Link href={dashHref(filter, { view: 'noInnovation' })} data-testid="no-innovation-count">
              {t('dashboard.none.count', { n: units.length, total: summary.unitCount })}
            </Link>
          </p>
          <ul class="dash-names" aria-label={t('dashboard.none.list')}>
            {units.slice(0, SHOWN).map((u) => (
              <li key={u.id}>
                <Link href={paths.unit(u.id)}>{u.name}</Link>
              </li>
            ))}
          </ul>
          {units.length > SHOWN && (
            <div class="actions">
              <Link href={dashHref(filter, { view: 'noInnovation' })} class="btn btn--secondary">
                {t('dashboard.seeAll', { n: units.length })}
              </Link>
            </div>
          )}
        </>
      )}
      <p class="muted">{t('dashboard.none.hint')}</p>
    </section>
  );
}
