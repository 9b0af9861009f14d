import { formatTime } from '../../i18n';
import { useStorageHealth } from '../../state/storage-health';
import type { SaveState } from '../hooks/use-autosave';
import { useLang, useT } from '../hooks/use-t';

/** The words for an autosave state: "Saved on this device · 10.42" only once IndexedDB committed. */
export function useSaveText(state: SaveState, savedAt: Date | null): string {
  const t = useT();
  const lang = useLang();
  const full = useStorageHealth((s) => s.trouble === 'full');
  switch (state) {
    case 'saving':
      return t('save.saving');
    case 'invalid':
      return t('save.invalid');
    case 'failed':
      return full ? t('save.failedFull') : t('save.failed');
    case 'saved':
      return savedAt ? t('save.saved', { time: formatTime(lang, savedAt) }) : t('save.savedShort');
    default:
      return t('save.idle');
  }
}

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
  const text = useSaveText(state, savedAt);
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
