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

/**
 * Reads and drops a request body the server answers without needing (a 401 before a push). Node
 * closes a connection whose body was left unread, and a client still sending gets a reset
 * instead of the answer: a device with an expired token would think it was offline and never
 * ask its user to log in again. The body limit middleware still caps what is read.
 */
export async function drainBody(c: Context): Promise<void> {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return;
  try {
    await c.req.arrayBuffer();
  } catch {
    // Over the limit or cut off: the limit's own answer or the closed socket says enough.
  }
}
