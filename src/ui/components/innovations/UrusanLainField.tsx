import { URUSAN } from '../../../domain/urusan';
import type { ErrorCode } from '../../../domain/validation';
import { urusanLabel } from '../../../i18n/data-labels';
import { useT } from '../../hooks/use-t';
import { SelectField } from '../fields';

/** Other government affairs the innovation touches: removable chips plus a picker for more. */
export function UrusanLainField({
  primary,
  value,
  error,
  onChange,
}: {
  primary: string;
  value: readonly string[];
  error?: ErrorCode | undefined;
  onChange: (list: string[]) => void;
}) {
  const t = useT();
  const available = URUSAN.filter((u) => u !== primary && !value.includes(u));
  return (
    <fieldset class="urusan-lain">
      <legend>{t('innovations.field.urusanLain')}</legend>
      {value.length === 0 ? (
        <p class="muted">{t('innovations.urusanLain.none')}</p>
      ) : (
        <ul class="chips" data-testid="urusan-lain">
          {value.map((u) => (
            <li key={u} class="chip">
              <span>{urusanLabel(t, u)}</span>
              <button
                type="button"
                class="chip__remove"
                aria-label={t('innovations.urusanLain.remove', { name: urusanLabel(t, u) })}
                onClick={() => onChange(value.filter((x) => x !== u))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {available.length > 0 && (
        <SelectField
          label={t('innovations.urusanLain.add')}
          value=""
          error={error}
          emptyLabel={t('choice.none')}
          options={available.map((u) => ({ value: u, label: urusanLabel(t, u) }))}
          onChange={(v) => {
            if (v) onChange([...value, v]);
          }}
        />
      )}
    </fieldset>
  );
}
