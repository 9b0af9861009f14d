import { useState } from 'preact/hooks';
import { uuidv7 } from '../../../domain/ids';
import { type ChecklistItem, MAX_CHECKLIST_ITEMS, MAX_CHECKLIST_LABEL } from '../../../domain/stage-progress';
import { isBlank } from '../../../domain/text';
import type { ErrorCode } from '../../../domain/validation';
import { formatDate } from '../../../i18n';
import { checklistLabel } from '../../../i18n/data-labels';
import { useFocusFirstInvalid } from '../../focus/first-invalid';
import { useLang, useT } from '../../hooks/use-t';
import { Checkbox, TextField } from '../fields';

/** Longest label the stage-progress validator accepts. */
export const MAX_ITEM_LABEL = MAX_CHECKLIST_LABEL;

function labelError(label: string): ErrorCode | undefined {
  if (isBlank(label)) return 'required';
  return label.length > MAX_ITEM_LABEL ? 'tooLong' : undefined;
}

function ItemRow({
  item,
  onChange,
  onTick,
  onRemove,
}: {
  item: ChecklistItem;
  onChange: (item: ChecklistItem) => void;
  onTick: (done: boolean) => void;
  onRemove: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const [editing, setEditing] = useState<string | null>(null);
  const error = editing === null ? undefined : labelError(editing);
  // A built-in default shows in the chosen language; it is stored as typed only once edited.
  const shown = checklistLabel(t, item.label);
  if (editing !== null) {
    return (
      <li class="checklist__item checklist__item--editing">
        <form
          class="checklist__edit"
          onSubmit={(e) => {
            e.preventDefault();
            setEditing(null);
          }}
        >
          <TextField
            label={t('board.item.label')}
            value={editing}
            error={error}
            autoFocus
            onInput={(v) => {
              setEditing(v);
              if (!labelError(v)) onChange({ ...item, label: v.trim() });
            }}
          />
          <button type="submit" class="btn btn--secondary">
            {t('board.item.finishEdit')}
          </button>
        </form>
      </li>
    );
  }
  return (
    <li class={`checklist__item${item.done ? ' checklist__item--done' : ''}`}>
      <div class="checklist__main">
        <Checkbox label={shown} checked={item.done} onChange={onTick} />
        {item.done && item.doneDate && (
          <span class="muted checklist__date">
            {t('board.item.doneOn', { date: formatDate(lang, item.doneDate) })}
          </span>
        )}
      </div>
      <button
        type="button"
        class="btn btn--secondary btn--icon"
        aria-label={t('board.item.edit', { label: shown })}
        onClick={() => setEditing(shown)}
      >
        ✎
      </button>
      <button
        type="button"
        class="btn btn--danger btn--icon"
        aria-label={t('board.item.remove', { label: shown })}
        onClick={onRemove}
      >
        ×
      </button>
    </li>
  );
}

/**
 * A stage's checklist: tick, rename inline, remove, add. Renames and additions hand the whole
 * new list to `onChange`; a tick goes to `onTick` (it may move the stage's status too).
 */
export function Checklist({
  items,
  error,
  onChange,
  onTick,
  onRemove,
}: {
  items: readonly ChecklistItem[];
  error?: ErrorCode | undefined;
  onChange: (items: ChecklistItem[]) => void;
  onTick: (item: ChecklistItem, done: boolean) => void;
  onRemove: (item: ChecklistItem, index: number) => void;
}) {
  const t = useT();
  const [label, setLabel] = useState('');
  const [addError, setAddError] = useState<ErrorCode | undefined>(undefined);
  const focusInvalid = useFocusFirstInvalid();
  const add = (e: Event) => {
    e.preventDefault();
    const problem = items.length >= MAX_CHECKLIST_ITEMS ? 'tooMany' : labelError(label);
    if (problem) {
      setAddError(problem);
      focusInvalid(e.currentTarget);
      return;
    }
    onChange([...items, { id: uuidv7(), label: label.trim(), done: false, doneDate: '' }]);
    setLabel('');
    setAddError(undefined);
  };
  return (
    <div class="checklist">
      {items.length === 0 ? (
        <p class="muted">{t('board.checklist.empty')}</p>
      ) : (
        <ul class="checklist__list">
          {items.map((item, index) => (
            <ItemRow
              key={item.id}
              item={item}
              onChange={(next) => onChange(items.map((i) => (i.id === item.id ? next : i)))}
              onTick={(done) => onTick(item, done)}
              onRemove={() => onRemove(item, index)}
            />
          ))}
        </ul>
      )}
      {error && (
        <p class="field__error" role="alert">
          {t(`error.${error}`)}
        </p>
      )}
      <form class="checklist__add" onSubmit={add}>
        <TextField
          label={t('board.item.new')}
          value={label}
          error={addError}
          onInput={(v) => {
            setLabel(v);
            if (addError) setAddError(undefined);
          }}
        />
        <button type="submit" class="btn btn--secondary">
          + {t('board.item.add')}
        </button>
      </form>
    </div>
  );
}
