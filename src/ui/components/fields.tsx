/**
 * Labelled form controls. Each shows its error (an ErrorCode, translated) under the control and
 * ties it to the control with aria-describedby, so screen readers announce it.
 *
 * Text controls take the field's `maxLength` from its schema: the browser then cuts a paste at
 * the limit instead of holding (and laying out, counting, validating on every keystroke) a
 * value the write path refuses anyway, and a message under the control says the limit is
 * reached, so a cut paste is never silent.
 */
import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import type { ErrorCode } from '../../domain/validation';
import { useT } from '../hooks/use-t';
import { useFieldSaveLine } from './field-save-slot';
import { useReadOnly } from './read-only';

export interface Base {
  label: string;
  /** Shown but not editable (also inside `<ReadOnly when>`: read-only.tsx). */
  readOnly?: boolean;
  error?: ErrorCode | undefined;
  /** The error in words when its message names values (two dates that clash): shown for `error`. */
  errorText?: string | undefined;
  hint?: ComponentChildren;
  class?: string;
}

/** Shown when a text control holds `maxLength` characters: typing or pasting more is cut. */
function AtLimit({ id, max }: { id: string; max: number }) {
  const t = useT();
  return (
    <div class="field__hint field__limit" id={`${id}-limit`} role="status" data-testid="at-limit">
      {t('field.atLimit', { n: max })}
    </div>
  );
}

export function FieldShell({
  id,
  label,
  error,
  errorText,
  hint,
  children,
  className,
}: Base & { id: string; children: ComponentChildren; className?: string | undefined }) {
  const t = useT();
  return (
    <div class={`field${error ? ' field--error' : ''}${className ? ` ${className}` : ''}`}>
      <label for={id}>{label}</label>
      {children}
      {hint && (
        <div class="field__hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <div class="field__error" id={`${id}-error`} role="alert">
          {errorText ?? t(`error.${error}`)}
        </div>
      )}
    </div>
  );
}

export function describedBy(id: string, error?: string, hint?: unknown, atLimit = false): string | undefined {
  const ids = [hint ? `${id}-hint` : '', atLimit ? `${id}-limit` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return ids || undefined;
}

const reached = (value: string, max: number | undefined) => max !== undefined && value.length >= max;

export function TextField(
  props: Base & {
    value: string;
    onInput: (value: string) => void;
    onBlur?: () => void;
    type?: 'text' | 'tel' | 'search' | 'number';
    placeholder?: string;
    required?: boolean;
    autoFocus?: boolean;
    inputMode?: 'numeric' | 'text' | 'tel';
    name?: string;
    /** The schema's limit for this field (characters). */
    maxLength?: number;
  },
) {
  const id = useId();
  const readOnly = useReadOnly() || props.readOnly === true;
  const atLimit = reached(props.value, props.maxLength);
  const save = useFieldSaveLine(readOnly);
  return (
    <FieldShell id={id} className={props.class} {...props}>
      <input
        id={id}
        name={props.name}
        type={(props.type ?? 'text') as 'text'}
        list={undefined}
        value={props.value}
        placeholder={props.placeholder}
        readOnly={readOnly}
        required={props.required}
        autoFocus={props.autoFocus}
        inputMode={props.inputMode}
        maxLength={props.maxLength}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.error, props.hint, atLimit)}
        onInput={(e) => !readOnly && props.onInput(e.currentTarget.value)}
        onFocus={save.onFocus}
        onBlur={props.onBlur}
      />
      {save.line}
      {atLimit && props.maxLength !== undefined && <AtLimit id={id} max={props.maxLength} />}
    </FieldShell>
  );
}

/** Browsers that size a textarea to its text themselves (styles.css: field-sizing). */
const SIZES_ITSELF = typeof CSS !== 'undefined' && CSS.supports?.('field-sizing', 'content') === true;

/**
 * A long text grows with what is typed (up to most of the screen, then it scrolls: styles.css)
 * instead of scrolling inside a small box. Where CSS cannot size it, its height follows its
 * scrollHeight after each change of the text; nothing re-renders for it.
 */
function useGrowingTextArea(value: string) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (SIZES_ITSELF || !el || el.scrollHeight === 0) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
  }, [value]);
  return ref;
}

export function TextArea(
  props: Base & {
    value: string;
    onInput: (value: string) => void;
    onBlur?: () => void;
    rows?: number;
    name?: string;
    /** The schema's limit for this field (characters). */
    maxLength: number;
  },
) {
  const id = useId();
  const readOnly = useReadOnly() || props.readOnly === true;
  const atLimit = reached(props.value, props.maxLength);
  const save = useFieldSaveLine(readOnly);
  const rows = props.rows ?? 4;
  const area = useGrowingTextArea(props.value);
  return (
    <FieldShell id={id} className={props.class} {...props}>
      <textarea
        ref={area}
        id={id}
        name={props.name}
        rows={rows}
        style={{ '--rows': rows }}
        value={props.value}
        readOnly={readOnly}
        maxLength={props.maxLength}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.error, props.hint, atLimit)}
        onInput={(e) => !readOnly && props.onInput(e.currentTarget.value)}
        onFocus={save.onFocus}
        onBlur={props.onBlur}
      />
      {save.line}
      {atLimit && <AtLimit id={id} max={props.maxLength} />}
    </FieldShell>
  );
}

// The date and time fields live in date-field.tsx, off the first screen.

export interface Option {
  value: string;
  label: string;
}

export function SelectField(
  props: Base & {
    value: string;
    options: readonly Option[];
    onChange: (value: string) => void;
    emptyLabel?: string;
    name?: string;
  },
) {
  const id = useId();
  const readOnly = useReadOnly() || props.readOnly === true;
  return (
    <FieldShell id={id} className={props.class} {...props}>
      <select
        id={id}
        name={props.name}
        value={props.value}
        disabled={readOnly}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.error, props.hint)}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function Checkbox(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  class?: string;
  /** Shown but not changeable (also inside `<ReadOnly when>`). */
  disabled?: boolean;
}) {
  const id = useId();
  const disabled = useReadOnly() || props.disabled === true;
  return (
    <div class={`check${props.class ? ` ${props.class}` : ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        disabled={disabled}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <label for={id}>{props.label}</label>
    </div>
  );
}
