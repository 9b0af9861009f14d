import { useState } from 'preact/hooks';
import { fold } from '../../../domain/collate';
import type { ErrorCode } from '../../../domain/validation';
import { useT } from '../../hooks/use-t';
import { TextField } from '../fields';
import { useReadOnly } from '../read-only';

/** Facilitator names as removable chips, with an input to add one (Enter or the button). */
export function FacilitatorsField({
  value,
  onChange,
  error,
}: {
  value: readonly string[];
  onChange: (next: string[]) => void;
  error?: ErrorCode | undefined;
}) {
  const t = useT();
  const [name, setName] = useState('');
  const readOnly = useReadOnly();
  const add = (e: Event) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    if (!value.some((f) => fold(f) === fold(trimmed))) onChange([...value, trimmed]);
    setName('');
  };
  return (
    <fieldset class="session-fieldset">
      <legend>{t('sessions.field.facilitators')}</legend>
      {value.length === 0 ? (
        <p class="muted">{t('sessions.facilitator.none')}</p>
      ) : (
        <ul class="session-chips">
          {value.map((f) => (
            <li key={f} class="session-chip">
              <span>{f}</span>
              {!readOnly && (
                <button
                  type="button"
                  class="session-chip__remove"
                  aria-label={t('sessions.facilitator.remove', { name: f })}
                  onClick={() => onChange(value.filter((x) => x !== f))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form class="session-inline-add" onSubmit={add}>
          <TextField
            label={t('sessions.field.facilitatorNew')}
            value={name}
            error={error}
            onInput={setName}
            name="facilitator"
          />
          <button type="submit" class="btn btn--secondary" disabled={!name.trim()}>
            {t('sessions.facilitator.add')}
          </button>
        </form>
      )}
    </fieldset>
  );
}
