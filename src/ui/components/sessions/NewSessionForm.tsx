import { useState } from 'preact/hooks';
import { createSession } from '../../../db/sessions';
import type { Unit } from '../../../domain/unit';
import { navigate, useUi } from '../../../state/ui-store';
import { useT } from '../../hooks/use-t';
import { paths } from '../../router';
import { SelectField } from '../fields';
import { Link } from '../Link';

/** "Sesi baru": choose the unit visited, then create the session (dated today) and open it. */
export function NewSessionForm({ units }: { units: readonly Unit[] | undefined }) {
  const t = useT();
  const myName = useUi((s) => s.myName);
  const [unitId, setUnitId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<'pick' | 'failed' | ''>('');

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

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!units.some((u) => u.id === unitId)) {
      setError('pick');
      return;
    }
    setBusy(true);
    setError('');
    try {
      const id = await createSession(unitId, myName);
      navigate(paths.session(id));
    } catch {
      setError('failed');
      setBusy(false);
    }
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
      <button type="submit" class="btn" disabled={busy}>
        + {t('sessions.new.submit')}
      </button>
      {error === 'failed' && (
        <p class="field__error" role="alert">
          {t('error.unexpected')}
        </p>
      )}
    </form>
  );
}
