/**
 * HTTP transport for the sync engine. Every request has a timeout (a hung request must never
 * wedge sync), and failures come back as typed errors the runner can act on: `auth` means
 * "ask the user to log in again" (local work continues), `network`/`timeout`/`server` mean
 * "retry later with backoff".
 */
import type { PullResponse, PushRequest, PushResponse } from '../protocol/protocol';

export const REQUEST_TIMEOUT_MS = 20_000;

export type SyncErrorKind = 'auth' | 'network' | 'timeout' | 'server' | 'client';

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly status = 0,
    readonly code = '',
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

export interface Transport {
  push(request: PushRequest): Promise<PushResponse>;
  pull(cursor: string, limit: number): Promise<PullResponse>;
}

export interface HttpTransportOptions {
  baseUrl?: string;
  getToken: () => string | null | Promise<string | null>;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

export function httpTransport(opts: HttpTransportOptions): Transport {
  const base = opts.baseUrl ?? '';
  const timeoutMs = opts.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const doFetch = opts.fetchImpl ?? ((...args: Parameters<typeof fetch>) => fetch(...args));

  async function request<T>(path: string, init: RequestInit): Promise<T> {
    const token = await opts.getToken();
    if (!token) throw new SyncError('auth', 'not logged in', 401, 'unauthorized');
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let res: Response;
    try {
      res = await doFetch(`${base}${path}`, {
        ...init,
        signal: controller.signal,
        headers: {
          ...(init.headers ?? {}),
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
        },
      });
    } catch (err) {
      throw controller.signal.aborted
        ? new SyncError('timeout', `no answer within ${timeoutMs} ms`)
        : new SyncError('network', err instanceof Error ? err.message : 'network error');
    } finally {
      clearTimeout(timer);
    }
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      throw new SyncError(
        res.ok ? 'server' : res.status >= 500 ? 'server' : 'client',
        `unreadable answer (${res.status})`,
        res.status,
      );
    }
    if (!res.ok) {
      const code =
        typeof (body as { error?: unknown }).error === 'string' ? (body as { error: string }).error : '';
      const kind: SyncErrorKind =
        res.status === 401 ? 'auth' : res.status >= 500 || res.status === 429 ? 'server' : 'client';
      throw new SyncError(kind, `${res.status} ${code}`, res.status, code);
    }
    return body as T;
  }

  return {
    push: (req) => request<PushResponse>('/api/sync/push', { method: 'POST', body: JSON.stringify(req) }),
    pull: (cursor, limit) =>
      request<PullResponse>(`/api/sync/pull?cursor=${encodeURIComponent(cursor)}&limit=${limit}`, {
        method: 'GET',
      }),
  };
}
