import type { TargetOverview } from '../../../domain/queries/targets';
import { useT } from '../../hooks/use-t';
import { paths } from '../../router';
import { EmptyState } from '../EmptyState';
import { Link } from '../Link';
import { ProgressBar } from '../ProgressBar';

/** Progress against the year's target and, for "1 instansi 1 inovasi", the units still without one. */
export function TargetProgress({ overview }: { overview: TargetOverview }) {
  const t = useT();
  const { year, target, unitCount, innovationsInYear: n, unitsWithoutInnovation: bare } = overview;
  if (unitCount === 0) {
    return (
      <EmptyState title={t('targets.empty.title')}>
        <p>{t('targets.empty.body')}</p>
        <div class="actions">
          <Link href={paths.units()} class="btn">
            {t('targets.empty.units')}
          </Link>
          <Link href={paths.settings()} class="btn btn--secondary">
            {t('targets.empty.settings')}
          </Link>
        </div>
      </EmptyState>
    );
  }
  const goal = target?.proposalTarget ?? 0;
  return (
    <div>
      <section class="card" data-testid="target-progress">
        <h2>{t('targets.progress.title', { year: String(year) })}</h2>
        {target ? (
          <>
            <p class="targets-count">{t('targets.progress.count', { n, target: goal })}</p>
            <ProgressBar value={goal > 0 ? n / goal : n > 0 ? 1 : 0} />
          </>
        ) : (
          <p>{t('targets.progress.noTarget', { n, year: String(year) })}</p>
        )}
        <p class="muted">{t('targets.progress.hint', { year: String(year) })}</p>
      </section>
      {(target?.onePerAgency ?? true) && (
        <section class="card targets-units" data-testid="units-without-innovation">
          <h2>{t('targets.agencies.title')}</h2>
          {bare.length === 0 ? (
            <p role="status">{t('targets.agencies.allDone')}</p>
          ) : (
            <>
              <p>{t('targets.agencies.count', { n: bare.length, total: unitCount })}</p>
              <ul class="list" aria-label={t('targets.agencies.list')}>
                {bare.map((unit) => (
                  <li key={unit.id} class="list__item">
                    <Link href={paths.unit(unit.id)}>{unit.name}</Link>
                    <span class="badge badge--muted">{t(`kind.${unit.kind}`)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  );
}
