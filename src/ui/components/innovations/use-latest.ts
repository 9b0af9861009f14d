import { useRef } from 'preact/hooks';

/**
 * A ref that always holds the latest render's value, for callbacks that run later (an undo
 * pressed seconds after a removal must re-insert into the list as it is then, not as it was).
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}

/** Puts `item` back at `index` (or at the end when the list got shorter), unless it is already there. */
export function reinsert<R extends { id: string }>(list: readonly R[], item: R, index: number): R[] {
  if (list.some((r) => r.id === item.id)) return [...list];
  const at = Math.min(index, list.length);
  return [...list.slice(0, at), item, ...list.slice(at)];
}
