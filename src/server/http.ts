/** Shared HTTP helpers: one error shape `{error, message}` with a stable code, never a stack. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from '../protocol/protocol';
import type { Storage } from './storage/types';
import type { AuthUser } from './sync/permissions';

export interface Env {
  Variables: { user: AuthUser; tokenHash: string };
}

export interface ServerDeps {
  storage: Storage;
  now: () => Date;
  /** Reverse proxies in front (TRUST_PROXY, client-info.ts); 0 = X-Forwarded-* are ignored. */
  trustProxy?: number;
}

export function fail(c: Context, status: ContentfulStatusCode, error: ErrorCode, message: string) {
  return c.json({ error, message }, status);
}

/** Parses a JSON body; returns undefined (and the caller answers 400) when it is not JSON. */
export async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    return undefined;
  }
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
