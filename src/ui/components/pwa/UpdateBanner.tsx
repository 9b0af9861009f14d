import { useEffect, useRef, useState } from 'preact/hooks';
import { outboxCount } from '../../../db/sync-store';
import { usePwa } from '../../../state/pwa-status';
import { applyUpdate } from '../../../sw/bridge';
import { syncNow } from '../../../sync/client';
import { useLiveQuery } from '../../hooks/use-live-query';
import { useT } from '../../hooks/use-t';
import './pwa.css';

/**
 * "A new version is available — Reload". Never switches by itself. When changes still wait to be
 * synced, the first press only explains (they stay on this device and sync after the update, or
 * can be synced first) and a second, explicit confirmation switches.
 */
export function UpdateBanner() {
  const t = useT();
  const updateReady = usePwa((s) => s.updateReady);
  const updating = usePwa((s) => s.updating);
  const [step, setStep] = useState<'offer' | 'confirm'>('offer');
  const [checking, setChecking] = useState(false);
  if (!updateReady) return null;

  const onReload = async () => {
    setChecking(true);
    const pending = await outboxCount().catch(() => 0);
    setChecking(false);
    if (pending === 0) applyUpdate();
    else setStep('confirm');
  };

  if (step === 'confirm' && !updating) return <ConfirmWithPending onCancel={() => setStep('offer')} />;
  return (
    <section class="pwa-banner" aria-labelledby="pwa-update-title" data-testid="update-banner">
      <span class="pwa-banner__icon" aria-hidden="true">
        ↻
      </span>
      <div class="pwa-banner__text" aria-live="polite">
        <h2 id="pwa-update-title" class="pwa-banner__title">
          {t('pwa.update.title')}
        </h2>
        <p class="pwa-banner__body">{updating ? t('pwa.update.updating') : t('pwa.update.body')}</p>
      </div>
      <div class="pwa-banner__actions">
        <button type="button" class="btn" disabled={updating || checking} onClick={onReload}>
          {t('pwa.update.reload')}
        </button>
      </div>
    </section>
  );
}

function ConfirmWithPending({ onCancel }: { onCancel: () => void }) {
  const t = useT();
  const pending = useLiveQuery(() => outboxCount(), []);
  const [syncing, setSyncing] = useState(false);
  const region = useRef<HTMLElement>(null);
  // The button that was pressed is gone: move focus to the question so it is read out.
  useEffect(() => region.current?.focus(), []);
  const syncFirst = async () => {
    setSyncing(true);
    try {
      await syncNow();
    } catch {
      // The sync badge in the header shows why; the user may still reload.
    } finally {
      setSyncing(false);
    }
  };
  const allSynced = pending === 0;
  return (
    <section
      ref={region}
      tabIndex={-1}
      class="pwa-banner pwa-banner--warn"
      role="alertdialog"
      aria-labelledby="pwa-update-confirm-title"
      aria-describedby="pwa-update-confirm-body"
      data-testid="update-confirm"
    >
      <span class="pwa-banner__icon" aria-hidden="true">
        !
      </span>
      <div class="pwa-banner__text" aria-live="polite">
        <h2 id="pwa-update-confirm-title" class="pwa-banner__title">
          {allSynced ? t('pwa.update.title') : t('pwa.update.pendingTitle', { n: pending ?? 0 })}
        </h2>
        <p id="pwa-update-confirm-body" class="pwa-banner__body">
          {allSynced ? t('pwa.update.allSynced') : t('pwa.update.pendingBody')}
        </p>
      </div>
      <div class="pwa-banner__actions">
        {!allSynced && (
          <button type="button" class="btn btn--secondary" disabled={syncing} onClick={syncFirst}>
            {syncing ? t('pwa.update.syncing') : t('pwa.update.syncFirst')}
          </button>
        )}
        <button type="button" class="btn" onClick={() => applyUpdate()}>
          {allSynced ? t('pwa.update.reload') : t('pwa.update.confirm')}
        </button>
        <button type="button" class="btn btn--secondary" onClick={onCancel}>
          {t('pwa.update.later')}
        </button>
      </div>
    </section>
  );
}
