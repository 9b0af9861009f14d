/**
 * Wires the sync runner into the page: reads the stored session, starts the runner, and
 * connects the triggers (local edits, online, tab visible). The UI talks to sync only through
 * these functions and the `useSync` store, which this module fills through its actions.
 */

import { setJournalAccount } from '../db/draft-journal';
import { db } from '../db/schema';
import { getLastSyncedAt, getSession, markSessionExpired, saveLastSyncedAt } from '../db/session-store';
import { watchOutboxCount } from '../db/sync-store';
import { reportTrouble } from '../state/storage-health';
import {
  setLoggedIn,
  setLoggedOut,
  setRunnerStatus,
  setSessionExpired,
  setStoredSession,
  useSync,
  watchBrowserConnection,
} from '../state/sync-status';
import { login as doLogin, logout as doLogout, type LoginOutcome } from './auth';
import { createSyncRunner, EDIT_DELAY_MS, type SyncRunner } from './runner';
import { httpTransport } from './transport';

let runner: SyncRunner | null = null;
let unwatchOutbox: (() => void) | null = null;
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
      setRunnerStatus(s);
      // Bookkeeping only: with storage full it may fail, and must not become an unhandled error.
      if (s.lastSyncedAt && s.lastSyncedAt !== previous)
        void saveLastSyncedAt(s.lastSyncedAt, db).catch(() => undefined);
      if (s.lastError === 'storage-full') reportTrouble('full');
      if (s.state === 'needsLogin') {
        void markSessionExpired(db).catch(() => undefined);
        setSessionExpired();
      }
    },
  });
  // A new local change: sync shortly after (several quick edits share one pass).
  unwatchOutbox = watchOutboxCount(db, (n) => {
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
  setJournalAccount(session?.user.id ?? null);
  setStoredSession(
    session
      ? { user: session.user, expired: Boolean(session.expired), lastSyncedAt: await getLastSyncedAt(db) }
      : null,
  );
  watchBrowserConnection();
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  if (session) startRunner();
}

export async function login(username: string, password: string): Promise<LoginOutcome> {
  const outcome = await doLogin(username, password, { db });
  if (outcome.ok) {
    setJournalAccount(outcome.response.user.id);
    setLoggedIn(outcome.response.user);
    if (runner) runner.request(0);
    else startRunner();
  }
  return outcome;
}

export async function logout(): Promise<void> {
  runner?.stop();
  runner = null;
  unwatchOutbox?.();
  unwatchOutbox = null;
  await doLogout({ db });
  setJournalAccount(null);
  setLoggedOut();
}

export function syncNow(): Promise<void> {
  return runner ? runner.runNow() : Promise.resolve();
}
