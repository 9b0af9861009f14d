/**
 * After a submit that fails validation, focus goes to the first field in error, so a keyboard or
 * screen-reader user lands on what to fix and hears its message. Fields say they are in error
 * with `aria-invalid="true"` (and point at their message with aria-describedby: fields.tsx), so
 * this works for any form and any rule that marks a field that way, whoever wrote the rule. A group
 * of controls in error as a whole (a fieldset of checkboxes) says so with `data-invalid`, since
 * aria-invalid does not apply to groups: its first control gets focus.
 */
import { useCallback, useLayoutEffect, useState } from 'preact/hooks';

const INVALID = '[aria-invalid="true"], [data-invalid="true"]';
const FOCUSABLE = 'input, select, textarea, button, [tabindex]';

/** Focuses the first control marked invalid inside `root`, in document order; false if none. */
export function focusFirstInvalid(root: ParentNode): boolean {
  const marked = root.querySelector<HTMLElement>(INVALID);
  if (!marked) return false;
  const target = marked.matches(FOCUSABLE) ? marked : marked.querySelector<HTMLElement>(FOCUSABLE);
  if (!target) return false;
  target.focus();
  return true;
}

/**
 * Returns `focusInvalid(form)`: call it where a submit's errors are set. Once they are rendered,
 * the first invalid field of `form` gets focus. Each call renders, so a second failed submit with
 * the same errors moves focus back too.
 */
export function useFocusFirstInvalid(): (form: EventTarget | null) => void {
  const [request, setRequest] = useState<{ form: HTMLElement } | null>(null);
  useLayoutEffect(() => {
    if (request) focusFirstInvalid(request.form);
  }, [request]);
  return useCallback((form: EventTarget | null) => {
    if (form instanceof HTMLElement) setRequest({ form });
  }, []);
}
