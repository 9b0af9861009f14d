/**
 * Date and time entry that reads the same in every browser language. A native `type="date"`
 * follows the device's locale (an English Chromium shows mm/dd/yyyy, and 12/04 vs 04/12 is a
 * wrong visit date), so the date is a text field written day–month–year and the time a 24-hour
 * text field. The stored value (`YYYY-MM-DD`, `HH:MM`) changes only when the entry is a real date
 * or time; anything else keeps the stored value and shows why under the field.
 *
 * Its own module so its code and messages stay off the first screen (fields.tsx is on it).
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import {
  type EntryResult,
  formatDateEntry,
  formatTimeEntry,
  parseDateEntry,
  parseTimeEntry,
} from '../../domain/date-entry';
import type { ErrorCode } from '../../domain/validation';
import { useLang, useT } from '../hooks/use-t';
import { type Base, describedBy, FieldShell } from './fields';
import { useReadOnly } from './read-only';
import { CLOCK_SEPARATOR } from './sessions/session-when';
import './date-field.css';

type Props = Base & { value: string; onInput: (value: string) => void; onBlur?: () => void; name?: string };

interface EntryKind {
  parse: (text: string) => EntryResult;
  format: (value: string) => string;
  /** The code for an entry not (yet) in the field's shape, and for one off the calendar/clock. */
  formatCode: ErrorCode;
  invalidCode: ErrorCode;
}

/**
 * The typed text, kept apart from the stored value: a partial or impossible entry stays on screen
 * (with its problem) while the stored value is left as it was.
 */
function useEntry(kind: EntryKind, props: Props, readOnly: boolean) {
  const t = useT();
  const [text, setText] = useState(() => kind.format(props.value));
  const [problem, setProblem] = useState<ErrorCode | null>(null);
  const textRef = useRef(text);
  textRef.current = text;
  const input = useRef<HTMLInputElement>(null);
  const codeOf = (r: EntryResult) =>
    r.ok ? null : r.problem === 'invalid' ? kind.invalidCode : kind.formatCode;
  // A form that submits (add a follow-up) asks `checkValidity()`: an entry that is not a date
  // must stop it, or the follow-up would be added with the old (or no) date.
  const pendingCode = codeOf(kind.parse(text));
  useEffect(() => {
    input.current?.setCustomValidity(pendingCode ? t(`error.${pendingCode}`) : '');
  }, [pendingCode]);
  // Follow a stored value changed elsewhere (another device, a restored backup) unless the text
  // already means it: "4-12-2026" is not rewritten while the person is still in the field.
  useEffect(() => {
    const typed = kind.parse(textRef.current);
    if (typed.ok && typed.value === props.value) return;
    setText(kind.format(props.value));
    setProblem(null);
  }, [props.value]);

  const onInput = (next: string) => {
    if (readOnly) return;
    setText(next);
    const r = kind.parse(next);
    if (r.ok) {
      setProblem(null);
      if (r.value !== props.value) props.onInput(r.value);
    } else {
      // A complete entry that is off the calendar (31-02-2026) is said at once; a partial one
      // only when the person leaves the field, not on every keystroke of "04-1".
      setProblem(r.problem === 'invalid' ? kind.invalidCode : null);
    }
  };
  const onBlur = () => {
    const r = kind.parse(textRef.current);
    if (r.ok) setText(kind.format(r.value));
    else setProblem(codeOf(r));
    props.onBlur?.();
  };
  /** The form asked and this entry is not valid (Enter pressed inside the field): say why. */
  const onInvalid = () => setProblem(codeOf(kind.parse(textRef.current)));
  /** A value chosen elsewhere (the calendar): stored and shown at once. */
  const choose = (value: string) => {
    setText(kind.format(value));
    setProblem(null);
    if (value !== props.value) props.onInput(value);
    props.onBlur?.();
  };
  // The entry's own problem (not a date yet) outranks the form's error and its named clash.
  const error = problem ?? props.error;
  const errorText = problem ? undefined : props.errorText;
  return { input, text, problem, error, errorText, onInput, onBlur, onInvalid, choose };
}

const DATE: EntryKind = {
  parse: parseDateEntry,
  format: formatDateEntry,
  formatCode: 'dateFormat',
  invalidCode: 'invalidDate',
};

const canShowPicker = typeof HTMLInputElement !== 'undefined' && 'showPicker' in HTMLInputElement.prototype;

/** A date written day–month–year (04-12-2026) whatever the browser's language; stores `YYYY-MM-DD`. */
export function DateField(props: Props) {
  const t = useT();
  const id = useId();
  const readOnly = useReadOnly() || props.readOnly === true;
  const entry = useEntry(DATE, props, readOnly);
  const picker = useRef<HTMLInputElement>(null);
  const { error } = entry;
  const openPicker = () => {
    const input = picker.current;
    if (!input) return;
    const typed = parseDateEntry(entry.text);
    input.value = typed.ok ? typed.value : '';
    try {
      input.showPicker();
    } catch {
      // No picker now (no user gesture, or the browser refuses): the text field still works.
    }
  };
  return (
    <FieldShell id={id} className={props.class} {...props} error={error} errorText={entry.errorText}>
      <div class="date-entry">
        <EntryInput
          id={id}
          props={props}
          entry={entry}
          error={error}
          readOnly={readOnly}
          maxLength={24}
          placeholder={t('date.placeholder')}
        />
        {canShowPicker && !readOnly && (
          <>
            <button
              type="button"
              class="btn btn--secondary btn--icon date-entry__pick"
              aria-label={t('date.pick')}
              title={t('date.pick')}
              onClick={openPicker}
            >
              <CalendarIcon />
            </button>
            <input
              ref={picker}
              type="date"
              class="date-entry__native"
              tabIndex={-1}
              aria-hidden="true"
              onChange={(e) => e.currentTarget.value && entry.choose(e.currentTarget.value)}
            />
          </>
        )}
      </div>
    </FieldShell>
  );
}

/** A 24-hour time (09.30 in Indonesian, 09:30 in English) whatever the browser's language; stores `HH:MM`. */
export function TimeField(props: Props) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const readOnly = useReadOnly() || props.readOnly === true;
  const separator = CLOCK_SEPARATOR[lang];
  const entry = useEntry(
    {
      parse: parseTimeEntry,
      format: (v) => formatTimeEntry(v, separator),
      formatCode: 'timeFormat',
      invalidCode: 'invalidTime',
    },
    props,
    readOnly,
  );
  const { error } = entry;
  return (
    <FieldShell id={id} className={props.class} {...props} error={error} errorText={entry.errorText}>
      <EntryInput
        id={id}
        props={props}
        entry={entry}
        error={error}
        readOnly={readOnly}
        maxLength={12}
        placeholder={t('time.placeholder')}
        class="time-entry"
      />
    </FieldShell>
  );
}

/** The typed entry both fields share: plain text with a numeric keyboard, tied to its messages. */
function EntryInput({
  id,
  props,
  entry,
  error,
  readOnly,
  maxLength,
  placeholder,
  class: className,
}: {
  id: string;
  props: Props;
  entry: ReturnType<typeof useEntry>;
  error: ErrorCode | null | undefined;
  readOnly: boolean;
  maxLength: number;
  placeholder: string;
  class?: string;
}) {
  return (
    <input
      id={id}
      name={props.name}
      class={className}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      spellcheck={false}
      maxLength={maxLength}
      placeholder={placeholder}
      value={entry.text}
      readOnly={readOnly}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, error ?? undefined, props.hint)}
      ref={entry.input}
      onInput={(e) => entry.onInput(e.currentTarget.value)}
      onBlur={entry.onBlur}
      onInvalid={entry.onInvalid}
    />
  );
}

function CalendarIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        d="M4 6h16v14H4zM4 10h16M8 3v5M16 3v5"
      />
    </svg>
  );
}
