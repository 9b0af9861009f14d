// @vitest-environment node
/**
 * Accounts under concurrency: a push in flight when its account is deactivated, and two
 * coordinators demoting each other at once. Each request is held open (raw-http.ts) so the
 * race is reproduced every time, not by luck.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/protocol/protocol';
import { fields, isErrorBody, startServer, type TestServer, writer } from './helpers';
import { holdRequest } from './raw-http';

let s: TestServer;
const w0 = writer();
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

describe('never zero active coordinators', () => {
  // Its own server: the first coordinator is deactivated, leaving exactly two.
  let t: TestServer;
  let c1: { id: string; username: string; token: string };
  let c2: { id: string; username: string; token: string };
  beforeAll(async () => {
    t = await startServer();
    c1 = await t.addUser(t.adminToken, 'coordinator', []);
    c2 = await t.addUser(t.adminToken, 'coordinator', []);
    const me = (await t.get('/api/auth/me', t.adminToken)).body.user;
    expect((await t.request('DELETE', `/api/users/${me.id}`, { token: c1.token })).status).toBe(200);
  });
  afterAll(() => t.close());

  const coordinators = async (token: string) =>
    (await t.get('/api/users', token)).body.users.filter(
      (u: { role: string; active: boolean }) => u.role === 'coordinator' && u.active,
    );

  // Found: two coordinators demoting each other at once left none.
  it('lets exactly one of two coordinators demoting each other at once succeed', async () => {
    const a = await holdRequest(t.baseURL, 'PATCH', `/api/users/${c2.id}`, c1.token, { role: 'facilitator' });
    const b = await holdRequest(t.baseURL, 'PATCH', `/api/users/${c1.id}`, c2.token, { role: 'unit' });
    const answers = await Promise.all([a.release(), b.release()]);
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    const refused = answers.find((r) => r.status === 409);
    expect(isErrorBody(refused?.body, 'last-coordinator')).toBe(true);
    const winner = answers[0]?.status === 200 ? c1 : c2;
    expect((await coordinators(winner.token)).map((u: { id: string }) => u.id)).toEqual([winner.id]);
    // Put the loser back for the next test.
    const loser = winner === c1 ? c2 : c1;
    expect((await t.patch(`/api/users/${loser.id}`, { role: 'coordinator' }, winner.token)).status).toBe(200);
  });

  it('lets exactly one of two coordinators deactivating each other at once succeed', async () => {
    const a = await holdRequest(t.baseURL, 'PATCH', `/api/users/${c2.id}`, c1.token, { active: false });
    const b = await holdRequest(t.baseURL, 'DELETE', `/api/users/${c1.id}`, c2.token, {});
    const answers = await Promise.all([a.release(), b.release()]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = answers[0]?.status === 200 ? c1 : c2;
    expect(await coordinators(winner.token)).toHaveLength(1);
    const loser = winner === c1 ? c2 : c1;
    expect((await t.patch(`/api/users/${loser.id}`, { active: true }, winner.token)).status).toBe(200);
    // Deactivation ended the loser's sessions.
    loser.token = await t.login(loser.username, 'secret-password');
  });

  // A coordinator demoted while their request was arriving no longer acts as one.
  it('refuses an account change by a coordinator demoted in the meantime with 403', async () => {
    const u = await t.addUser(c1.token, 'unit', []);
    const held = await holdRequest(t.baseURL, 'PATCH', `/api/users/${u.id}`, c2.token, {
      role: 'coordinator',
    });
    const create = await holdRequest(t.baseURL, 'POST', '/api/users', c2.token, {
      username: 'made.by.demoted',
      password: 'secret-password',
      role: 'coordinator',
      unitIds: [],
    });
    expect((await t.patch(`/api/users/${c2.id}`, { role: 'facilitator' }, c1.token)).status).toBe(200);
    for (const r of [await held.release(), await create.release()]) {
      expect(r.status).toBe(403);
      expect(isErrorBody(r.body, 'forbidden')).toBe(true);
    }
    const all = (await t.get('/api/users', c1.token)).body.users;
    expect(all.find((x: { id: string }) => x.id === u.id)).toMatchObject({ role: 'unit' });
    expect(all.some((x: { username: string }) => x.username === 'made.by.demoted')).toBe(false);
  });
});
