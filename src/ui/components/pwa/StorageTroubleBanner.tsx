import type { MessageKey } from '../../../i18n';
import { dismissTrouble, type StorageTrouble, useStorageHealth } from '../../../state/storage-health';
import { useT } from '../../hooks/use-t';
import './pwa.css';

const TEXT: Record<StorageTrouble, { title: MessageKey; body: MessageKey; reload: boolean }> = {
  full: { title: 'pwa.db.full.title', body: 'pwa.db.full.body', reload: false },
  blocked: { title: 'pwa.db.blocked.title', body: 'pwa.db.blocked.body', reload: false },
  closed: { title: 'pwa.db.closed.title', body: 'pwa.db.closed.body', reload: true },
  newerVersion: { title: 'pwa.db.newerVersion.title', body: 'pwa.db.newerVersion.body', reload: true },
};

/** Storage full, connection lost, or a newer version opened in another tab (storage-health.ts). */
export function StorageTroubleBanner({ reload = () => location.reload() }: { reload?: () => void }) {
  const t = useT();
  const trouble = useStorageHealth((s) => s.trouble);
  if (!trouble) return null;
  const text = TEXT[trouble];
  return (
    <section
      class={`pwa-banner ${trouble === 'blocked' ? 'pwa-banner--warn' : 'pwa-banner--danger'}`}
      role="alert"
      aria-labelledby="pwa-db-title"
      data-testid="storage-trouble"
      data-trouble={trouble}
    >
      <div class="pwa-banner__text">
        <h2 id="pwa-db-title" class="pwa-banner__title">
          {t(text.title)}
        </h2>
        <p class="pwa-banner__body">{t(text.body)}</p>
      </div>
      <div class="pwa-banner__actions">
        {text.reload ? (
          <button type="button" class="btn" onClick={reload}>
            {t('pwa.db.reload')}
          </button>
        ) : (
          <button type="button" class="btn btn--secondary" onClick={dismissTrouble}>
            {t('pwa.db.dismiss')}
          </button>
        )}
      </div>
    </section>
  );
}
