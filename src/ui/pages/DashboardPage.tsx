import type { ComponentChildren } from 'preact';
import { getDashboard } from '../../db/queries/dashboard';
import {
  type DashboardFilter,
  dashboardQuery,
  parseDrill,
  parseFilter,
  sameFilter,
} from '../../domain/dashboard';
import { localToday } from '../../domain/dates';
import { navigate, useUi } from '../../state/ui-store';
import { DashboardFilters } from '../components/dashboard/DashboardFilters';
import { DrillDown } from '../components/dashboard/DrillDown';
import { filterSummary } from '../components/dashboard/drill-title';
import { dashHref } from '../components/dashboard/links';
import { Overview } from '../components/dashboard/Overview';
import { EmptyState } from '../components/EmptyState';
import { ExportPanel } from '../components/export/ExportPanel';
import { Link } from '../components/Link';
import { LoadError } from '../components/LoadState';
import { PageHeader } from '../components/PageHeader';
import { useLiveResult } from '../hooks/use-live-query';
import { useT } from '../hooks/use-t';
import { paths } from '../router';
import './dashboard.css';

/**
 * Route /dashboard: the coordinator's view of every unit on this device. Filters and the list
 * behind a figure live in the query string (?year=2026&kind=opd&view=stage&stage=design), so
 * any figure can be shared as a link.
 */
export function DashboardPage() {
  const t = useT();
  const path = useUi((s) => s.path);
  const today = localToday();
  const thisYear = Number(today.slice(0, 4));
  const params = new URLSearchParams(path.split('?')[1] ?? '');
  const filter = parseFilter(params, thisYear);
  const drill = parseDrill(params);
  const result = useLiveResult(() => getDashboard(filter, today), [dashboardQuery(filter), today]);
  const setFilter = (next: DashboardFilter) => navigate(dashHref(next, drill), true);

  let body: ComponentChildren;
  // Right after a filter change the previous answer is still there: treat it as loading.
  if (result.status === 'loading' || (result.status === 'ready' && !sameFilter(result.data.filter, filter))) {
    body = <p class="muted">{t('loading')}</p>;
  } else if (result.status === 'error') {
    body = <LoadError />;
  } else if (result.data.scope.totalUnits === 0) {
    body = (
      <EmptyState title={t('dashboard.empty.title')}>
        <p>{t('dashboard.empty.body')}</p>
        <div class="actions dash-empty-actions">
          <Link href={paths.settings()} class="btn">
            {t('dashboard.empty.settings')}
          </Link>
          <Link href={paths.units()} class="btn btn--secondary">
            {t('dashboard.empty.units')}
          </Link>
        </div>
      </EmptyState>
    );
  } else {
    const { scope, summary } = result.data;
    const years = [
      ...new Set([thisYear, ...scope.years, ...(filter.year === 'all' ? [] : [filter.year])]),
    ].sort((a, b) => b - a);
    body = (
      <>
        <DashboardFilters filter={filter} years={years} onChange={setFilter} />
        {scope.units.length === 0 ? (
          <EmptyState title={t('dashboard.noMatch.title')}>
            <p>{t('dashboard.noMatch.body')}</p>
            <Link href={dashHref({ year: filter.year, group: '', kind: '' })} class="btn btn--secondary">
              {t('dashboard.noMatch.clear')}
            </Link>
          </EmptyState>
        ) : drill ? (
          <DrillDown scope={scope} filter={filter} drill={drill} today={today} />
        ) : (
          <Overview summary={summary} filter={filter} />
        )}
      </>
    );
  }

  return (
    <div class="dashboard">
      <PageHeader title={t('dashboard.title')} subtitle={filterSummary(t, filter)} />
      {body}
      {/* Below the figures, once they are there: drawn under "Memuat…" it jumped down a screen. */}
      {result.status !== 'loading' && <ExportPanel />}
    </div>
  );
}
