import { useState } from 'preact/hooks';
import { editFollowUp } from '../../../db/commands/follow-ups';
import { type ActionItem, MAX_NOTE, validateActionItem } from '../../../domain/action-item';
import type { ErrorCode } from '../../../domain/validation';
import { showToast } from '../../../state/ui-store';
import { useFocusFirstInvalid } from '../../focus/first-invalid';
import { usePermissions } from '../../hooks/use-permissions';
import { useT } from '../../hooks/use-t';
import { TextArea } from '../fields';

/**
 * The unit team's note on a follow-up ("SK terbit 3 Maret"): shown under the item, written with
 * "Tulis catatan". Everyone who may edit the note (the unit team included) gets the button.
 */
export function FollowUpNote({ item }: { item: ActionItem }) {
  const t = useT();
  const perms = usePermissions();
  const note = item.note ?? ''; // records synced before `note` existed have none
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<ErrorCode | undefined>();
  const focusInvalid = useFocusFirstInvalid();
  const may = perms.can('actionItems', 'edit', item.unitId) && perms.canEditField('actionItems', 'note');

  const save = async (e: Event) => {
    e.preventDefault();
    if (draft === null) return;
    const next = draft.trim();
    const problem = validateActionItem({ note: next })[0];
    if (problem) {
      setError(problem.code);
      focusInvalid(e.currentTarget);
      return;
    }
    try {
      if (next !== note) await editFollowUp(item.id, { note: next });
      setDraft(null);
    } catch {
      showToast(t('error.unexpected'));
    }
  };

  if (draft !== null) {
    return (
      <form class="followup-note followup-note--editing" onSubmit={(e) => void save(e)}>
        <TextArea
          label={t('followUps.note.label')}
          value={draft}
          error={error}
          rows={2}
          maxLength={MAX_NOTE}
          name="note"
          onInput={(v) => {
            setDraft(v);
            setError(undefined);
          }}
        />
        <div class="actions">
          <button type="submit" class="btn btn--small">
            {t('followUps.note.save')}
          </button>
          <button type="button" class="btn btn--secondary btn--small" onClick={() => setDraft(null)}>
            {t('action.cancel')}
          </button>
        </div>
      </form>
    );
  }
  if (!note && !may) return null;
  return (
    <div class="followup-note">
      {note && (
        <p class="followup-note__text" data-testid="follow-up-note">
          <span class="muted">{t('followUps.note.label')}:</span> {note}
        </p>
      )}
      {may && (
        <button type="button" class="btn btn--secondary btn--small" onClick={() => setDraft(note)}>
          {note ? t('followUps.note.edit') : t('followUps.note.add')}
        </button>
      )}
    </div>
  );
}
