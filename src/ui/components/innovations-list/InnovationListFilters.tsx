import {
  INNOVATION_SORTS,
  type InnovationListFilter,
  type InnovationSort,
  PROFILE_STATES,
  type UnitChoice,
} from '../../../domain/queries/innovation-list';
import { isStageKey, STAGES } from '../../../domain/stages';
import { useT } from '../../hooks/use-t';
import { SelectField, TextField } from '../fields';
import { asKind, kindOptions } from '../units/options';

/** Search box, stage / unit kind / unit / profile filters and the sort order above the list. */
export function InnovationListFilters({
  filter,
  sort,
  units,
  onSearch,
  onChange,
}: {
  filter: InnovationListFilter;
  sort: InnovationSort;
  units: readonly UnitChoice[];
  /** Typing: the page filters at once and writes the URL a moment later. */
  onSearch: (search: string) => void;
  onChange: (filter: InnovationListFilter, sort: InnovationSort) => void;
}) {
  const t = useT();
  const set = (patch: Partial<InnovationListFilter>) => onChange({ ...filter, ...patch }, sort);
  const onKind = (value: string) => {
    const kind = asKind(value) ?? '';
    // A unit of another kind would make the list empty for no visible reason: drop it.
    const unit = units.find((u) => u.id === filter.unitId);
    set({ kind, unitId: unit && (!kind || unit.kind === kind) ? unit.id : '' });
  };
  return (
    <search class="toolbar innovation-filters" aria-label={t('innovationList.filter.label')}>
      <TextField
        class="field--grow innovation-filters__search"
        type="search"
        label={t('innovationList.search.label')}
        placeholder={t('innovationList.search.placeholder')}
        value={filter.search}
        onInput={onSearch}
      />
      <SelectField
        label={t('innovationList.filter.stage')}
        name="stage"
        value={filter.stage}
        emptyLabel={t('filter.all')}
        options={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
        onChange={(v) => set({ stage: isStageKey(v) ? v : '' })}
      />
      <SelectField
        label={t('innovationList.filter.kind')}
        name="kind"
        value={filter.kind}
        emptyLabel={t('filter.all')}
        options={kindOptions(t)}
        onChange={onKind}
      />
      <SelectField
        label={t('innovationList.filter.unit')}
        name="unit"
        value={filter.unitId}
        emptyLabel={t('filter.all')}
        options={units.map((u) => ({ value: u.id, label: u.name }))}
        onChange={(unitId) => set({ unitId })}
      />
      <SelectField
        label={t('innovationList.filter.profile')}
        name="profile"
        value={filter.profile}
        emptyLabel={t('filter.all')}
        options={PROFILE_STATES.map((p) => ({ value: p, label: t(`innovationList.profile.${p}`) }))}
        onChange={(v) => set({ profile: PROFILE_STATES.find((p) => p === v) ?? '' })}
      />
      <SelectField
        class="innovation-filters__sort"
        label={t('innovationList.sort')}
        name="sort"
        value={sort}
        options={INNOVATION_SORTS.map((s) => ({ value: s, label: t(`innovationList.sort.${s}`) }))}
        onChange={(v) => onChange(filter, INNOVATION_SORTS.find((s) => s === v) ?? 'name')}
      />
    </search>
  );
}
