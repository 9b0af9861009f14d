import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { listUnitSummaries } from '../../db/queries/units';
import { localToday } from '../../domain/dates';
import { filterUnits, isFiltering, NO_FILTER, type UnitFilter } from '../../domain/queries/units';
import { EmptyState } from '../components/EmptyState';
import { Link } from '../components/Link';
import { PageHeader } from '../components/PageHeader';
import { UnitFilters } from '../components/units/UnitFilters';
import { UnitRow } from '../components/units/UnitRow';
import { useCan } from '../hooks/use-can';
import { useLiveResult } from '../hooks/use-live-query';
import { useT } from '../hooks/use-t';
import { lazyPage } from '../lazy-page';
import { paths } from '../router';
import './units.css';

// Opened by "Tambah unit": the form and the write path (validation of every table) stay out of
// the first screen. It uses only the first screen's messages (units, common).
const NewUnitPanel = lazyPage(() => import('../components/units/NewUnitPanel').then((m) => m.NewUnitPanel), {
  allMessages: false,
});

/** The home page: every unit with its innovations and open follow-ups, searchable. */
export function UnitsPage() {
  const t = useT();
  const today = localToday();
  const result = useLiveResult(() => listUnitSummaries(today), [today]);
  const [adding, setAdding] = useState(false);
  // A unit team works inside its units: adding one is the facilitators' and coordinators' (domain/permissions.ts).
  const perms = useCan();
  const mayAdd = perms.can('units', 'create');
  // Demo data holds units and a target: only a role that may create both is offered it.
  const mayDemo = mayAdd && perms.can('targets', 'create');
  const [filter, setFilter] = useState<UnitFilter>(NO_FILTER);

  let body: ComponentChildren;
  if (result.status === 'loading') {
    body = <p class="muted">{t('loading')}</p>;
  } else if (result.status === 'error') {
    body = (
      <p class="field__error" role="alert">
        {t('error.unexpected')}
      </p>
    );
  } else if (result.data.length === 0) {
    body = (
      <EmptyState title={t('units.empty.title')}>
        <p>{t(mayDemo ? 'units.empty.body' : mayAdd ? 'units.empty.bodyAdd' : 'units.empty.bodyAssigned')}</p>
        {mayDemo && (
          <Link href={paths.settings()} class="btn btn--secondary">
            {t('units.empty.settings')}
          </Link>
        )}
      </EmptyState>
    );
  } else {
    const shown = filterUnits(result.data, filter);
    body = (
      <>
        <UnitFilters filter={filter} onChange={setFilter} />
        {isFiltering(filter) && (
          <p class="muted" aria-live="polite">
            {t('units.list.shown', { shown: shown.length, total: result.data.length })}
          </p>
        )}
        {shown.length === 0 ? (
          <EmptyState title={t('units.noMatch.title')}>
            <p>{t('units.noMatch.body')}</p>
            <button type="button" class="btn btn--secondary" onClick={() => setFilter(NO_FILTER)}>
              {t('units.filter.clear')}
            </button>
          </EmptyState>
        ) : (
          <ul class="list card" aria-label={t('units.list.label')}>
            {shown.map((s) => (
              <UnitRow key={s.unit.id} summary={s} />
            ))}
          </ul>
        )}
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('units.title')}>
        {mayAdd && (
          <button type="button" class="btn" aria-expanded={adding} onClick={() => setAdding((a) => !a)}>
            {t('units.add')}
          </button>
        )}
      </PageHeader>
      {adding && mayAdd && <NewUnitPanel onClose={() => setAdding(false)} />}
      {body}
    </>
  );
}
