import { useId, useState } from 'preact/hooks';
import type { Unit } from '../../../domain/unit';
import { useT } from '../../hooks/use-t';
import { Checkbox } from '../fields';

const FILTER_FROM = 8;

/** Checkboxes of the device's units (a filter appears for long lists); the selection is a list of ids. */
export function UnitPicker({
  units,
  value,
  onChange,
  error,
}: {
  units: readonly Unit[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string | null;
}) {
  const t = useT();
  const id = useId();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const shown = needle ? units.filter((u) => u.name.toLowerCase().includes(needle)) : units;
  const selected = new Set(value);
  const toggle = (unitId: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(unitId);
    else next.delete(unitId);
    // Units this device does not hold (not synced here) stay assigned.
    const known = new Set(units.map((u) => u.id));
    onChange([
      ...value.filter((v) => !known.has(v)),
      ...units.map((u) => u.id).filter((uid) => next.has(uid)),
    ]);
  };
  return (
    <fieldset
      class={`unit-picker${error ? ' unit-picker--error' : ''}`}
      data-invalid={error ? 'true' : undefined}
      aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
    >
      <legend>{t('users.units')}</legend>
      <p class="field__hint" id={`${id}-hint`}>
        {/* The error below says the same rule more precisely. */}
        {error ? '' : `${t('users.units.hint')} `}
        {t('users.units.selected', { n: selected.size })}
      </p>
      {units.length === 0 ? (
        <p class="muted">{t('users.units.none')}</p>
      ) : (
        <>
          {units.length >= FILTER_FROM && (
            <input
              type="search"
              class="unit-picker__filter"
              aria-label={t('users.units.filter')}
              placeholder={t('users.units.filter')}
              value={filter}
              onInput={(e) => setFilter(e.currentTarget.value)}
            />
          )}
          <div class="unit-picker__list">
            {shown.map((u) => (
              <Checkbox
                key={u.id}
                label={u.name}
                checked={selected.has(u.id)}
                onChange={(on) => toggle(u.id, on)}
              />
            ))}
          </div>
        </>
      )}
      {error && (
        <p class="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
