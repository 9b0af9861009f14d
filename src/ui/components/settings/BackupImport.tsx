import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../hooks/use-t';
import { ProgressBar } from '../ProgressBar';
import { BackupPreview } from './BackupPreview';
import { problemMessage } from './backup-problem';
import { useBackupImport } from './use-backup-import';

/** Shown only when the work takes noticeable time, so small files do not flash a bar. */
const PROGRESS_DELAY_MS = 300;

function useDelayed(active: boolean, ms: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), ms);
    return () => clearTimeout(timer);
  }, [active, ms]);
  return shown;
}

/** "Import": choose a file → checked → preview → Import now / Cancel → result. */
export function BackupImport() {
  const t = useT();
  const { phase, choose, confirm, cancel } = useBackupImport();
  const reading = phase.kind === 'reading' || phase.kind === 'checking' || phase.kind === 'planning';
  const showProgress = useDelayed(reading, PROGRESS_DELAY_MS);
  const locked = reading || phase.kind === 'applying';

  let status = '';
  if (phase.kind === 'reading') status = t('backup.import.reading', { name: phase.name });
  else if (phase.kind === 'checking') status = t('backup.import.checking', { name: phase.name });
  else if (phase.kind === 'planning') status = t('backup.import.planning');
  const fraction = phase.kind === 'reading' || phase.kind === 'checking' ? phase.fraction : 1;

  return (
    <div class="backup-part" aria-busy={locked}>
      <h3>{t('backup.import.title')}</h3>
      <p class="muted">{t('backup.import.hint')}</p>
      <label class={`btn btn--secondary backup-file${locked ? ' backup-file--disabled' : ''}`}>
        <input
          type="file"
          accept=".json,application/json"
          class="visually-hidden"
          data-testid="backup-file"
          disabled={locked}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = ''; // choosing the same file again must start again
            if (file) void choose(file);
          }}
        />
        {t('backup.import.choose')}
      </label>
      {reading && (
        <div class="backup-progress" role="status">
          <p>{status}</p>
          {showProgress && (
            <ProgressBar
              value={fraction}
              label={t('backup.import.percent', { percent: String(Math.round(fraction * 100)) })}
            />
          )}
        </div>
      )}
      {phase.kind === 'refused' && (
        <div class="settings-result settings-result--error" role="alert" data-testid="backup-refused">
          <p>
            <strong>{t('backup.problem.title')}</strong>
          </p>
          <p>{problemMessage(t, phase.name, phase.problem)}</p>
          <p>{t('backup.problem.nothingChanged')}</p>
        </div>
      )}
      {(phase.kind === 'preview' || phase.kind === 'applying' || phase.kind === 'failed') && (
        <BackupPreview
          name={phase.name}
          file={phase.file}
          preview={phase.preview}
          busy={phase.kind === 'applying'}
          failed={phase.kind === 'failed'}
          onConfirm={() => void confirm()}
          onCancel={cancel}
        />
      )}
      {phase.kind === 'done' && (
        <p class="settings-result settings-result--ok" role="status" data-testid="backup-imported">
          {t('backup.result.done', {
            added: phase.outcome.plan.summary.totals.added,
            updated: phase.outcome.plan.summary.totals.updated,
            pending: phase.outcome.pending,
          })}
        </p>
      )}
    </div>
  );
}
