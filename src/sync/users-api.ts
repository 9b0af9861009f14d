/**
 * Account management over HTTP (/api/users, coordinators only). Unlike records, accounts live on
 * the server alone: every call needs a connection, has a timeout (http.ts), and fails with a typed
 * code the UI translates. A 401 marks the stored session expired so the header asks to log in again.
 */
import { db as defaultDb, type KlinikDb } from '../db/schema';
import { getSession, markSessionExpired } from '../db/session-store';
import type { PublicUser, Role, UserPatchBody } from '../protocol/protocol';
import { setSessionExpired } from '../state/sync-status';
import { HttpError, type HttpOptions, type HttpRequest, requestJson, USERS_TIMEOUT_MS } from './http';

export type UsersApiErrorCode =
  | 'offline'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'bad-request'
  | 'conflict'
  | 'last-coordinator'
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

export interface UsersApiDeps extends HttpOptions {
  db?: KlinikDb;
}

export interface NewUser {
  username: string;
  password: string;
  role: Role;
  unitIds: string[];
  fullName?: string;
  nip?: string;
}

export type UserPatch = UserPatchBody;

/** The form's code for a failure: status first (what the route answered), then the server's code. */
function codeFor(err: HttpError): UsersApiErrorCode {
  if (err.kind === 'network') return 'offline';
  if (err.kind === 'timeout') return 'timeout';
  if (err.status === 401) return 'unauthorized';
  if (err.status === 403) return 'forbidden';
  if (err.status === 404) return 'not-found';
  if (err.code === 'last-coordinator') return 'last-coordinator';
  if (err.status === 409) return 'conflict';
  if (err.status === 400 || err.code === 'bad-request') return 'bad-request';
  return 'server';
}

async function request<T>(
  method: HttpRequest['method'],
  path: string,
  body: unknown,
  deps: UsersApiDeps,
): Promise<T> {
  const database = deps.db ?? defaultDb;
  const session = await getSession(database);
  if (!session || session.expired) throw new UsersApiError('unauthorized', 'not logged in', 401);
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    throw new UsersApiError('offline', 'navigator.onLine is false');
  }
  try {
    return await requestJson<T>(
      { method, path: `/api/users${path}`, token: session.token, ...(body === undefined ? {} : { body }) },
      { ...deps, timeoutMs: deps.timeoutMs ?? USERS_TIMEOUT_MS },
    );
  } catch (err) {
    if (!(err instanceof HttpError)) throw err;
    if (err.kind === 'auth') {
      await markSessionExpired(database);
      setSessionExpired();
    }
    throw new UsersApiError(codeFor(err), err.message, err.status);
  }
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
