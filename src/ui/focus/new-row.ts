/**
 * After "+ Tambah …" adds a row, focus moves to the new row's first field, so the person types
 * straight into it instead of hunting for it (and a keyboard user is not left on the button). Rows
 * carry `data-row-id`; a row written through a live query shows up a render or more after the
 * add, so the request waits until that row is in the container.
 */
import type { RefObject } from 'preact';
import { useCallback, useLayoutEffect, useRef } from 'preact/hooks';

const FIELD = 'input:not([type="hidden"]), select, textarea';

function focusRowIn(container: HTMLElement | null, id: string): boolean {
  if (!container) return false;
  for (const row of container.querySelectorAll<HTMLElement>('[data-row-id]')) {
    if (row.dataset.rowId !== id) continue;
    const field = row.querySelector<HTMLElement>(FIELD);
    if (!field) return false;
    field.focus();
    return true;
  }
  return false;
}

/** `container` goes on the element holding the rows; `focusRow(id)` once row `id` is added. */
export function useFocusNewRow<E extends HTMLElement = HTMLElement>(): {
  container: RefObject<E | null>;
  focusRow: (id: string) => void;
} {
  const container = useRef<E>(null);
  const pending = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = pending.current;
    if (id !== null && focusRowIn(container.current, id)) pending.current = null;
  });
  const focusRow = useCallback((id: string) => {
    pending.current = focusRowIn(container.current, id) ? null : id;
  }, []);
  return { container, focusRow };
}
