import { useState } from 'preact/hooks';
import { ValidationFailed } from '../../../db/commands/errors';
import { addFollowUp } from '../../../db/commands/follow-ups';
import { checkFollowUpDue, newActionItemFields, validateActionItem } from '../../../domain/action-item';
import type { Innovation } from '../../../domain/innovation';
import type { MentoringSession } from '../../../domain/session';
import type { ErrorCode } from '../../../domain/validation';
import { formatDate } from '../../../i18n';
import { useFocusFirstInvalid } from '../../focus/first-invalid';
import { useLang, useT } from '../../hooks/use-t';
import { DateField } from '../date-field';
import { SelectField, TextField } from '../fields';

const EMPTY = { text: '', owner: '', dueDate: '', innovationId: '' };
type Draft = typeof EMPTY;

/** What, who, by when (and optionally which innovation): creates one follow-up of this session. */
export interface SessionFollowUpsProps {
  sessionId: string;
  unitId: string;
  innovations: readonly Innovation[] | undefined;
  /** The session while it is not written yet: adding a follow-up writes it too. */
  unsaved?: MentoringSession | undefined;
  /** The session's date as stored: a follow-up may not fall due before it. */
  sessionDate?: string | undefined;
}

/** The due-date error in words: the session's date named when that is the clash. */
export function useDueErrorText(sessionDate: string | undefined) {
  const t = useT();
  const lang = useLang();
  return (code: ErrorCode | undefined, due: string) =>
    code === 'dueBeforeSession' && sessionDate
      ? t('sessions.error.dueBeforeSession', {
          due: formatDate(lang, due),
          date: formatDate(lang, sessionDate),
        })
      : undefined;
}

export function AddFollowUpForm({
  sessionId,
  unitId,
  innovations,
  unsaved,
  sessionDate,
  onAdded,
}: SessionFollowUpsProps & { onAdded?: (id: string) => void }) {
  const t = useT();
  const dueText = useDueErrorText(sessionDate);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<string, ErrorCode>>>({});
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const focusInvalid = useFocusFirstInvalid();
  const edit = (field: keyof Draft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget;
    const fields = newActionItemFields({
      ...draft,
      text: draft.text.trim(),
      owner: draft.owner.trim(),
      unitId,
      sessionId,
    });
    const found: Partial<Record<string, ErrorCode>> = {};
    for (const err of validateActionItem(fields)) found[err.field] ??= err.code;
    const due = checkFollowUpDue(fields.dueDate, sessionDate);
    if (due) found[due.field] ??= due.code;
    setErrors(found);
    // A due date typed but not (yet) a date keeps `draft.dueDate` as it was: don't add with that
    // (checkValidity makes the date entry show why).
    const typedBad = form instanceof HTMLFormElement && !form.checkValidity();
    if (Object.keys(found).length > 0 || typedBad) {
      focusInvalid(form);
      return;
    }
    setBusy(true);
    setFailed(false);
    try {
      const id = await addFollowUp(fields, undefined, unsaved);
      setDraft(EMPTY);
      onAdded?.(id);
    } catch (err) {
      // The write path's own check (a session date changed meanwhile): shown on its field.
      if (err instanceof ValidationFailed)
        setErrors(Object.fromEntries(err.errors.map((e) => [e.field, e.code])));
      else setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="session-followup-add" onSubmit={submit} aria-labelledby="session-followup-new" noValidate>
      <h3 id="session-followup-new">{t('sessions.followUps.newTitle')}</h3>
      <div class="session-followup-add__fields">
        <TextField
          class="session-followup-add__what"
          label={t('sessions.followUps.what')}
          value={draft.text}
          error={errors.text}
          required
          onInput={(v) => edit('text', v)}
        />
        <TextField
          label={t('sessions.followUps.who')}
          value={draft.owner}
          error={errors.owner}
          onInput={(v) => edit('owner', v)}
        />
        <DateField
          label={t('sessions.followUps.due')}
          value={draft.dueDate}
          error={errors.dueDate}
          errorText={dueText(errors.dueDate, draft.dueDate)}
          onInput={(v) => edit('dueDate', v)}
        />
        {innovations && innovations.length > 0 && (
          <SelectField
            label={t('sessions.followUps.innovation')}
            value={draft.innovationId}
            emptyLabel={t('sessions.followUps.innovationNone')}
            options={innovations.map((i) => ({ value: i.id, label: i.name }))}
            onChange={(v) => edit('innovationId', v)}
          />
        )}
      </div>
      {failed && (
        <p class="field__error" role="alert">
          {t('error.unexpected')}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="btn" disabled={busy}>
          + {t('sessions.followUps.add')}
        </button>
      </div>
    </form>
  );
}
