import type { Innovation } from '../../../domain/innovation';
import { useT } from '../../hooks/use-t';
import { Checkbox } from '../fields';

/** Which of the unit's innovations the session worked on: one checkbox per innovation. */
export function InnovationsField({
  innovations,
  value,
  onChange,
}: {
  innovations: readonly Innovation[] | undefined;
  value: readonly string[];
  onChange: (next: string[]) => void;
}) {
  const t = useT();
  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...value.filter((x) => x !== id), id] : value.filter((x) => x !== id));
  return (
    <fieldset class="session-fieldset">
      <legend>{t('sessions.field.innovations')}</legend>
      {innovations === undefined ? (
        <p class="muted">{t('loading')}</p>
      ) : innovations.length === 0 ? (
        <p class="muted">{t('sessions.innovations.none')}</p>
      ) : (
        innovations.map((i) => (
          <Checkbox
            key={i.id}
            label={i.name}
            checked={value.includes(i.id)}
            onChange={(checked) => toggle(i.id, checked)}
          />
        ))
      )}
    </fieldset>
  );
}
