import type { UnitFilter } from '../../../domain/queries/units';
import { useT } from '../../hooks/use-t';
import { SelectField, TextField } from '../fields';
import { asGroup, asKind, groupOptions, kindOptions } from './options';

/** Search box and kind/group filters above the unit list. */
export function UnitFilters({
  filter,
  onChange,
}: {
  filter: UnitFilter;
  onChange: (next: UnitFilter) => void;
}) {
  const t = useT();
  return (
    <search class="toolbar">
      <TextField
        class="field--grow"
        type="search"
        label={t('units.search.label')}
        placeholder={t('units.search.placeholder')}
        value={filter.search}
        onInput={(search) => onChange({ ...filter, search })}
      />
      <SelectField
        label={t('units.filter.kind')}
        value={filter.kind}
        emptyLabel={t('filter.all')}
        options={kindOptions(t)}
        onChange={(v) => onChange({ ...filter, kind: asKind(v) ?? '' })}
      />
      <SelectField
        label={t('units.filter.group')}
        value={String(filter.group)}
        emptyLabel={t('filter.all')}
        options={groupOptions(t)}
        onChange={(v) => onChange({ ...filter, group: asGroup(v) ?? '' })}
      />
    </search>
  );
}
