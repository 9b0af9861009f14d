import type { DeviceDataStats } from '../../../db/queries/device-stats';
import { useT } from '../../hooks/use-t';
import { StorageDetails } from '../pwa/StorageDetails';

/**
 * Where the data lives, how much there is, how much still waits to be sent, and how safe it is
 * on this device (usage, quota, persistence, eviction advice).
 */
export function StorageSection({ stats }: { stats: DeviceDataStats | undefined }) {
  const t = useT();
  return (
    <section class="card" data-testid="storage">
      <h2>{t('settings.storage.title')}</h2>
      <p>{t('settings.storage.where')}</p>
      {stats === undefined ? (
        <p class="muted">{t('loading')}</p>
      ) : (
        <ul class="settings-stats">
          <li>{t('settings.storage.records', { n: stats.records })}</li>
          <li>{t('settings.storage.pending', { n: stats.pending })}</li>
        </ul>
      )}
      <StorageDetails refreshKey={stats ? stats.records + stats.pending : undefined} />
    </section>
  );
}
