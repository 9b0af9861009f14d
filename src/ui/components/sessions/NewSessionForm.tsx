import { useState } from 'preact/hooks';
import type { Unit } from '../../../domain/unit';
import { navigate } from '../../../state/ui-store';
import { useFocusFirstInvalid } from '../../focus/first-invalid';
import { useT } from '../../hooks/use-t';
import { paths } from '../../router';
import { SelectField } from '../fields';
import { Link } from '../Link';
import { newSessionPath } from './new-session';

/** "Sesi baru": choose the unit visited, then open a new session form (written on its first edit). */
export function NewSessionForm({ units }: { units: readonly Unit[] | undefined }) {
  const t = useT();
  const [unitId, setUnitId] = useState('');
  const [error, setError] = useState<'pick' | ''>('');
  const focusInvalid = useFocusFirstInvalid();

  if (units === undefined) return <p class="muted">{t('loading')}</p>;
  if (units.length === 0) {
    return (
      <div class="panel">
        <p>{t('sessions.new.noUnits')}</p>
        <Link href={paths.units()} class="btn btn--secondary">
          {t('sessions.new.toUnits')}
        </Link>
      </div>
    );
  }

  const submit = (e: Event) => {
    e.preventDefault();
    if (!units.some((u) => u.id === unitId)) {
      setError('pick');
      focusInvalid(e.currentTarget);
      return;
    }
    navigate(newSessionPath(unitId));
  };

  return (
    <form class="panel session-new" onSubmit={submit} aria-labelledby="session-new-title">
      <h2 id="session-new-title" class="visually-hidden">
        {t('sessions.new.title')}
      </h2>
      <SelectField
        class="field--grow"
        label={t('sessions.new.unit')}
        value={unitId}
        emptyLabel={t('choice.none')}
        options={units.map((u) => ({ value: u.id, label: u.name }))}
        error={error === 'pick' ? 'required' : undefined}
        onChange={(v) => {
          setUnitId(v);
          setError('');
        }}
      />
      <button type="submit" class="btn">
        + {t('sessions.new.submit')}
      </button>
    </form>
  );
}
