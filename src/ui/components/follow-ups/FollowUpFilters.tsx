import type { FollowUpChoices, FollowUpFilter } from '../../../domain/queries/follow-ups';
import { useT } from '../../hooks/use-t';
import { Checkbox, SelectField, TextField } from '../fields';

/** Unit, owner, text search and "show finished ones" for the follow-ups list. */
export function FollowUpFilters({
  filter,
  onChange,
  choices,
}: {
  filter: FollowUpFilter;
  onChange: (next: FollowUpFilter) => void;
  choices: FollowUpChoices;
}) {
  const t = useT();
  return (
    <div class="toolbar">
      <TextField
        class="field--grow"
        type="search"
        label={t('followUps.search.label')}
        placeholder={t('followUps.search.placeholder')}
        value={filter.search}
        onInput={(search) => onChange({ ...filter, search })}
      />
      <SelectField
        label={t('followUps.filter.unit')}
        value={filter.unitId}
        emptyLabel={t('filter.all')}
        options={choices.units.map((u) => ({ value: u.id, label: u.name }))}
        onChange={(unitId) => onChange({ ...filter, unitId })}
      />
      <SelectField
        label={t('followUps.filter.owner')}
        value={filter.owner}
        emptyLabel={t('filter.all')}
        options={choices.owners.map((o) => ({ value: o, label: o }))}
        onChange={(owner) => onChange({ ...filter, owner })}
      />
      <Checkbox
        label={t('followUps.showDone')}
        checked={filter.showDone}
        onChange={(showDone) => onChange({ ...filter, showDone })}
      />
    </div>
  );
}
