import type { DashboardFilter, DashboardSummary } from '../../../domain/dashboard';
import { formatNumber } from '../../../i18n';
import { usePermissions } from '../../hooks/use-permissions';
import { useLang, useT } from '../../hooks/use-t';
import { paths } from '../../router';
import { Link } from '../Link';
import { ProgressBar } from '../ProgressBar';
import { dashHref } from './links';

/** The year's proposal target against the innovations counted so far; a link to change it (or, for roles that may not, to see it). */
export function TargetCard({ summary, filter }: { summary: DashboardSummary; filter: DashboardFilter }) {
  const t = useT();
  const lang = useLang();
  const status = summary.target;
  const mayEdit = usePermissions().can('targets', 'edit');
  const narrowed = filter.group !== '' || filter.kind !== '';
  return (
    <section class="card dash-card dash-card--target" aria-labelledby="dash-target-title">
      <h2 id="dash-target-title">
        {status ? t('dashboard.target.title', { year: String(status.year) }) : t('dashboard.target.titleAll')}
      </h2>
      {status === null ? (
        <p class="muted">{t('dashboard.target.pickYear')}</p>
      ) : (
        <>
          <p class="dash-big">
            <Link href={dashHref(filter, { view: 'proposals' })} data-testid="target-proposals">
              {formatNumber(lang, status.proposals)}
            </Link>
            {status.target && (
              <span class="dash-big__of">
                {' '}
                {t('dashboard.target.of', { target: status.target.proposalTarget })}
              </span>
            )}
          </p>
          {status.target ? (
            <>
              <ProgressBar
                value={status.target.proposalTarget > 0 ? status.proposals / status.target.proposalTarget : 1}
                label={t('dashboard.target.percent', {
                  percent: String(
                    status.target.proposalTarget > 0
                      ? Math.round((status.proposals / status.target.proposalTarget) * 100)
                      : 100,
                  ),
                })}
              />
              <p class="muted">
                {status.proposals >= status.target.proposalTarget
                  ? t('dashboard.target.reached')
                  : t('dashboard.target.remaining', {
                      n: status.target.proposalTarget - status.proposals,
                    })}
              </p>
            </>
          ) : (
            <p class="muted">{t('dashboard.target.none', { year: String(status.year) })}</p>
          )}
          {narrowed && <p class="muted">{t('dashboard.target.narrowed')}</p>}
        </>
      )}
      <div class="actions">
        <Link href={paths.targets()} class="btn btn--secondary">
          {status === null || !mayEdit
            ? t('dashboard.target.open')
            : status.target
              ? t('dashboard.target.change')
              : t('dashboard.target.set')}
        </Link>
      </div>
    </section>
  );
}
