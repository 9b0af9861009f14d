/**
 * The page's one HTTP client for the sync server (sync push/pull, login/logout, accounts). Every
 * request has a timeout covering the answer and its body (a hung request must never wedge sync
 * or leave a form spinning), and every failure becomes one `HttpError` whose `kind` says what to
 * do next: `network`/`timeout`/`server` retry later, `auth` asks the user to log in again (local
 * work continues), `client` will not succeed by retrying. Callers translate kinds and codes into
 * their own outcomes; none of them touches `fetch` directly.
 */
import type { ErrorCode } from '../protocol/protocol';

/** Sync push/pull and login: a page of 1,000 records may take a while on a slow connection. */
export const REQUEST_TIMEOUT_MS = 20_000;
/** Account management: a person is waiting on a form. */
export const USERS_TIMEOUT_MS = 15_000;
/** Logging out revokes the token best effort: the device forgets it either way. */
export const LOGOUT_TIMEOUT_MS = 5_000;

export type HttpErrorKind = 'network' | 'timeout' | 'auth' | 'server' | 'client';
/** The server's error code (protocol.ts), or what happened before the server could answer. */
export type HttpErrorCode = ErrorCode | 'network' | 'timeout';

export class HttpError extends Error {
  constructor(
    readonly kind: HttpErrorKind,
    readonly code: HttpErrorCode,
    message: string,
    /** The HTTP status; 0 when no answer came. */
    readonly status = 0,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export interface HttpOptions {
  /** Prefix of every path ('' in the page: same origin). */
  baseUrl?: string;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  /** Sent as a bearer token. A 401 to a request with a token means the session ended. */
  token?: string;
  /** Sent as JSON when present. */
  body?: unknown;
}

/** What each error code means when the answer's body does not name one (a proxy's HTML page). */
const CODE_FOR_STATUS: Readonly<Record<number, ErrorCode>> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'payload-too-large',
  429: 'too-many-attempts',
};

/** Every code the server may send; a Record so that a new ErrorCode fails `tsc` until listed. */
const KNOWN_CODES: Readonly<Record<ErrorCode, true>> = {
  'invalid-credentials': true,
  'too-many-attempts': true,
  unauthorized: true,
  'token-expired': true,
  forbidden: true,
  'bad-request': true,
  'payload-too-large': true,
  'unsupported-schema': true,
  'not-found': true,
  conflict: true,
  'last-coordinator': true,
  'storage-unavailable': true,
  internal: true,
};

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(KNOWN_CODES, value);
}

/** The error for a non-2xx answer; `body` is its parsed JSON, or undefined when it had none. */
export function statusError(status: number, body: unknown, withToken: boolean): HttpError {
  const named = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  const code = isErrorCode(named) ? named : (CODE_FOR_STATUS[status] ?? 'internal');
  const kind: HttpErrorKind =
    status === 401 && withToken ? 'auth' : status >= 500 || status === 429 ? 'server' : 'client';
  return new HttpError(kind, code, `${status} ${code}`, status);
}

async function readJson(
  res: Response,
  signal: AbortSignal,
): Promise<{ ok: true; value: unknown } | { ok: false }> {
  try {
    return { ok: true, value: await res.json() };
  } catch (err) {
    // Aborted while the body was arriving: that is the timeout, not an unreadable answer.
    if (signal.aborted) throw err;
    return { ok: false };
  }
}

/** Sends one JSON request; resolves with the answer's JSON or rejects with an HttpError. */
export async function requestJson<T>(req: HttpRequest, opts: HttpOptions = {}): Promise<T> {
  const doFetch = opts.fetchImpl ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const timeoutMs = opts.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const headers: Record<string, string> = {};
  if (req.token) headers.authorization = `Bearer ${req.token}`;
  if (req.body !== undefined) headers['content-type'] = 'application/json';
  try {
    const res = await doFetch(`${opts.baseUrl ?? ''}${req.path}`, {
      method: req.method,
      headers,
      ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }),
      signal: controller.signal,
    });
    const body = await readJson(res, controller.signal);
    if (!res.ok) throw statusError(res.status, body.ok ? body.value : undefined, Boolean(req.token));
    if (!body.ok) throw new HttpError('server', 'internal', `unreadable answer (${res.status})`, res.status);
    return body.value as T;
  } catch (err) {
    if (err instanceof HttpError) throw err;
    throw controller.signal.aborted
      ? new HttpError('timeout', 'timeout', `no answer within ${timeoutMs} ms`)
      : new HttpError('network', 'network', err instanceof Error ? err.message : 'network error');
  } finally {
    clearTimeout(timer);
  }
}
