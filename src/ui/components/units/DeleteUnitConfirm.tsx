import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../hooks/use-t';

export interface UnitContent {
  innovations: number;
  sessions: number;
  followUps: number;
}

export function hasContent(c: UnitContent): boolean {
  return c.innovations + c.sessions + c.followUps > 0;
}

/**
 * "Hapus unit" on a unit with content: one tap once deleted a unit with its innovation, session and
 * follow-ups (issue 12). This asks first, in the page, naming what goes with it; the delete keeps
 * its undo. Focus moves to "Batal", so Enter or a second stray tap never confirms.
 */
export function DeleteUnitConfirm({
  name,
  content,
  busy,
  onConfirm,
  onCancel,
}: {
  name: string;
  content: UnitContent;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const parts = [
    content.innovations && t('units.delete.innovations', { n: content.innovations }),
    content.sessions && t('units.delete.sessions', { n: content.sessions }),
    content.followUps && t('units.delete.followUps', { n: content.followUps }),
  ].filter((p): p is string => typeof p === 'string');
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <div
      class="card unit-delete-confirm"
      role="alertdialog"
      aria-labelledby="unit-delete-title"
      aria-describedby="unit-delete-body"
      data-testid="unit-delete-confirm"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <h2 id="unit-delete-title">{t('units.delete.confirmTitle', { name })}</h2>
      <p id="unit-delete-body">
        {t('units.delete.confirmBody', { what: parts.join(', ') })} {t('units.delete.undoHint')}
      </p>
      <div class="actions">
        <button type="button" class="btn btn--danger" disabled={busy} onClick={onConfirm}>
          {t('units.delete.confirmYes')}
        </button>
        <button type="button" class="btn btn--secondary" ref={cancelRef} onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </div>
  );
}
