import { useEffect, useState } from 'preact/hooks';
import { requestPersistentStorage } from '../../../db/storage-persist';
import { APP_VERSION } from '../../../sw/version';
import { useLang, useT } from '../../hooks/use-t';
import { ProgressBar } from '../ProgressBar';
import { evictingBrowser, formatBytes, readStorageInfo, type StorageInfo } from './storage-info';
import './pwa.css';

interface Props {
  /** Re-reads the estimate when it changes (e.g. the number of stored records). */
  refreshKey?: unknown;
  /** Injected in tests. */
  read?: () => Promise<StorageInfo>;
  requestPersist?: () => Promise<boolean | null>;
  userAgent?: string;
}

/** Usage and quota, whether the browser keeps the data for good, and advice where it may not. */
export function StorageDetails({
  refreshKey,
  read = readStorageInfo,
  requestPersist = requestPersistentStorage,
  userAgent = globalThis.navigator?.userAgent ?? '',
}: Props) {
  const t = useT();
  const lang = useLang();
  const [info, setInfo] = useState<StorageInfo | undefined>(undefined);
  const [asking, setAsking] = useState(false);
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    let live = true;
    void read().then((next) => {
      if (live) setInfo(next);
    });
    return () => {
      live = false;
    };
  }, [refreshKey, read]);

  const ask = async () => {
    setAsking(true);
    const granted = await requestPersist();
    setDenied(granted === false);
    setInfo(await read());
    setAsking(false);
  };

  if (!info) return <p class="muted">{t('loading')}</p>;
  const evicting = evictingBrowser(userAgent, globalThis.navigator?.maxTouchPoints ?? 0);
  const advice =
    evicting === 'ios'
      ? t('pwa.storage.adviceIos')
      : evicting === 'safari'
        ? t('pwa.storage.adviceSafari')
        : info.persisted === true
          ? null
          : t('pwa.storage.adviceOther');
  const usageText =
    info.usage !== null && info.quota !== null
      ? t('pwa.storage.usage', { used: formatBytes(lang, info.usage), quota: formatBytes(lang, info.quota) })
      : null;

  return (
    <div data-testid="storage-details">
      <div class="storage-usage">
        {usageText && info.usage !== null && info.quota ? (
          <>
            <p class="storage-usage__text">{usageText}</p>
            <ProgressBar value={info.usage / info.quota} label={usageText} small />
          </>
        ) : (
          <p class="muted">{t('pwa.storage.usageUnknown')}</p>
        )}
      </div>
      <div
        class={`storage-persist${info.persisted ? ' storage-persist--ok' : ''}`}
        data-testid="storage-persisted"
        data-persisted={String(info.persisted)}
      >
        <p>
          {info.persisted === true
            ? t('pwa.storage.persisted')
            : info.persisted === false
              ? t('pwa.storage.notPersisted')
              : t('pwa.storage.persistUnknown')}
        </p>
        {info.persisted === false && (
          <button type="button" class="btn btn--secondary" disabled={asking} onClick={ask}>
            {t('pwa.storage.requestPersist')}
          </button>
        )}
      </div>
      {denied && info.persisted === false && <p role="status">{t('pwa.storage.persistDenied')}</p>}
      {advice && <p class="storage-advice">{advice}</p>}
      <p class="storage-version muted">{t('pwa.storage.version', { version: APP_VERSION })}</p>
    </div>
  );
}
