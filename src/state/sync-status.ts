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
  /**
   * What the browser says about the connection (`navigator.onLine` and its `online`/`offline`
   * events). False means surely offline: the badge says so at once instead of waiting for a
   * request to fail. True only means "maybe": a failed request still sets `state: 'offline'`.
   */
  browserOnline: boolean;
}

export const useSync = create<SyncUiState>(() => ({
  state: 'idle',
  lastSyncedAt: null,
  progress: null,
  lastError: null,
  user: null,
  sessionExpired: false,
  browserOnline: browserSaysOnline(),
}));

function browserSaysOnline(): boolean {
  return globalThis.navigator?.onLine !== false;
}

/**
 * Follows the browser's `online`/`offline` events from now on (called once at start; returns the
 * undo). The store changes inside the event, so the badge turns "Luring" in the same frame.
 */
export function watchBrowserConnection(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
): () => void {
  const offline = () => useSync.setState({ browserOnline: false });
  const online = () => useSync.setState({ browserOnline: true });
  useSync.setState({ browserOnline: browserSaysOnline() });
  target.addEventListener('offline', offline);
  target.addEventListener('online', online);
  return () => {
    target.removeEventListener('offline', offline);
    target.removeEventListener('online', online);
  };
}

/**
 * The state the UI shows: the runner's, except that a browser that reports no connection is
 * offline whatever the last pass said (an expired login still comes first: it needs a person).
 */
export function shownSyncState(
  s: Pick<SyncUiState, 'state'> & Partial<Pick<SyncUiState, 'browserOnline'>>,
): RunnerStatus['state'] {
  if (s.state === 'needsLogin') return s.state;
  return s.browserOnline === false ? 'offline' : s.state;
}

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
