import type { DashboardFilter } from '../../../domain/dashboard';
import { UNIT_KINDS, type UnitKind } from '../../../domain/unit';
import { useT } from '../../hooks/use-t';
import { SelectField } from '../fields';

/** Year, unit group and unit kind; every change is written to the URL by the page. */
export function DashboardFilters({
  filter,
  years,
  onChange,
}: {
  filter: DashboardFilter;
  years: readonly number[];
  onChange: (filter: DashboardFilter) => void;
}) {
  const t = useT();
  const yearOptions = [
    { value: 'all', label: t('dashboard.filter.allYears') },
    ...years.map((y) => ({ value: String(y), label: String(y) })),
  ];
  return (
    <fieldset class="toolbar dash-filters">
      <legend class="visually-hidden">{t('dashboard.filter.label')}</legend>
      <SelectField
        label={t('dashboard.filter.year')}
        name="year"
        value={String(filter.year)}
        options={yearOptions}
        onChange={(v) => onChange({ ...filter, year: v === 'all' ? 'all' : Number(v) })}
      />
      <SelectField
        label={t('dashboard.filter.group')}
        name="group"
        value={String(filter.group)}
        emptyLabel={t('filter.all')}
        options={[
          { value: '1', label: t('group.1') },
          { value: '2', label: t('group.2') },
        ]}
        onChange={(v) => onChange({ ...filter, group: v === '1' ? 1 : v === '2' ? 2 : '' })}
      />
      <SelectField
        label={t('dashboard.filter.kind')}
        name="kind"
        value={filter.kind}
        emptyLabel={t('filter.all')}
        options={UNIT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        onChange={(v) => onChange({ ...filter, kind: v as UnitKind | '' })}
      />
    </fieldset>
  );
}
