/**
 * Wires the sync runner into the page: reads the stored session, starts the runner, and
 * connects the triggers (local edits, online, tab visible). The UI talks to sync only through
 * these functions and the `useSync` store.
 */
import { liveQuery } from 'dexie';
import { db } from '../db/schema';
import { getLastSyncedAt, getSession, markSessionExpired, saveLastSyncedAt } from '../db/session-store';
import { useSync } from '../state/sync-status';
import { login as doLogin, logout as doLogout, type LoginOutcome } from './auth';
import { createSyncRunner, EDIT_DELAY_MS, type SyncRunner } from './runner';
import { httpTransport } from './transport';

let runner: SyncRunner | null = null;
let outboxSub: { unsubscribe(): void } | null = null;
let lastOutboxCount = 0;

async function currentToken(): Promise<string | null> {
  const s = await getSession(db);
  return s && !s.expired ? s.token : null;
}

function startRunner(): void {
  if (runner) return;
  runner = createSyncRunner({
    db,
    transport: httpTransport({ getToken: currentToken }),
    locks: typeof navigator !== 'undefined' ? navigator.locks : undefined,
    onStatus: (s) => {
      const previous = useSync.getState().lastSyncedAt;
      // The runner starts with no time of its own; keep the stored one until it finishes a pass.
      useSync.setState({ ...s, lastSyncedAt: s.lastSyncedAt ?? previous });
      if (s.lastSyncedAt && s.lastSyncedAt !== previous) void saveLastSyncedAt(s.lastSyncedAt, db);
      if (s.state === 'needsLogin') {
        void markSessionExpired(db);
        useSync.setState({ sessionExpired: true });
      }
    },
  });
  // A new local change: sync shortly after (several quick edits share one pass).
  outboxSub = liveQuery(() => db.outbox.count()).subscribe((n) => {
    if (n > lastOutboxCount) runner?.request(EDIT_DELAY_MS);
    lastOutboxCount = n;
  });
  runner.request(0);
}

function onOnline() {
  runner?.request(0);
}
function onVisible() {
  if (document.visibilityState === 'visible') runner?.request(0);
}

/** Called once at app start. */
export async function startSync(): Promise<void> {
  const session = await getSession(db);
  useSync.setState({
    user: session ? session.user : 'none',
    sessionExpired: Boolean(session?.expired),
    lastSyncedAt: session ? await getLastSyncedAt(db) : null,
  });
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  if (session) startRunner();
}

export async function login(username: string, password: string): Promise<LoginOutcome> {
  const outcome = await doLogin(username, password, { db });
  if (outcome.ok) {
    useSync.setState({ user: outcome.response.user, sessionExpired: false, state: 'idle', lastError: null });
    if (runner) runner.request(0);
    else startRunner();
  }
  return outcome;
}

export async function logout(): Promise<void> {
  runner?.stop();
  runner = null;
  outboxSub?.unsubscribe();
  outboxSub = null;
  await doLogout({ db });
  useSync.setState({
    user: 'none',
    sessionExpired: false,
    state: 'idle',
    lastSyncedAt: null,
    progress: null,
  });
}

export function syncNow(): Promise<void> {
  return runner ? runner.runNow() : Promise.resolve();
}
