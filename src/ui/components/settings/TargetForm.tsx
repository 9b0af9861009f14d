import { useState } from 'preact/hooks';
import { MAX_TARGET_NOTES, type Target } from '../../../domain/target';
import { type SaveState, useAutosave } from '../../hooks/use-autosave';
import { useT } from '../../hooks/use-t';
import { Checkbox, TextArea, TextField } from '../fields';
import { useReadOnly } from '../read-only';
import { SaveStatus } from '../SaveStatus';
import { useTargetDraft } from './use-target-draft';

/**
 * One year's target. Bound to the stored record with autosave; before the record exists the
 * same fields edit a draft whose first valid change creates it. Both render the same elements,
 * so the field being typed in keeps focus when the record appears.
 */
export function TargetForm({ year, target }: { year: number; target: Target | undefined }) {
  const t = useT();
  const form = useAutosave('targets', target);
  const draft = useTargetDraft(year);
  const readOnly = useReadOnly();
  // The number as typed ("", "-3", "1.5" stay visible with their error instead of becoming NaN).
  const [rawTarget, setRawTarget] = useState<string | null>(null);

  const values = form.values ?? draft.values;
  const set = target ? form.set : draft.set;
  const errors = target ? form.errors : draft.errors;
  let state: SaveState = target ? form.state : draft.state;
  let savedAt = target ? form.savedAt : draft.savedAt;
  // Right after the draft created the record, keep saying "saved" until the next edit.
  if (target && form.state === 'idle' && draft.state === 'saved') {
    state = 'saved';
    savedAt = draft.savedAt;
  }

  return (
    <form class="targets-form" onSubmit={(e) => e.preventDefault()}>
      <h2>{t('targets.form.title', { year: String(year) })}</h2>
      {!target && <p class="muted">{t('targets.none', { year: String(year) })}</p>}
      <TextField
        label={t('targets.field.proposalTarget')}
        type="number"
        inputMode="numeric"
        name="proposalTarget"
        value={rawTarget ?? (Number.isNaN(values.proposalTarget) ? '' : String(values.proposalTarget))}
        error={errors.proposalTarget}
        hint={t('targets.field.proposalTargetHint')}
        onInput={(text) => {
          setRawTarget(text);
          set('proposalTarget', text.trim() === '' ? Number.NaN : Number(text));
        }}
        onBlur={() => {
          // Once the typed number is valid, show the stored one again (it may change by sync).
          if (!errors.proposalTarget) setRawTarget(null);
          void form.flush();
        }}
      />
      <Checkbox
        label={t('targets.field.onePerAgency')}
        checked={values.onePerAgency}
        onChange={(checked) => set('onePerAgency', checked)}
      />
      <TextArea
        label={t('targets.field.notes')}
        name="notes"
        rows={3}
        maxLength={MAX_TARGET_NOTES}
        value={values.notes}
        error={errors.notes}
        onInput={(text) => set('notes', text)}
        onBlur={() => void form.flush()}
      />
      {!readOnly && <SaveStatus state={state} savedAt={savedAt} onRetry={() => void form.flush()} />}
    </form>
  );
}
