import type { Context, MiddlewareHandler } from 'hono';
import type { ErrorCode } from '../../protocol/protocol';
import { hashToken } from '../auth/tokens';
import { drainBody, type Env, fail, type ServerDeps } from '../http';

/** A 401/403 before the route: the unread body is drained first (http.ts says why). */
async function deny(c: Context, status: 401 | 403, error: ErrorCode, message: string) {
  await drainBody(c);
  return fail(c, status, error, message);
}

/** Bearer-token check: sets `user` for the route, or answers 401 with a code the app acts on. */
export function requireUser(deps: ServerDeps): MiddlewareHandler<Env> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m?.[1]) return deny(c, 401, 'unauthorized', 'Log in first.');
    const hash = hashToken(m[1]);
    const token = await deps.storage.getToken(hash);
    if (!token || token.revoked) return deny(c, 401, 'unauthorized', 'Log in again.');
    if (token.expiresAt <= deps.now().toISOString())
      return await deny(c, 401, 'token-expired', 'Session expired: log in again.');
    const user = await deps.storage.getUser(token.userId);
    if (!user?.active) return deny(c, 401, 'unauthorized', 'This account is not active.');
    c.set('user', user);
    c.set('tokenHash', hash);
    await next();
  };
}

export function requireCoordinator(): MiddlewareHandler<Env> {
  return async (c, next) => {
    if (c.get('user').role !== 'coordinator')
      return deny(c, 403, 'forbidden', 'Only coordinators may do this.');
    await next();
  };
}
