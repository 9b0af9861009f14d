import type { Unit } from '../../../domain/unit';
import { useAutosave } from '../../hooks/use-autosave';
import { useT } from '../../hooks/use-t';
import { SelectField, TextField } from '../fields';
import { useReadOnly } from '../read-only';
import { SaveStatus } from '../SaveStatus';
import { asGroup, asKind, groupOptions, kindOptions } from './options';

/** The unit's own fields, saved as the user types (see use-autosave). */
export function UnitDetailsCard({ unit }: { unit: Unit }) {
  const t = useT();
  const { values, set, errors, state, savedAt, flush } = useAutosave('units', unit);
  const readOnly = useReadOnly();
  if (!values) return null;
  const onBlur = () => void flush();
  return (
    <section class="card" aria-labelledby="unit-details-title">
      <div class="card__head">
        <h2 id="unit-details-title">{t('units.details.title')}</h2>
        {!readOnly && <SaveStatus state={state} savedAt={savedAt} onRetry={onBlur} />}
      </div>
      <TextField
        label={t('units.field.name')}
        value={values.name}
        error={errors.name}
        required
        onInput={(v) => set('name', v)}
        onBlur={onBlur}
      />
      <SelectField
        label={t('units.field.kind')}
        value={values.kind}
        error={errors.kind}
        options={kindOptions(t)}
        onChange={(v) => {
          const kind = asKind(v);
          if (kind) set('kind', kind);
        }}
      />
      <SelectField
        label={t('units.field.group')}
        value={String(values.group)}
        error={errors.group}
        options={groupOptions(t)}
        onChange={(v) => {
          const group = asGroup(v);
          if (group) set('group', group);
        }}
      />
      <TextField
        label={t('units.field.parentAgency')}
        value={values.parentAgency}
        error={errors.parentAgency}
        onInput={(v) => set('parentAgency', v)}
        onBlur={onBlur}
      />
      <TextField
        label={t('units.field.contactPerson')}
        value={values.contactPerson}
        error={errors.contactPerson}
        onInput={(v) => set('contactPerson', v)}
        onBlur={onBlur}
      />
      <TextField
        label={t('units.field.contactPhone')}
        type="tel"
        inputMode="tel"
        value={values.contactPhone}
        error={errors.contactPhone}
        onInput={(v) => set('contactPhone', v)}
        onBlur={onBlur}
      />
    </section>
  );
}
