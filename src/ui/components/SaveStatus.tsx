import { formatTime } from '../../i18n';
import { useStorageHealth } from '../../state/storage-health';
import type { SaveState } from '../hooks/use-autosave';
import { useLang, useT } from '../hooks/use-t';

/** "Saved on this device · 10.42": shown only after the IndexedDB transaction committed. */
export function SaveStatus({
  state,
  savedAt,
  onRetry,
}: {
  state: SaveState;
  savedAt: Date | null;
  onRetry?: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const full = useStorageHealth((s) => s.trouble === 'full');
  let text: string;
  switch (state) {
    case 'saving':
      text = t('save.saving');
      break;
    case 'invalid':
      text = t('save.invalid');
      break;
    case 'failed':
      text = full ? t('save.failedFull') : t('save.failed');
      break;
    case 'saved':
      text = savedAt ? t('save.saved', { time: formatTime(lang, savedAt) }) : t('save.savedShort');
      break;
    default:
      text = t('save.idle');
  }
  return (
    <output
      class={`save-status save-status--${state}`}
      aria-live="polite"
      data-testid="save-status"
      data-state={state}
    >
      <span class="save-status__dot" aria-hidden="true" />
      {text}
      {state === 'failed' && onRetry && (
        <button type="button" class="btn btn--small" onClick={onRetry}>
          {t('save.retry')}
        </button>
      )}
    </output>
  );
}
