import { useState } from 'preact/hooks';
import { getTargetOverview } from '../../db/queries/targets';
import { localToday } from '../../domain/dates';
import { SelectField } from '../components/fields';
import { PageHeader } from '../components/PageHeader';
import { ReadOnly } from '../components/read-only';
import { ReadOnlyNotice } from '../components/read-only-notice';
import { TargetForm } from '../components/settings/TargetForm';
import { TargetProgress } from '../components/settings/TargetProgress';
import { useLiveQuery } from '../hooks/use-live-query';
import { usePermissions } from '../hooks/use-permissions';
import { useT } from '../hooks/use-t';
import './settings.css';

const YEARS_AROUND = 2;

/** Route /targets: the coordinator's yearly target (read-only to everyone else) and the progress against it. */
export function TargetsPage() {
  const t = useT();
  const thisYear = Number(localToday().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const perms = usePermissions();
  const mayEdit = perms.can('targets', 'edit');
  const result = useLiveQuery(() => getTargetOverview(year), [year]);
  // Right after a year change the previous year's answer is still there: treat it as loading.
  const overview = result?.year === year ? result : undefined;
  const years = Array.from({ length: YEARS_AROUND * 2 + 1 }, (_, i) => String(thisYear - YEARS_AROUND + i));

  return (
    <div class="targets-page">
      <PageHeader title={t('targets.title')} subtitle={t('targets.subtitle')} />
      <div class="toolbar targets-year">
        <SelectField
          label={t('targets.year')}
          name="year"
          value={String(year)}
          options={years.map((y) => ({ value: y, label: y }))}
          onChange={(v) => setYear(Number(v))}
        />
      </div>
      {overview === undefined ? (
        <p class="muted">{t('loading')}</p>
      ) : (
        <div class="targets-layout">
          <div class="card">
            {!mayEdit && <ReadOnlyNotice reason={perms.reason('targets', 'edit')} />}
            <ReadOnly when={!mayEdit}>
              <TargetForm key={year} year={year} target={overview.target ?? undefined} />
            </ReadOnly>
          </div>
          <TargetProgress overview={overview} />
        </div>
      )}
    </div>
  );
}
