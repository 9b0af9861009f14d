import { Hono } from 'hono';
import { type LoginResponse, publicUser } from '../../protocol/protocol';
import { verifyPassword } from '../auth/passwords';
import { createThrottle, type Throttle } from '../auth/throttle';
import { hashToken, newToken, TOKEN_TTL_MS } from '../auth/tokens';
import { clientAddress } from '../client-info';
import { type Env, fail, isObject, readJson, type ServerDeps } from '../http';
import { requireUser } from './require-user';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function authRoutes(deps: ServerDeps, throttle: Throttle = createThrottle()) {
  const app = new Hono<Env>();

  app.post('/login', async (c) => {
    const body = await readJson(c);
    if (!isObject(body) || typeof body.username !== 'string' || typeof body.password !== 'string') {
      return fail(c, 400, 'bad-request', 'Expected {username, password}.');
    }
    const username = body.username.trim().toLowerCase();
    const attempt = { username, address: clientAddress(c, deps.trustProxy ?? 0) };
    const now = deps.now().getTime();
    // Counted before the password is checked: parallel guesses can't all pass one check.
    const delay = throttle.begin(attempt, now);
    if (delay < 0)
      return fail(c, 429, 'too-many-attempts', 'Too many failed logins. Try again in 15 minutes.');
    if (delay > 0) await sleep(delay);
    const user = await deps.storage.findUserByUsername(username);
    // Verify even for unknown users' so timing doesn't reveal which usernames exist.
    const ok = await verifyPassword(body.password, user?.passwordHash ?? 'scrypt$16384$8$1$AAAA$AAAA');
    if (!user || !ok || !user.active) {
      return fail(c, 401, 'invalid-credentials', 'Wrong username or password.');
    }
    throttle.succeed(attempt);
    const token = newToken();
    const expiresAt = new Date(now + TOKEN_TTL_MS).toISOString();
    await deps.storage.saveToken({ hash: hashToken(token), userId: user.id, expiresAt, revoked: false });
    const res: LoginResponse = { token, expiresAt, user: publicUser(user) };
    return c.json(res);
  });

  app.post('/logout', requireUser(deps), async (c) => {
    await deps.storage.revokeToken(c.get('tokenHash'));
    return c.json({ ok: true });
  });

  app.get('/me', requireUser(deps), (c) => c.json({ user: publicUser(c.get('user')) }));
  return app;
}
