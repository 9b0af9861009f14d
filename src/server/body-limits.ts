/**
 * Every API route reads its body only up to a limit, checked before parsing: a push may carry up
 * to MAX_BODY_BYTES (the protocol's), anything else (login, accounts) is small. Without it a
 * single request with a huge body, no login needed, could take the server's memory.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_BODY_BYTES } from '../protocol/protocol';
import { type Env, fail } from './http';

/** Login, logout, accounts: a few short strings. */
export const MAX_SMALL_BODY_BYTES = 64 * 1024;

function limit(maxSize: number): MiddlewareHandler<Env> {
  return bodyLimit({
    maxSize,
    onError: (c) => {
      // The rest of the body is left unread and the server drops the socket shortly after: say
      // so, or the client reuses the connection and its next request fails.
      c.header('Connection', 'close');
      return fail(c, 413, 'payload-too-large', `Request bodies here are limited to ${maxSize} bytes.`);
    },
  });
}

const push = limit(MAX_BODY_BYTES);
const small = limit(MAX_SMALL_BODY_BYTES);

/** The limit for `/api/*`, chosen by route: the push's, or the small one. */
export const apiBodyLimit: MiddlewareHandler<Env> = (c, next) =>
  (c.req.path === '/api/sync/push' ? push : small)(c, next);
