/** Sync status for the UI (header badge, progress bar, login prompt). Filled by sync/client.ts. */
import { create } from 'zustand';
import type { PublicUser } from '../sync/protocol';
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
