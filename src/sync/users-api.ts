/**
 * Account management over HTTP (/api/users, coordinators only). Unlike records, accounts live on
 * the server alone: every call needs a connection, has a timeout, and fails with a typed code the
 * UI translates. A 401 marks the stored session expired so the header asks to log in again.
 */
import { db as defaultDb, type KlinikDb } from '../db/schema';
import { getSession, markSessionExpired } from '../db/session-store';
import type { PublicUser, Role } from '../protocol/protocol';
import { useSync } from '../state/sync-status';

export const USERS_TIMEOUT_MS = 15_000;

export type UsersApiErrorCode =
  | 'offline'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'bad-request'
  | 'conflict'
  | 'not-found'
  | 'server';

export class UsersApiError extends Error {
  constructor(
    readonly code: UsersApiErrorCode,
    message: string,
    readonly status = 0,
  ) {
    super(message);
    this.name = 'UsersApiError';
  }
}

export interface UsersApiDeps {
  db?: KlinikDb;
  fetchImpl?: typeof fetch;
  baseUrl?: string;
  timeoutMs?: number;
}

export interface NewUser {
  username: string;
  password: string;
  role: Role;
  unitIds: string[];
}

export interface UserPatch {
  role?: Role;
  unitIds?: string[];
  active?: boolean;
  password?: string;
}

function codeFor(status: number, error: unknown): UsersApiErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 400 || error === 'bad-request') return 'bad-request';
  return 'server';
}

async function request<T>(method: string, path: string, body: unknown, deps: UsersApiDeps): Promise<T> {
  const database = deps.db ?? defaultDb;
  const session = await getSession(database);
  if (!session || session.expired) throw new UsersApiError('unauthorized', 'not logged in', 401);
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    throw new UsersApiError('offline', 'navigator.onLine is false');
  }
  const doFetch = deps.fetchImpl ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
  const timeoutMs = deps.timeoutMs ?? USERS_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let res: Response;
  try {
    res = await doFetch(`${deps.baseUrl ?? ''}/api/users${path}`, {
      method,
      headers: {
        authorization: `Bearer ${session.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: controller.signal,
    });
  } catch (err) {
    throw controller.signal.aborted
      ? new UsersApiError('timeout', `no answer within ${timeoutMs} ms`)
      : new UsersApiError('offline', err instanceof Error ? err.message : 'network error');
  } finally {
    clearTimeout(timer);
  }
  let parsed: unknown = null;
  try {
    parsed = await res.json();
  } catch {
    if (res.ok) throw new UsersApiError('server', `unreadable answer (${res.status})`, res.status);
  }
  if (!res.ok) {
    const error = (parsed as { error?: unknown } | null)?.error;
    const code = codeFor(res.status, error);
    if (code === 'unauthorized') {
      await markSessionExpired(database);
      useSync.setState({ sessionExpired: true });
    }
    throw new UsersApiError(code, `${res.status} ${typeof error === 'string' ? error : ''}`, res.status);
  }
  return parsed as T;
}

export async function listUsers(deps: UsersApiDeps = {}): Promise<PublicUser[]> {
  const body = await request<{ users?: PublicUser[] }>('GET', '', undefined, deps);
  return Array.isArray(body.users) ? body.users : [];
}

export async function createUser(user: NewUser, deps: UsersApiDeps = {}): Promise<{ id: string }> {
  return request<{ id: string }>('POST', '', user, deps);
}

export async function updateUser(id: string, patch: UserPatch, deps: UsersApiDeps = {}): Promise<PublicUser> {
  const body = await request<{ user: PublicUser }>('PATCH', `/${encodeURIComponent(id)}`, patch, deps);
  return body.user;
}

/** Accounts are never deleted: DELETE deactivates (the server also revokes its sessions). */
export async function deactivateUser(id: string, deps: UsersApiDeps = {}): Promise<PublicUser> {
  const body = await request<{ user: PublicUser }>('DELETE', `/${encodeURIComponent(id)}`, undefined, deps);
  return body.user;
}

export function errorCode(err: unknown): UsersApiErrorCode {
  return err instanceof UsersApiError ? err.code : 'server';
}
