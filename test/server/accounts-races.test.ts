// @vitest-environment node
/**
 * Accounts under concurrency: a push in flight when its account is deactivated, and two
 * coordinators demoting each other at once. Each request is held open (held-request.ts) so the
 * race is reproduced every time, not by luck.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/protocol/protocol';
import { holdRequest } from './held-request';
import { fields, isErrorBody, startServer, type TestServer, writer } from './helpers';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

describe('a push in flight when its account is deactivated', () => {
  // Found: addUnitToUser wrote active = 1, so an ex-facilitator holding a push open (creating a
  // unit) was active again and could log in.
  it('is refused with 401 unauthorized, applies nothing and never reactivates the account', async () => {
    const f = await s.addUser(s.adminToken, 'facilitator', []);
    const w = writer();
    const m = w.create('units', fields.unit('Unit Baru'));
    const held = await holdRequest(s.baseURL, 'POST', '/api/sync/push', f.token, {
      clientId: w.clientId,
      schemaVersion: SCHEMA_VERSION,
      mutations: [m],
    });
    const off = await s.request('DELETE', `/api/users/${f.id}`, { token: s.adminToken });
    expect(off.status).toBe(200);

    const r = await held.release();
    expect(r.status).toBe(401);
    expect(isErrorBody(r.body, 'unauthorized')).toBe(true);

    const list = await s.get('/api/users', s.adminToken);
    const stored = list.body.users.find((u: { id: string }) => u.id === f.id);
    expect(stored).toMatchObject({ active: false, unitIds: [] });
    const again = await s.post('/api/auth/login', { username: f.username, password: 'secret-password' });
    expect(again.status).toBe(401);
    const all = await s.pullAll(s.adminToken);
    expect(all.changes.some((c) => c.recordId === m.recordId)).toBe(false);
  });

  it('uses the account as it is at commit: a unit removed meanwhile is no longer writable', async () => {
    const unit = w0.create('units', fields.unit('Unit Lama'));
    await s.push(s.adminToken, w0.clientId, [unit]);
    const f = await s.addUser(s.adminToken, 'facilitator', [unit.recordId]);
    const w = writer();
    const m = w.create('innovations', fields.innovation(unit.recordId));
    const held = await holdRequest(s.baseURL, 'POST', '/api/sync/push', f.token, {
      clientId: w.clientId,
      schemaVersion: SCHEMA_VERSION,
      mutations: [m],
    });
    expect((await s.patch(`/api/users/${f.id}`, { unitIds: [] }, s.adminToken)).status).toBe(200);
    const r = await held.release();
    expect(r.status).toBe(200);
    expect((r.body as { results: unknown[] }).results).toEqual([
      expect.objectContaining({ id: m.id, status: 'rejected', error: 'forbidden' }),
    ]);
  });
});
const w0 = writer();
