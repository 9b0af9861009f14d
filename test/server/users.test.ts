// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isErrorBody, startServer, type TestServer } from './helpers';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const account = (username: string, role = 'unit', unitIds: string[] = []) => ({
  username,
  password: 'secret-password',
  role,
  unitIds,
});

describe('users', () => {
  it('lets the coordinator create facilitator and unit accounts, then lists them', async () => {
    const f = await s.post('/api/users', account('fasil.itator', 'facilitator', ['unit-a']), s.adminToken);
    expect(f.status).toBe(201);
    expect(Object.keys(f.body)).toEqual(['id']);
    const u = await s.post('/api/users', account('Anggota_Unit', 'unit', ['unit-a']), s.adminToken);
    expect(u.status).toBe(201);

    const list = await s.get('/api/users', s.adminToken);
    expect(list.status).toBe(200);
    const byName = new Map(list.body.users.map((x: { username: string }) => [x.username, x]));
    expect(byName.get('fasil.itator')).toEqual({
      id: f.body.id,
      username: 'fasil.itator',
      role: 'facilitator',
      unitIds: ['unit-a'],
      active: true,
      fullName: '',
      nip: '',
    });
    expect(byName.get('anggota_unit')).toMatchObject({ id: u.body.id, role: 'unit' });
    expect(list.text).not.toMatch(/password|scrypt/i);

    const token = await s.login('anggota_unit', 'secret-password');
    const me = await s.get('/api/auth/me', token);
    expect(me.body.user).toMatchObject({ username: 'anggota_unit', role: 'unit', unitIds: ['unit-a'] });
  });

  it('updates role and units; the change applies to the next request of a logged-in user', async () => {
    const user = await s.addUser(s.adminToken, 'unit', ['unit-a']);
    const r = await s.patch(
      `/api/users/${user.id}`,
      { role: 'facilitator', unitIds: ['unit-a', 'unit-b'] },
      s.adminToken,
    );
    expect(r.status).toBe(200);
    expect(r.body.user).toMatchObject({ id: user.id, role: 'facilitator', unitIds: ['unit-a', 'unit-b'] });
    const me = await s.get('/api/auth/me', user.token);
    expect(me.body.user).toMatchObject({ role: 'facilitator', unitIds: ['unit-a', 'unit-b'] });
  });

  it('deactivates an account: its tokens stop working and it cannot log in', async () => {
    for (const how of ['delete', 'patch'] as const) {
      const user = await s.addUser(s.adminToken, 'unit', []);
      const r =
        how === 'delete'
          ? await s.request('DELETE', `/api/users/${user.id}`, { token: s.adminToken })
          : await s.patch(`/api/users/${user.id}`, { active: false }, s.adminToken);
      expect(r.status, how).toBe(200);
      expect(r.body.user.active).toBe(false);
      const me = await s.get('/api/auth/me', user.token);
      expect(me.status, how).toBe(401);
      expect(isErrorBody(me.body, 'unauthorized')).toBe(true);
      const again = await s.post('/api/auth/login', { username: user.username, password: 'secret-password' });
      expect(again.status).toBe(401);
    }
  });

  it('refuses everyone but coordinators with 403 forbidden', async () => {
    for (const role of ['facilitator', 'unit'] as const) {
      const user = await s.addUser(s.adminToken, role, ['unit-a']);
      const answers = [
        await s.get('/api/users', user.token),
        await s.post('/api/users', account(`by-${role}`), user.token),
        await s.patch(`/api/users/${user.id}`, { role: 'coordinator' }, user.token),
        await s.request('DELETE', `/api/users/${user.id}`, { token: user.token }),
      ];
      for (const r of answers) {
        expect(r.status, role).toBe(403);
        expect(isErrorBody(r.body, 'forbidden')).toBe(true);
      }
    }
    expect((await s.get('/api/users')).status).toBe(401);
  });

  it('answers bad usernames, passwords, roles and unit lists with 400 bad-request', async () => {
    const bad = [
      account('ab'),
      account('has space'),
      account('x'.repeat(41)),
      { ...account('short-password'), password: 'short' },
      { ...account('no-password'), password: undefined },
      account('bad-role', 'admin'),
      { ...account('bad-units'), unitIds: 'unit-a' },
      { ...account('bad-units2'), unitIds: [''] },
    ];
    for (const body of bad) {
      const r = await s.post('/api/users', body, s.adminToken);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(isErrorBody(r.body, 'bad-request')).toBe(true);
    }
    const notJson = await s.request('POST', '/api/users', { raw: '{', token: s.adminToken });
    expect(notJson.status).toBe(400);
    const user = await s.addUser(s.adminToken, 'unit', []);
    for (const body of [{ role: 'root' }, { unitIds: [1] }, { active: 'no' }, { password: 'short' }]) {
      const r = await s.patch(`/api/users/${user.id}`, body, s.adminToken);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(isErrorBody(r.body, 'bad-request')).toBe(true);
    }
  });

  it('refuses a taken username (any case) with 409 conflict, even when two requests race', async () => {
    expect((await s.post('/api/users', account('dupe.user'), s.adminToken)).status).toBe(201);
    const again = await s.post('/api/users', account('DUPE.user'), s.adminToken);
    expect(again.status).toBe(409);
    expect(isErrorBody(again.body, 'conflict')).toBe(true);

    const racing = await Promise.all(
      [1, 2, 3].map(() => s.post('/api/users', account('race.user'), s.adminToken)),
    );
    expect(racing.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    for (const r of racing.filter((x) => x.status === 409))
      expect(isErrorBody(r.body, 'conflict')).toBe(true);
  });

  it('answers an unknown user id with 404 and refuses to deactivate or demote oneself', async () => {
    const missing = await s.patch('/api/users/no-such-id', { active: false }, s.adminToken);
    expect(missing.status).toBe(404);
    expect(isErrorBody(missing.body, 'not-found')).toBe(true);
    const me = (await s.get('/api/auth/me', s.adminToken)).body.user;
    for (const r of [
      await s.patch(`/api/users/${me.id}`, { active: false }, s.adminToken),
      await s.patch(`/api/users/${me.id}`, { role: 'unit' }, s.adminToken),
      await s.request('DELETE', `/api/users/${me.id}`, { token: s.adminToken }),
    ]) {
      expect(r.status).toBe(400);
      expect(isErrorBody(r.body, 'bad-request')).toBe(true);
    }
  });
});
