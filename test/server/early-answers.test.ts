// @vitest-environment node
/**
 * An answer given before the body is read (401, 403) must reach a client that is still sending:
 * found by the fuzz, a 480 kB push with an expired token got a connection reset, which a device
 * takes for "offline" and retries forever instead of asking its user to log in again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/protocol/protocol';
import { isErrorBody, startServer, type TestServer } from './helpers';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const bigPush = JSON.stringify({
  clientId: 'c',
  schemaVersion: SCHEMA_VERSION,
  mutations: [],
  padding: 'x'.repeat(1_500_000),
});

describe('answers before the body', () => {
  it('a large push without a valid token gets 401 unauthorized, not a reset', async () => {
    const cases: Record<string, string>[] = [{}, { authorization: 'Bearer not-a-token' }];
    for (const headers of cases) {
      const res = await fetch(`${s.baseURL}/api/sync/push`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: bigPush,
      });
      expect(res.status).toBe(401);
      expect(isErrorBody(await res.json(), 'unauthorized')).toBe(true);
    }
  });

  it('a large account body from a non-coordinator gets 403 forbidden', async () => {
    const member = await s.addUser(s.adminToken, 'unit', []);
    const res = await fetch(`${s.baseURL}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${member.token}` },
      body: JSON.stringify({ username: 'x', padding: 'y'.repeat(60_000) }),
    });
    expect(res.status).toBe(403);
    expect(isErrorBody(await res.json(), 'forbidden')).toBe(true);
  });
});
