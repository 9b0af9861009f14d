/**
 * Logging in and out. The first login needs a connection; afterwards the stored session lets
 * the app open offline. Data on the device belongs to one account: logging in as another
 * account clears it first, and refuses while changes of the previous account are unsent.
 */

import { clearJournal } from '../db/draft-journal';
import { db as defaultDb, type KlinikDb } from '../db/schema';
import { clearOwner, clearSession, getOwner, getSession, saveSession } from '../db/session-store';
import { clearLocalData, outboxCount } from '../db/sync-store';
import type { LoginResponse } from '../protocol/protocol';
import { HttpError, type HttpOptions, LOGOUT_TIMEOUT_MS, requestJson } from './http';

export type LoginError =
  | 'invalid-credentials'
  | 'too-many-attempts'
  | 'offline'
  | 'server'
  | 'unsent-other-account';
export type LoginOutcome = { ok: true; response: LoginResponse } | { ok: false; error: LoginError };

export interface AuthDeps extends HttpOptions {
  db?: KlinikDb;
}

function loginError(err: unknown): LoginError {
  if (!(err instanceof HttpError) || err.kind === 'network' || err.kind === 'timeout') return 'offline';
  if (err.status === 401) return 'invalid-credentials';
  if (err.status === 429) return 'too-many-attempts';
  return 'server';
}

export async function login(username: string, password: string, deps: AuthDeps = {}): Promise<LoginOutcome> {
  const database = deps.db ?? defaultDb;
  let body: LoginResponse;
  try {
    body = await requestJson<LoginResponse>(
      { method: 'POST', path: '/api/auth/login', body: { username, password } },
      deps,
    );
  } catch (err) {
    return { ok: false, error: loginError(err) };
  }
  const owner = await getOwner(database);
  if (owner && owner !== body.user.id) {
    if ((await outboxCount(database)) > 0) return { ok: false, error: 'unsent-other-account' };
    await clearLocalData(database);
    clearJournal(); // the previous account's typing is never replayed under this one
  }
  await saveSession({ token: body.token, expiresAt: body.expiresAt, user: body.user }, database);
  return { ok: true, response: body };
}

/** Revokes the token when online (best effort), then removes the session and this device's copy of the data. */
export async function logout(deps: AuthDeps = {}): Promise<void> {
  const database = deps.db ?? defaultDb;
  const session = await getSession(database);
  if (session) {
    try {
      await requestJson(
        { method: 'POST', path: '/api/auth/logout', token: session.token },
        { ...deps, timeoutMs: LOGOUT_TIMEOUT_MS },
      );
    } catch {
      // Offline or refused: the token expires by itself; the device forgets it now.
    }
  }
  await clearSession(database);
  await clearLocalData(database);
  await clearOwner(database);
  // Settled before (the logout warning replayed it into the outbox it counts): forget it now.
  clearJournal();
}
