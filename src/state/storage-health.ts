/**
 * What a person must hear about the device's storage (the banner and the save status read it).
 * db/storage-health.ts watches IndexedDB and reports here; the banner dismisses.
 */
import { create } from 'zustand';

export type StorageTrouble = 'full' | 'closed' | 'newerVersion' | 'blocked';

export const useStorageHealth = create<{ trouble: StorageTrouble | null }>(() => ({ trouble: null }));

/** Higher wins: a reload-requiring state is never hidden by a lesser one. */
const RANK: Record<StorageTrouble, number> = { full: 1, blocked: 2, closed: 3, newerVersion: 4 };

export function reportTrouble(trouble: StorageTrouble): void {
  const current = useStorageHealth.getState().trouble;
  if (current === null || RANK[trouble] >= RANK[current]) useStorageHealth.setState({ trouble });
}

/** `which` is over (a write committed, the upgrade went through); a different trouble stays. */
export function clearTrouble(which: StorageTrouble): void {
  if (useStorageHealth.getState().trouble === which) useStorageHealth.setState({ trouble: null });
}

export function dismissTrouble(): void {
  useStorageHealth.setState({ trouble: null });
}
