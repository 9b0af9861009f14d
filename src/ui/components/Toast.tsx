import { useState } from 'preact/hooks';
import { dismissToast, showToast, useUi } from '../../state/ui-store';
import { useT } from '../hooks/use-t';

/** The undo bar: "Unit dihapus. [Urungkan]" for a few seconds after a soft delete. */
export function ToastHost() {
  const toast = useUi((s) => s.toast);
  const t = useT();
  const [busy, setBusy] = useState(false);
  if (!toast) return null;
  const undo = toast.undo;
  return (
    <div class="toast" role="status" aria-live="polite" data-testid="toast">
      <span>{toast.message}</span>
      {undo && (
        <button
          type="button"
          class="btn btn--light"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await undo();
              dismissToast(toast.id);
            } catch {
              showToast(t('error.unexpected'));
            } finally {
              setBusy(false);
            }
          }}
        >
          {t('action.undo')}
        </button>
      )}
      <button
        type="button"
        class="btn btn--ghost-light"
        aria-label={t('action.close')}
        onClick={() => dismissToast(toast.id)}
      >
        ×
      </button>
    </div>
  );
}
