/**
 * HTTP transport for the sync engine, over the one HTTP client (http.ts): its timeouts and its
 * typed errors are what the runner acts on (`auth`: ask the user to log in again, local work
 * continues; `network`/`timeout`/`server`: retry later with backoff).
 */
import type { PullResponse, PushRequest, PushResponse } from '../protocol/protocol';
import { HttpError, type HttpOptions, type HttpRequest, requestJson } from './http';

export interface Transport {
  push(request: PushRequest): Promise<PushResponse>;
  pull(cursor: string, limit: number): Promise<PullResponse>;
}

export interface HttpTransportOptions extends HttpOptions {
  getToken: () => string | null | Promise<string | null>;
}

export function httpTransport(opts: HttpTransportOptions): Transport {
  async function request<T>(req: Omit<HttpRequest, 'token'>): Promise<T> {
    const token = await opts.getToken();
    if (!token) throw new HttpError('auth', 'unauthorized', 'not logged in', 401);
    return requestJson<T>({ ...req, token }, opts);
  }

  return {
    push: (body) => request<PushResponse>({ method: 'POST', path: '/api/sync/push', body }),
    pull: (cursor, limit) =>
      request<PullResponse>({
        method: 'GET',
        path: `/api/sync/pull?cursor=${encodeURIComponent(cursor)}&limit=${limit}`,
      }),
  };
}
