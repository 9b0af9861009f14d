/** Sync status for the UI (header badge, progress bar, login prompt). Filled by sync/client.ts. */
import { create } from 'zustand';
import type { PublicUser } from '../protocol/protocol';
import type { RunnerStatus } from '../sync/runner';

export interface SyncUiState extends RunnerStatus {
  /** null until the stored session was read; then the user or 'none'. */
  user: PublicUser | null | 'none';
  sessionExpired: boolean;
}

export const useSync = create<SyncUiState>(() => ({
  state: 'idle',
  lastSyncedAt: null,
  progress: null,
  lastError: null,
  user: null,
  sessionExpired: false,
}));

/** Records still to come above which a pull counts as bulk (more than one page of 1,000). */
export const BULK_PULL_REMAINING = 1_000;

/**
 * A large pull is under way (a first sync of a city: ~40 pages). Live queries then refresh on a
 * timer instead of after every page (ui/hooks/use-live-query.ts): re-reading whole tables 40
 * times doubled the first sync. They are live again, with one fresh read, once it ends.
 */
export function isBulkPull(s: Pick<SyncUiState, 'state' | 'progress'>): boolean {
  const p = s.progress;
  return (
    s.state === 'syncing' &&
    p?.phase === 'pull' &&
    p.total !== undefined &&
    p.total - p.done > BULK_PULL_REMAINING
  );
}
