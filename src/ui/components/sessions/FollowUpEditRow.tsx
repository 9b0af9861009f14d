import { memo } from 'preact/compat';
import {
  completeFollowUp,
  deleteFollowUp,
  reopenFollowUp,
  restoreFollowUp,
} from '../../../db/commands/follow-ups';
import { type ActionItem, isOverdue, MAX_FOLLOW_UP_TEXT, MAX_NOTE } from '../../../domain/action-item';
import { localToday } from '../../../domain/dates';
import { MAX_SHORT_TEXT } from '../../../domain/validation';
import { formatDate } from '../../../i18n';
import { showToast } from '../../../state/ui-store';
import { deleteWithUndo } from '../../delete-with-undo';
import { useAutosave } from '../../hooks/use-autosave';
import { usePermissions } from '../../hooks/use-permissions';
import { useLang, useT } from '../../hooks/use-t';
import { sameRowProps } from '../../same-props';
import { DateField } from '../date-field';
import { Checkbox, TextArea, TextField } from '../fields';
import { SaveStatus } from '../SaveStatus';
import { useDueErrorText } from './AddFollowUpForm';

/**
 * One follow-up of the session, edited in place and autosaved on its own record; memoised. A unit
 * team may only tick it done and write its note (domain/permissions.ts): the rest shows read-only.
 */
export const FollowUpEditRow = memo(function FollowUpEditRow({
  item,
  n,
  innovationName,
  sessionDate,
}: {
  item: ActionItem;
  n: number;
  innovationName: string;
  /** The session's stored date, named when a due date before it is refused. */
  sessionDate?: string | undefined;
}) {
  const t = useT();
  const dueText = useDueErrorText(sessionDate);
  const lang = useLang();
  const form = useAutosave('actionItems', item);
  const perms = usePermissions();
  const mayEdit = perms.can('actionItems', 'edit', item.unitId);
  const may = (field: string) => mayEdit && perms.canEditField('actionItems', field);
  const { values, errors, set } = form;
  if (!values) return null;
  const done = values.status === 'done';
  const flush = () => void form.flush();
  const remove = async () => {
    try {
      await form.flush();
      await deleteWithUndo(
        t('toast.deleted', { what: values.text || item.text }),
        () => deleteFollowUp(item.id),
        () => restoreFollowUp(item.id),
      );
    } catch {
      showToast(t('error.unexpected'));
    }
  };
  // Done and its date are one command; what is typed is saved first so it cannot overwrite it.
  const toggle = async (checked: boolean) => {
    try {
      await form.flush();
      await (checked ? completeFollowUp(item.id) : reopenFollowUp(item.id));
    } catch {
      showToast(t('error.unexpected'));
    }
  };
  return (
    <fieldset class={`session-followup${done ? ' session-followup--done' : ''}`}>
      <legend class="visually-hidden">{t('sessions.followUps.row', { n })}</legend>
      <div class="session-followup__fields">
        <TextField
          class="session-followup__what"
          label={t('sessions.followUps.what')}
          value={values.text}
          maxLength={MAX_FOLLOW_UP_TEXT}
          error={errors.text}
          readOnly={!may('text')}
          onInput={(v) => set('text', v)}
          onBlur={flush}
        />
        <TextField
          label={t('sessions.followUps.who')}
          value={values.owner}
          maxLength={MAX_SHORT_TEXT}
          error={errors.owner}
          readOnly={!may('owner')}
          onInput={(v) => set('owner', v)}
          onBlur={flush}
        />
        <DateField
          label={t('sessions.followUps.due')}
          value={values.dueDate}
          error={errors.dueDate}
          errorText={dueText(errors.dueDate, values.dueDate)}
          readOnly={!may('dueDate')}
          onInput={(v) => set('dueDate', v)}
          onBlur={flush}
        />
        <TextArea
          class="session-followup__note"
          label={t('sessions.followUps.note')}
          // Records synced before `note` existed have none.
          value={values.note ?? ''}
          error={errors.note}
          rows={2}
          maxLength={MAX_NOTE}
          readOnly={!may('note')}
          onInput={(v) => set('note', v)}
          onBlur={flush}
        />
      </div>
      <div class="session-followup__foot">
        <Checkbox
          label={t('sessions.followUps.done')}
          checked={done}
          disabled={!may('status')}
          onChange={(checked) => void toggle(checked)}
        />
        {done && values.doneDate && (
          <span class="muted">
            {t('sessions.followUps.doneOn', { date: formatDate(lang, values.doneDate) })}
          </span>
        )}
        {isOverdue(values, localToday()) && (
          <span class="badge badge--danger">{t('sessions.followUps.overdue')}</span>
        )}
        {innovationName && (
          <span class="muted">{t('sessions.followUps.innovationName', { name: innovationName })}</span>
        )}
        <span class="session-followup__spacer" />
        {form.state !== 'idle' && (
          <SaveStatus state={form.state} savedAt={form.savedAt} onRetry={() => void form.flush()} />
        )}
        {perms.can('actionItems', 'delete', item.unitId) && (
          <button
            type="button"
            class="btn btn--danger session-followup__delete"
            onClick={() => void remove()}
          >
            {t('sessions.followUps.delete')}
          </button>
        )}
      </div>
    </fieldset>
  );
}, sameRowProps('item'));
