/**
 * Is this error a full disk? Apart from storage-health.ts (which reports to the UI's state) so
 * the sync engine's storage code can ask without importing UI state: the simulation runs that
 * code in plain Node processes.
 */
function nameOf(err: unknown): string {
  return typeof err === 'object' && err !== null && 'name' in err ? String(err.name) : '';
}

/** Dexie wraps the native error (`inner`); browsers report a full disk as QuotaExceededError. */
export function isQuotaError(err: unknown): boolean {
  if (nameOf(err) === 'QuotaExceededError') return true;
  const inner = typeof err === 'object' && err !== null && 'inner' in err ? err.inner : undefined;
  return inner !== undefined && inner !== err && isQuotaError(inner);
}
