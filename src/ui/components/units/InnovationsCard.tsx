import { useState } from 'preact/hooks';
import { ValidationFailed } from '../../../db/commands/errors';
import { createInnovation } from '../../../db/commands/innovations';
import { validateInnovation } from '../../../domain/innovation';
import type { UnitInnovation } from '../../../domain/queries/unit-detail';
import { overallProgress } from '../../../domain/stage-progress';
import type { ErrorCode } from '../../../domain/validation';
import { navigate, showToast } from '../../../state/ui-store';
import { useFocusFirstInvalid } from '../../focus/first-invalid';
import { useT } from '../../hooks/use-t';
import { paths } from '../../router';
import { EmptyState } from '../EmptyState';
import { TextField } from '../fields';
import { Link } from '../Link';
import { ProgressBar } from '../ProgressBar';
import { SyncMarker } from '../sync-markers/SyncMarker';

function InnovationRow({ item }: { item: UnitInnovation }) {
  const t = useT();
  const { innovation, stages } = item;
  const percent = Math.round(overallProgress(stages) * 100);
  return (
    <li class="list__item unit-innovation">
      <div class="list__main">
        <Link href={paths.innovation(innovation.id)} class="list__title unit-link">
          {innovation.name}
        </Link>
        <div class="unit-meta">
          <span class="muted">
            {t('units.innovations.stage', { stage: t(`stage.${innovation.currentStage}`) })}
          </span>
          {innovation.tahapan && (
            <span class="badge">
              {t('units.innovations.tahapan', { tahapan: t(`tahapan.${innovation.tahapan}`) })}
            </span>
          )}
          <span class="muted">{t('progress.label', { percent: String(percent) })}</span>
          <SyncMarker id={innovation.id} version={innovation.version} />
        </div>
        <ProgressBar
          small
          value={percent / 100}
          label={t('units.innovations.progress', { name: innovation.name, percent: String(percent) })}
        />
      </div>
      <Link href={paths.board(innovation.id)} class="btn btn--secondary">
        {t('units.innovations.board')}
      </Link>
    </li>
  );
}

/** Add an innovation by name; it opens in the editor with its five 5D stages ready. */
function AddInnovation({ unitId }: { unitId: string }) {
  const t = useT();
  const [name, setName] = useState('');
  const [error, setError] = useState<ErrorCode | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const focusInvalid = useFocusFirstInvalid();
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget;
    const clean = name.trim();
    const found = validateInnovation({ name: clean });
    if (found[0]) {
      setError(found[0].code);
      focusInvalid(form);
      return;
    }
    setBusy(true);
    try {
      const id = await createInnovation({ unitId, name: clean });
      navigate(paths.innovation(id));
    } catch (err) {
      if (err instanceof ValidationFailed && err.errors[0]) {
        setError(err.errors[0].code);
        focusInvalid(form);
      } else showToast(t('error.unexpected'));
      setBusy(false);
    }
  };
  return (
    <form class="unit-add-row" onSubmit={onSubmit} noValidate>
      <TextField
        label={t('units.innovations.newName')}
        value={name}
        error={error}
        onInput={(v) => {
          setName(v);
          setError(undefined);
        }}
      />
      <button type="submit" class="btn" disabled={busy}>
        {t('units.innovations.add')}
      </button>
    </form>
  );
}

export function InnovationsCard({ unitId, innovations }: { unitId: string; innovations: UnitInnovation[] }) {
  const t = useT();
  return (
    <section class="card" aria-labelledby="unit-innovations-title">
      <h2 id="unit-innovations-title">{t('units.innovations.title')}</h2>
      {innovations.length === 0 ? (
        <EmptyState title={t('units.innovations.empty')}>
          <p>{t('units.innovations.emptyBody')}</p>
        </EmptyState>
      ) : (
        <ul class="list">
          {innovations.map((item) => (
            <InnovationRow key={item.innovation.id} item={item} />
          ))}
        </ul>
      )}
      <AddInnovation unitId={unitId} />
    </section>
  );
}
