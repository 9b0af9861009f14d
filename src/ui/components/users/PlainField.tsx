import { useId } from 'preact/hooks';

/**
 * A labelled text or password input whose error is an already translated sentence (the shared
 * fields take domain error codes; account errors are not domain errors). An account error restates
 * the field's rule in full, so while it shows it takes the hint's place instead of repeating it.
 */
export function PlainField(props: {
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'password';
  autoComplete?: string;
  hint?: string;
  error?: string | null;
  name?: string;
}) {
  const id = useId();
  const hint = props.error ? undefined : props.hint;
  const describedBy = [hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <label for={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type={(props.type ?? 'text') as 'text'}
        autoComplete={props.autoComplete}
        autoCapitalize="none"
        spellcheck={false}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      {hint && (
        <div class="field__hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {props.error && (
        <div class="field__error" id={`${id}-error`} role="alert">
          {props.error}
        </div>
      )}
    </div>
  );
}
