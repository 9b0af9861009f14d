/**
 * Prop comparers for memoised list rows. A live query hands back new objects for every record
 * each time its table changes (one save re-reads the list), so comparing rows by reference
 * would re-render every row of a long list after any save; rows whose fields are all
 * primitives compare by value instead.
 */

/** True when `a` and `b` have the same own keys with identical (`Object.is`) values. */
export function shallowEqual(a: object, b: object): boolean {
  if (a === b) return true;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && Object.is(ra[k], rb[k]));
}

/** Props equal when every prop is identical, except `rowKey`, which compares shallowly. */
export function sameRowProps<P extends object>(rowKey: keyof P) {
  return (prev: P, next: P): boolean => {
    for (const k of Object.keys(next) as (keyof P)[]) {
      if (k === rowKey) {
        if (!shallowEqual(prev[k] as object, next[k] as object)) return false;
      } else if (!Object.is(prev[k], next[k])) return false;
    }
    return Object.keys(prev).length === Object.keys(next).length;
  };
}
