// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADDRESS_MAX_ATTEMPTS,
  createThrottle,
  MAX_ATTEMPTS,
  type Throttle,
} from '../../src/server/auth/throttle';
import { TOKEN_TTL_MS } from '../../src/server/auth/tokens';
import { MAX_SMALL_BODY_BYTES } from '../../src/server/body-limits';
import { ADMIN, isErrorBody, startServer, type TestServer, testClock } from './helpers';
import { loginFrom } from './raw-http';

const clock = testClock();
let s: TestServer;
beforeAll(async () => {
  s = await startServer({ now: clock.now });
});
afterAll(() => s.close());

describe('health and unknown routes', () => {
  it('answers health without a token', async () => {
    const r = await s.get('/api/health');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ ok: true, storage: 'ok' });
  });

  it('answers an unknown API route with 404 not-found', async () => {
    const r = await s.get('/api/nope', s.adminToken);
    expect(r.status).toBe(404);
    expect(isErrorBody(r.body, 'not-found')).toBe(true);
  });
});

describe('body limits', () => {
  // Found: a 300 MB login body, no login needed, took the server from 107 MB to 2.2 GB.
  it('answers a login or account body over the small-body limit with 413 before reading it', async () => {
    const big = JSON.stringify({ username: 'koordinator', password: 'x'.repeat(MAX_SMALL_BODY_BYTES) });
    for (const [path, token] of [
      ['/api/auth/login', undefined],
      ['/api/users', s.adminToken],
    ] as const) {
      const r = await s.request('POST', path, { raw: big, token });
      expect(r.status).toBe(413);
      expect(isErrorBody(r.body, 'payload-too-large')).toBe(true);
      expect(r.headers.get('connection')).toBe('close');
    }
    // An ordinary login still works after them.
    const ok = await s.post('/api/auth/login', { username: 'koordinator', password: ADMIN.password });
    expect(ok.status).toBe(200);
  });
});

describe('login', () => {
  it('returns a token, its expiry and the public user', async () => {
    const r = await s.post('/api/auth/login', { username: ' Koordinator ', password: ADMIN.password });
    expect(r.status).toBe(200);
    expect(typeof r.body.token).toBe('string');
    expect(Date.parse(r.body.expiresAt)).toBeGreaterThan(Date.now());
    expect(r.body.user).toEqual({
      id: expect.any(String),
      username: 'koordinator',
      role: 'coordinator',
      unitIds: [],
      active: true,
      fullName: '',
      nip: '',
    });
    const me = await s.get('/api/auth/me', r.body.token);
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe('koordinator');
  });

  it('refuses a wrong password, an unknown user and an inactive user alike', async () => {
    const wrong = await s.post('/api/auth/login', { username: ADMIN.username, password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(isErrorBody(wrong.body, 'invalid-credentials')).toBe(true);

    const unknown = await s.post('/api/auth/login', { username: 'nobody-here', password: 'whatever-1' });
    expect(unknown.status).toBe(401);
    expect(isErrorBody(unknown.body, 'invalid-credentials')).toBe(true);

    const user = await s.addUser(s.adminToken, 'unit', []);
    expect((await s.request('DELETE', `/api/users/${user.id}`, { token: s.adminToken })).status).toBe(200);
    const inactive = await s.post('/api/auth/login', {
      username: user.username,
      password: 'secret-password',
    });
    expect(inactive.status).toBe(401);
    expect(isErrorBody(inactive.body, 'invalid-credentials')).toBe(true);
  });

  it('answers a malformed body with 400 bad-request', async () => {
    for (const raw of ['not json', '[]', '{"username":"koordinator"}', '{"username":1,"password":"x"}']) {
      const r = await s.request('POST', '/api/auth/login', { raw });
      expect(r.status, raw).toBe(400);
      expect(isErrorBody(r.body, 'bad-request')).toBe(true);
    }
  });
});

describe('login throttle', () => {
  // A fast throttle of its own, so the rest of the suite is not slowed or locked out.
  // It records the waits it hands out, since answer times are noisy (password hashing).
  let t: TestServer;
  const waits: number[] = [];
  beforeAll(async () => {
    const inner = createThrottle({ baseDelayMs: 20, maxDelayMs: 160 });
    const throttle: Throttle = {
      ...inner,
      begin(attempt, now) {
        const wait = inner.begin(attempt, now);
        waits.push(wait);
        return wait;
      },
    };
    t = await startServer({ throttle });
  });
  afterAll(() => t.close());

  it('slows repeated failures down, then refuses with 429 too-many-attempts', async () => {
    const other = await t.addUser(t.adminToken, 'unit', []);
    const attempt = async (password: string) => {
      const started = performance.now();
      const r = await t.request('POST', '/api/auth/login', {
        body: { username: ADMIN.username, password },
      });
      return { status: r.status, body: r.body, ms: performance.now() - started };
    };
    const times: number[] = [];
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      const a = await attempt('wrong-password');
      expect(a.status).toBe(401);
      times.push(a.ms);
    }
    // Free attempts answer at once; from the 4th on the wait doubles up to the cap, and the
    // answer really comes no sooner.
    const expected = [0, 0, 0, 20, 40, 80, 160, 160, 160, 160];
    expect(waits.slice(-MAX_ATTEMPTS)).toEqual(expected);
    expected.forEach((wait, i) => {
      expect(times[i], `attempt ${i + 1}`).toBeGreaterThanOrEqual(wait - 5);
    });

    // Past the limit even the right password is refused, without waiting.
    const refused = await attempt(ADMIN.password);
    expect(refused.status).toBe(429);
    expect(isErrorBody(refused.body, 'too-many-attempts')).toBe(true);
    expect(waits.at(-1)).toBe(-1);

    // Another user from the same address is not affected, nor this one from another address.
    expect(await t.login(other.username, 'secret-password')).toBeTruthy();
    expect(await loginFrom(t.baseURL, '127.0.0.2', ADMIN.username, ADMIN.password)).toBe(200);
  });

  it('counts failures per client address, not for all direct clients together', async () => {
    const user = await t.addUser(t.adminToken, 'unit', []);
    for (let i = 0; i < ADDRESS_MAX_ATTEMPTS; i++) {
      expect(await loginFrom(t.baseURL, '127.0.0.3', `nobody-${i}`, 'wrong-password')).toBe(401);
    }
    expect(await loginFrom(t.baseURL, '127.0.0.3', user.username, 'secret-password')).toBe(429);
    expect(await loginFrom(t.baseURL, '127.0.0.2', user.username, 'secret-password')).toBe(200);
  }, 60_000);
});

describe('tokens', () => {
  it('requires a bearer token', async () => {
    for (const authorization of [undefined, 'Bearer', 'Bearer not-a-token', `Basic ${s.adminToken}`]) {
      const r = await s.request('GET', '/api/auth/me', { headers: authorization ? { authorization } : {} });
      expect(r.status, authorization).toBe(401);
      expect(isErrorBody(r.body, 'unauthorized')).toBe(true);
    }
    const pull = await s.get('/api/sync/pull');
    expect(pull.status).toBe(401);
    expect(isErrorBody(pull.body, 'unauthorized')).toBe(true);
  });

  it('stops accepting a token after logout', async () => {
    const token = await s.login(ADMIN.username, ADMIN.password);
    expect((await s.get('/api/auth/me', token)).status).toBe(200);
    const out = await s.request('POST', '/api/auth/logout', { token });
    expect(out.status).toBe(200);
    const after = await s.get('/api/auth/me', token);
    expect(after.status).toBe(401);
    expect(isErrorBody(after.body, 'unauthorized')).toBe(true);
    // Other sessions of the same account keep working.
    expect((await s.get('/api/auth/me', s.adminToken)).status).toBe(200);
  });

  it('answers an expired token with 401 token-expired', async () => {
    const token = await s.login(ADMIN.username, ADMIN.password);
    try {
      clock.advance(TOKEN_TTL_MS - 60_000);
      expect((await s.get('/api/auth/me', token)).status).toBe(200);
      clock.advance(120_000);
      const r = await s.get('/api/auth/me', token);
      expect(r.status).toBe(401);
      expect(isErrorBody(r.body, 'token-expired')).toBe(true);
    } finally {
      clock.reset();
    }
  });
});
