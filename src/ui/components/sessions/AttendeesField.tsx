import { memo } from 'preact/compat';
import { useCallback, useRef } from 'preact/hooks';
import { uuidv7 } from '../../../domain/ids';
import {
  type Attendee,
  isValidNip,
  MAX_ATTENDEES,
  MAX_NIP_TYPED,
  normalizeNip,
  validateAttendee,
} from '../../../domain/session';
import { type ErrorCode, MAX_SHORT_TEXT } from '../../../domain/validation';
import { showToast } from '../../../state/ui-store';
import { useFocusNewRow } from '../../focus/new-row';
import { useT } from '../../hooks/use-t';
import { sameRowProps } from '../../same-props';
import { TextField } from '../fields';
import { useReadOnly } from '../read-only';

type Editable = Exclude<keyof Attendee, 'id'>;

/**
 * The attendance list (daftar hadir). The whole list is one autosaved field: a row without a name
 * or with a NIP that is not 18 digits keeps the list from saving until it is fixed (the rows stay
 * on screen), and the error shows on that row. A row stored before these rules (an old 17-digit
 * NIP) shows the same error but does not hold back edits elsewhere in the list (domain/session.ts).
 *
 * A session can list hundreds of people: a keystroke re-renders the row typed in only. The list
 * skips renders while its props are unchanged (typing in the minutes), and each row is memoised
 * with callbacks that never change (they read the newest list through a ref), so the other rows
 * compare equal and are left alone.
 */
export const AttendeesField = memo(function AttendeesField({
  rows,
  error,
  onChange,
}: {
  rows: readonly Attendee[];
  /** The list's own error; a row's (a NIP, a long name) shows on that row instead. */
  error?: ErrorCode | undefined;
  onChange: (next: Attendee[]) => void;
}) {
  const t = useT();
  const readOnly = useReadOnly();
  // Undo runs after later edits: it must re-insert into the newest list, not the one removed from.
  const latest = useRef({ rows, onChange });
  latest.current = { rows, onChange };

  const { container, focusRow } = useFocusNewRow<HTMLElement>();
  const tRef = useRef(t);
  tRef.current = t;

  const update = useCallback((id: string, field: Editable, value: string) => {
    const { rows: now, onChange: change } = latest.current;
    change(now.map((r) => (r.id === id ? { ...r, [field]: value } : r)));
  }, []);
  const add = () => {
    const id = uuidv7();
    onChange([...rows, { id, name: '', nip: '', position: '', role: '' }]);
    focusRow(id);
  };
  const remove = useCallback((row: Attendee, index: number) => {
    const { rows: before, onChange: change } = latest.current;
    change(before.filter((r) => r.id !== row.id));
    if (!row.name && !row.nip && !row.position && !row.role) return;
    const name = row.name || String(index + 1);
    showToast(tRef.current('sessions.attendees.removed', { name }), async () => {
      const now = latest.current.rows.filter((r) => r.id !== row.id);
      latest.current.onChange([...now.slice(0, index), row, ...now.slice(index)]);
    });
  }, []);

  return (
    <section class="card" aria-labelledby="session-attendees-title" ref={container}>
      <div class="session-card__head">
        <h2 id="session-attendees-title">{t('sessions.attendees.title')}</h2>
        <span class="badge badge--muted">{t('sessions.attendees.count', { n: rows.length })}</span>
      </div>
      {rows.length === 0 ? (
        <p class="muted">{t('sessions.attendees.empty')}</p>
      ) : (
        <ol class="session-attendees">
          {rows.map((row, index) => (
            <li key={row.id} data-row-id={row.id}>
              <AttendeeRow row={row} index={index} onInput={update} onRemove={remove} />
            </li>
          ))}
        </ol>
      )}
      {(error === 'tooMany' || error === 'invalidList') && (
        <p class="field__error" role="alert">
          {t(`error.${error}`)}
        </p>
      )}
      {!readOnly && (
        <div class="actions">
          <button
            type="button"
            class="btn btn--secondary"
            disabled={rows.length >= MAX_ATTENDEES}
            onClick={add}
          >
            + {t('sessions.attendees.add')}
          </button>
        </div>
      )}
    </section>
  );
});

const AttendeeRow = memo(function AttendeeRow({
  row,
  index,
  onInput: update,
  onRemove: removeRow,
}: {
  row: Attendee;
  index: number;
  onInput: (id: string, field: Editable, value: string) => void;
  onRemove: (row: Attendee, index: number) => void;
}) {
  const t = useT();
  const readOnly = useReadOnly();
  const n = index + 1;
  const onInput = (field: Editable, value: string) => update(row.id, field, value);
  const onRemove = () => removeRow(row, index);
  const errors: Partial<Record<string, ErrorCode>> = {};
  for (const e of validateAttendee(row)) errors[e.field] ??= e.code;
  // "19800101 200501 1 001" as printed on ID cards: kept as typed while typing, digits once left.
  const tidyNip = () => {
    const digits = normalizeNip(row.nip);
    if (digits !== row.nip && isValidNip(row.nip)) onInput('nip', digits);
  };
  return (
    <fieldset class="session-attendee">
      <legend class="visually-hidden">{t('sessions.attendees.row', { n })}</legend>
      <TextField
        class="session-attendee__name"
        label={t('sessions.attendees.name')}
        value={row.name}
        maxLength={MAX_SHORT_TEXT}
        error={errors.name}
        onInput={(v) => onInput('name', v)}
      />
      <TextField
        class="session-attendee__nip"
        label={t('sessions.attendees.nip')}
        value={row.nip}
        maxLength={MAX_NIP_TYPED}
        error={errors.nip}
        inputMode="numeric"
        onInput={(v) => onInput('nip', v)}
        onBlur={readOnly ? undefined : tidyNip}
      />
      <TextField
        class="session-attendee__position"
        label={t('sessions.attendees.position')}
        value={row.position}
        maxLength={MAX_SHORT_TEXT}
        error={errors.position}
        onInput={(v) => onInput('position', v)}
      />
      <TextField
        class="session-attendee__role"
        label={t('sessions.attendees.role')}
        value={row.role}
        maxLength={MAX_SHORT_TEXT}
        error={errors.role}
        onInput={(v) => onInput('role', v)}
      />
      {!readOnly && (
        <button
          type="button"
          class="btn btn--danger btn--icon session-attendee__remove"
          aria-label={t('sessions.attendees.remove', { n })}
          onClick={onRemove}
        >
          ×
        </button>
      )}
    </fieldset>
  );
}, sameRowProps('row'));
