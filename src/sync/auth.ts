/**
 * Logging in and out. The first login needs a connection; afterwards the stored session lets
 * the app open offline. Data on the device belongs to one account: logging in as another
 * account clears it first, and refuses while changes of the previous account are unsent.
 */

import { db as defaultDb, type KlinikDb } from '../db/schema';
import { clearSession, getOwner, getSession, saveSession } from '../db/session-store';
import { clearLocalData, outboxCount } from '../db/sync-store';
import type { LoginResponse } from '../protocol/protocol';

export type LoginError =
  | 'invalid-credentials'
  | 'too-many-attempts'
  | 'offline'
  | 'server'
  | 'unsent-other-account';
export type LoginOutcome = { ok: true; response: LoginResponse } | { ok: false; error: LoginError };

export interface AuthDeps {
  db?: KlinikDb;
  fetchImpl?: typeof fetch;
  baseUrl?: string;
}

export async function login(username: string, password: string, deps: AuthDeps = {}): Promise<LoginOutcome> {
  const database = deps.db ?? defaultDb;
  const doFetch = deps.fetchImpl ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
  let res: Response;
  try {
    res = await doFetch(`${deps.baseUrl ?? ''}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
      signal: AbortSignal.timeout(20_000),
    });
  } catch {
    return { ok: false, error: 'offline' };
  }
  if (res.status === 401) return { ok: false, error: 'invalid-credentials' };
  if (res.status === 429) return { ok: false, error: 'too-many-attempts' };
  if (!res.ok) return { ok: false, error: 'server' };
  let body: LoginResponse;
  try {
    body = (await res.json()) as LoginResponse;
  } catch {
    return { ok: false, error: 'server' };
  }
  const owner = await getOwner(database);
  if (owner && owner !== body.user.id) {
    if ((await outboxCount(database)) > 0) return { ok: false, error: 'unsent-other-account' };
    await clearLocalData(database);
  }
  await saveSession({ token: body.token, expiresAt: body.expiresAt, user: body.user }, database);
  return { ok: true, response: body };
}

/** Revokes the token when online (best effort), then removes the session and this device's copy of the data. */
export async function logout(deps: AuthDeps = {}): Promise<void> {
  const database = deps.db ?? defaultDb;
  const session = await getSession(database);
  const doFetch = deps.fetchImpl ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
  if (session) {
    try {
      await doFetch(`${deps.baseUrl ?? ''}/api/auth/logout`, {
        method: 'POST',
        headers: { authorization: `Bearer ${session.token}` },
        signal: AbortSignal.timeout(5_000),
      });
    } catch {
      // Offline: the token expires by itself; the device forgets it now.
    }
  }
  await clearSession(database);
  await clearLocalData(database);
  await database.meta.delete('owner');
}
