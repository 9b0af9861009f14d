import { useId } from 'preact/hooks';
import type { DeviceDataStats } from '../../../db/queries/device-stats';
import { useT } from '../../hooks/use-t';
import { BackupExport } from './BackupExport';
import { BackupImport } from './BackupImport';
import './backup.css';

/** Backup and move: export everything (unsent changes included) to a file, import it elsewhere. */
export function BackupSection({ stats }: { stats: DeviceDataStats | undefined }) {
  const t = useT();
  const headingId = useId();
  return (
    <section class="card backup" aria-labelledby={headingId} data-testid="backup">
      <h2 id={headingId}>{t('backup.title')}</h2>
      <p>{t('backup.intro')}</p>
      <div class="backup__parts">
        <BackupExport stats={stats} />
        <BackupImport />
      </div>
    </section>
  );
}
