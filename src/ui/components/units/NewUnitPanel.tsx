import { useState } from 'preact/hooks';
import { ValidationFailed } from '../../../db/commands/errors';
import { createUnit } from '../../../db/commands/units';
import { defaultGroup, newUnitFields, type UnitFields, validateNewUnit } from '../../../domain/unit';
import type { ErrorCode } from '../../../domain/validation';
import { navigate } from '../../../state/ui-store';
import { useFocusFirstInvalid } from '../../focus/first-invalid';
import { useT } from '../../hooks/use-t';
import { paths } from '../../router';
import { SelectField, TextField } from '../fields';
import { asGroup, asKind, errorMap, groupOptions, kindOptions } from './options';

/** Inline "new unit" form: validates before writing, then opens the new unit's page. */
export function NewUnitPanel({ onClose }: { onClose: () => void }) {
  const t = useT();
  const [fields, setFields] = useState<UnitFields>(() => newUnitFields({ name: '', kind: 'opd' }));
  // The group follows the kind until the user picks one.
  const [groupChosen, setGroupChosen] = useState(false);
  const [errors, setErrors] = useState<Record<string, ErrorCode>>({});
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const focusInvalid = useFocusFirstInvalid();

  const update = <K extends keyof UnitFields>(field: K, value: UnitFields[K]) => {
    setFields((f) => ({ ...f, [field]: value }));
    setErrors((e) => {
      if (!(field in e)) return e;
      const copy = { ...e };
      delete copy[field];
      return copy;
    });
  };

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget;
    const clean: UnitFields = {
      ...fields,
      name: fields.name.trim(),
      parentAgency: fields.parentAgency.trim(),
      contactPerson: fields.contactPerson.trim(),
      contactPhone: fields.contactPhone.trim(),
    };
    const found = validateNewUnit(clean);
    if (found.length > 0) {
      setErrors(errorMap(found));
      focusInvalid(form);
      return;
    }
    setBusy(true);
    setFailed(false);
    try {
      const id = await createUnit(clean);
      navigate(paths.unit(id));
    } catch (err) {
      if (err instanceof ValidationFailed) {
        setErrors(errorMap(err.errors));
        focusInvalid(form);
      } else setFailed(true);
      setBusy(false);
    }
  };

  return (
    <form class="panel" aria-labelledby="new-unit-title" onSubmit={onSubmit} noValidate>
      <h2 id="new-unit-title">{t('units.new.title')}</h2>
      <div class="grid-2">
        <TextField
          label={t('units.field.name')}
          value={fields.name}
          error={errors.name}
          required
          autoFocus
          onInput={(v) => update('name', v)}
        />
        <TextField
          label={t('units.field.parentAgency')}
          value={fields.parentAgency}
          error={errors.parentAgency}
          onInput={(v) => update('parentAgency', v)}
        />
        <SelectField
          label={t('units.field.kind')}
          value={fields.kind}
          error={errors.kind}
          options={kindOptions(t)}
          onChange={(v) => {
            const kind = asKind(v);
            if (!kind) return;
            update('kind', kind);
            if (!groupChosen) update('group', defaultGroup(kind));
          }}
        />
        <SelectField
          label={t('units.field.group')}
          value={String(fields.group)}
          error={errors.group}
          hint={groupChosen ? undefined : t('units.field.groupHint')}
          options={groupOptions(t)}
          onChange={(v) => {
            const group = asGroup(v);
            if (!group) return;
            setGroupChosen(true);
            update('group', group);
          }}
        />
        <TextField
          label={t('units.field.contactPerson')}
          value={fields.contactPerson}
          error={errors.contactPerson}
          onInput={(v) => update('contactPerson', v)}
        />
        <TextField
          label={t('units.field.contactPhone')}
          type="tel"
          inputMode="tel"
          value={fields.contactPhone}
          error={errors.contactPhone}
          onInput={(v) => update('contactPhone', v)}
        />
      </div>
      {failed && (
        <p class="field__error" role="alert">
          {t('units.new.failed')}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="btn" disabled={busy}>
          {t('units.new.submit')}
        </button>
        <button type="button" class="btn btn--secondary" onClick={onClose}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
