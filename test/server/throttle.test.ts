// @vitest-environment node
/**
 * The login throttle against the attacks found: parallel guesses, a rotated X-Forwarded-For, and
 * one address locking an account out everywhere. Real server, real SQLite file; loopback source
 * addresses (127.0.0.x) stand for distinct clients.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS_MAX_ATTEMPTS, createThrottle, MAX_ATTEMPTS } from '../../src/server/auth/throttle';
import { parseTrustProxy } from '../../src/server/client-info';
import { ADMIN, isErrorBody, startServer, type TestServer } from './helpers';
import { loginFrom } from './raw-http';

const fast = () => createThrottle({ baseDelayMs: 1, maxDelayMs: 4 });

describe('without TRUST_PROXY', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer({ throttle: fast() });
  });
  afterAll(() => s.close());

  // Found: 400 parallel guesses for one user → 0 × 429 (all passed the check while hashing).
  it('counts 400 parallel wrong guesses for one user: those past the limit get 429', async () => {
    const user = await s.addUser(s.adminToken, 'unit', []);
    const answers = await Promise.all(
      Array.from({ length: 400 }, (_, i) =>
        s.post('/api/auth/login', { username: user.username, password: `guess-${i}` }),
      ),
    );
    const count = (status: number) => answers.filter((r) => r.status === status).length;
    expect(count(401)).toBe(MAX_ATTEMPTS);
    expect(count(429)).toBe(400 - MAX_ATTEMPTS);
    expect(isErrorBody(answers.find((r) => r.status === 429)?.body, 'too-many-attempts')).toBe(true);
  }, 60_000);

  // Found: rotating X-Forwarded-For allowed unlimited password spraying.
  it('ignores X-Forwarded-For: spraying usernames with a rotated header is still refused', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < ADDRESS_MAX_ATTEMPTS + 5; i++) {
      statuses.push(
        await loginFrom(s.baseURL, '127.0.0.4', `spray-${i}`, 'Password1', {
          'x-forwarded-for': `198.51.100.${i}`,
        }),
      );
    }
    expect(statuses.slice(0, ADDRESS_MAX_ATTEMPTS).every((x) => x === 401)).toBe(true);
    expect(statuses.slice(ADDRESS_MAX_ATTEMPTS).every((x) => x === 429)).toBe(true);
  }, 60_000);

  // Found: guessing `koordinator` from one place locked it out for 15 minutes from anywhere.
  it('refuses an account from the guessing address only; its owner elsewhere still logs in', async () => {
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      expect(await loginFrom(s.baseURL, '127.0.0.5', ADMIN.username, `wrong-${i}`)).toBe(401);
    }
    expect(await loginFrom(s.baseURL, '127.0.0.5', ADMIN.username, ADMIN.password)).toBe(429);
    expect(await loginFrom(s.baseURL, '127.0.0.6', ADMIN.username, ADMIN.password)).toBe(200);
    expect(await loginFrom(s.baseURL, '127.0.0.1', ADMIN.username, ADMIN.password)).toBe(200);
  }, 60_000);
});

describe('the looser per-account limit', () => {
  let s: TestServer;
  beforeAll(async () => {
    // Scaled down: 3 per address and account, 6 per account.
    s = await startServer({
      throttle: createThrottle({ baseDelayMs: 1, maxDelayMs: 4, pairMax: 3, userMax: 6 }),
    });
  });
  afterAll(() => s.close());

  it('refuses an account everywhere once guesses from many addresses reach it', async () => {
    const user = await s.addUser(s.adminToken, 'unit', []);
    for (const from of ['127.0.0.7', '127.0.0.8']) {
      for (let i = 0; i < 3; i++)
        expect(await loginFrom(s.baseURL, from, user.username, 'wrong-pass')).toBe(401);
    }
    expect(await loginFrom(s.baseURL, '127.0.0.9', user.username, 'secret-password')).toBe(429);
    // Other accounts are not affected.
    expect(await loginFrom(s.baseURL, '127.0.0.9', ADMIN.username, ADMIN.password)).toBe(200);
  }, 60_000);
});

describe('with TRUST_PROXY=1', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer({ throttle: fast(), trustProxy: 1 });
  });
  afterAll(() => s.close());

  it('takes the last X-Forwarded-For hop (the proxy’s), not what the client wrote before it', async () => {
    const user = await s.addUser(s.adminToken, 'unit', []);
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      const forged = { 'x-forwarded-for': `10.0.0.${i}, 203.0.113.9` };
      expect(await loginFrom(s.baseURL, '127.0.0.1', user.username, 'wrong-pass', forged)).toBe(401);
    }
    const same = { 'x-forwarded-for': '10.9.9.9, 203.0.113.9' };
    expect(await loginFrom(s.baseURL, '127.0.0.1', user.username, 'secret-password', same)).toBe(429);
    // Another client behind the same proxy (same socket address) is another address.
    const other = { 'x-forwarded-for': '203.0.113.10' };
    expect(await loginFrom(s.baseURL, '127.0.0.1', user.username, 'secret-password', other)).toBe(200);
  }, 60_000);
});

describe('TRUST_PROXY values', () => {
  it('accepts unset, 0 and 1-10; refuses anything else with one clear sentence', () => {
    expect(parseTrustProxy(undefined)).toBe(0);
    expect(parseTrustProxy('')).toBe(0);
    expect(parseTrustProxy('0')).toBe(0);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy(' 2 ')).toBe(2);
    for (const bad of ['true', 'yes', '-1', '11', '1.5', 'loopback', '0x1']) {
      expect(() => parseTrustProxy(bad), bad).toThrow(/^TRUST_PROXY must be the number of reverse proxies/);
    }
  });
});
