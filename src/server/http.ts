/** Shared HTTP helpers: one error shape `{error, message}` with a stable code, never a stack. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { exceedsDepth, MAX_JSON_DEPTH } from '../domain/json-depth';
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

/** A request refused before any route logic; the app answers it `400 bad-request` with `message`. */
export class BadRequest extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadRequest';
  }
}

/**
 * Parses a JSON body; returns undefined (and the caller answers 400) when it is not JSON. Any
 * parse failure counts, a RangeError on absurd nesting included. JSON nested deeper than
 * MAX_JSON_DEPTH throws `BadRequest` (400) before anything else sees it: the recursive code
 * after this (validation, JSON.stringify for storage) would overflow the stack on it.
 */
export async function readJson(c: Context): Promise<unknown> {
  let value: unknown;
  try {
    value = JSON.parse(await c.req.text());
  } catch {
    return undefined;
  }
  if (exceedsDepth(value, MAX_JSON_DEPTH))
    throw new BadRequest(`JSON nested deeper than ${MAX_JSON_DEPTH} levels.`);
  return value;
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
