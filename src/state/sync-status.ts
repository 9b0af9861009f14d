/**
 * Sync status for the UI (header badge, progress bar, login prompt). Written only through the
 * actions below, which sync/client.ts and sync/users-api.ts call; components only read it.
 */
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

/** The runner reports a new status. It starts with no time of its own: keep the stored one until it finishes a pass. */
export function setRunnerStatus(status: RunnerStatus): void {
  useSync.setState((s) => ({ ...status, lastSyncedAt: status.lastSyncedAt ?? s.lastSyncedAt }));
}

/** The stored session was read at start (null: nobody is logged in on this device). */
export function setStoredSession(
  session: { user: PublicUser; expired: boolean; lastSyncedAt: Date | null } | null,
): void {
  useSync.setState({
    user: session ? session.user : 'none',
    sessionExpired: Boolean(session?.expired),
    lastSyncedAt: session ? session.lastSyncedAt : null,
  });
}

/** The server refused the token: local work goes on, the header asks to log in again. */
export function setSessionExpired(): void {
  useSync.setState({ sessionExpired: true });
}

export function setLoggedIn(user: PublicUser): void {
  useSync.setState({ user, sessionExpired: false, state: 'idle', lastError: null });
}

export function setLoggedOut(): void {
  useSync.setState({
    user: 'none',
    sessionExpired: false,
    state: 'idle',
    lastSyncedAt: null,
    progress: null,
  });
}

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
