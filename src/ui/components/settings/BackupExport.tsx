import { useState } from 'preact/hooks';
import { exportBackup } from '../../../db/backup';
import type { DeviceDataStats } from '../../../db/queries/device-stats';
import { saveBlob } from '../../../export/download';
import { useT } from '../../hooks/use-t';

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; name: string; records: number; unsent: number }
  | { kind: 'failed' };

/** "Export all data on this device": one JSON file with every record and the unsent changes. */
export function BackupExport({ stats }: { stats: DeviceDataStats | undefined }) {
  const t = useT();
  const [state, setState] = useState<State>({ kind: 'idle' });

  const run = async () => {
    setState({ kind: 'busy' });
    try {
      const result = await exportBackup();
      saveBlob(new Blob([result.text], { type: 'application/json' }), result.fileName);
      setState({ kind: 'done', name: result.fileName, records: result.records, unsent: result.unsent });
    } catch {
      setState({ kind: 'failed' });
    }
  };

  return (
    <div class="backup-part">
      <h3>{t('backup.export.title')}</h3>
      {stats === undefined ? (
        <p class="muted">{t('loading')}</p>
      ) : (
        <p data-testid="backup-pending">
          {stats.pending > 0
            ? t('backup.export.pending', { n: stats.pending })
            : t('backup.export.noPending')}
        </p>
      )}
      <button
        type="button"
        class="btn"
        data-testid="backup-export"
        disabled={state.kind === 'busy'}
        onClick={() => void run()}
      >
        {state.kind === 'busy' ? t('backup.export.busy') : t('backup.export.button')}
      </button>
      {state.kind === 'done' && (
        <div class="settings-result settings-result--ok" role="status" data-testid="backup-exported">
          <p>{t('backup.export.done', { name: state.name, records: state.records, unsent: state.unsent })}</p>
          <p>{t('backup.export.privacy')}</p>
        </div>
      )}
      {state.kind === 'failed' && (
        <p class="settings-result settings-result--error" role="alert">
          {t('backup.export.failed')}
        </p>
      )}
    </div>
  );
}
