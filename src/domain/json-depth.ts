/**
 * How deeply a parsed JSON value nests, counted without recursion, so a hostile 20,000-level
 * array can be measured (and refused) before any recursive code (validation, cloning, storage)
 * overflows the stack on it. Stops counting once past `limit`.
 */
export function exceedsDepth(value: unknown, limit: number): boolean {
  const stack: { v: unknown; d: number }[] = [{ v: value, d: 0 }];
  while (stack.length) {
    const { v, d } = stack.pop() as { v: unknown; d: number };
    if (v === null || typeof v !== 'object') continue;
    if (d + 1 > limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (child !== null && typeof child === 'object') stack.push({ v: child, d: d + 1 });
    }
  }
  return false;
}

/** Deep enough for every record the app writes (a session's attendee rows are depth 4). */
export const MAX_JSON_DEPTH = 32;
