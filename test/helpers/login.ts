/** Who is logged in and what the sync status says, for screens that read `useSync`. */
import { saveSession } from '../../src/db/session-store';
import type { PublicUser } from '../../src/protocol/protocol';
import { type SyncUiState, useSync } from '../../src/state/sync-status';

export const COORDINATOR: PublicUser = {
  id: 'u-k',
  username: 'koordinator',
  role: 'coordinator',
  unitIds: [],
  active: true,
};

export const SITI: PublicUser = {
  id: 'u-siti',
  username: 'siti',
  role: 'facilitator',
  unitIds: [],
  active: true,
};

/** Sets the sync status: idle, nothing synced yet, logged in as `COORDINATOR` unless `patch` says otherwise. */
export function setSync(patch: Partial<SyncUiState> = {}): void {
  useSync.setState({
    state: 'idle',
    lastSyncedAt: null,
    progress: null,
    lastError: null,
    user: COORDINATOR,
    sessionExpired: false,
    browserOnline: true,
    ...patch,
  });
}

/** A saved login session for `user` (valid for years) and the sync status that goes with it. */
export async function loggedInAs(user: PublicUser, token = 'tok'): Promise<void> {
  await saveSession({ token, expiresAt: '2099-01-01T00:00:00.000Z', user });
  setSync({ user });
}
