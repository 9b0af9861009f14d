import { usePwa } from '../../../state/pwa-status';
import { dismissOfflineReady } from '../../../sw/bridge';
import { useT } from '../../hooks/use-t';
import './pwa.css';

/** "Ready to use without a signal": once the app shell is cached after the first install. */
export function OfflineReadyNotice() {
  const t = useT();
  const offlineReady = usePwa((s) => s.offlineReady);
  if (!offlineReady) return null;
  return (
    <section class="pwa-banner" aria-labelledby="pwa-offline-title" data-testid="offline-ready">
      <span class="pwa-banner__icon" aria-hidden="true">
        ✓
      </span>
      <div class="pwa-banner__text" role="status">
        <h2 id="pwa-offline-title" class="pwa-banner__title">
          {t('pwa.offlineReady.title')}
        </h2>
        <p class="pwa-banner__body">{t('pwa.offlineReady.body')}</p>
      </div>
      <div class="pwa-banner__actions">
        <button type="button" class="btn btn--secondary" onClick={dismissOfflineReady}>
          {t('pwa.offlineReady.dismiss')}
        </button>
      </div>
    </section>
  );
}
