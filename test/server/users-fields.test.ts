// @vitest-environment node
/**
 * Accounts carry the person's full name and NIP: stored, returned, validated against hostile
 * input (wrong types, huge strings, invisible or direction-changing characters, prototype keys),
 * and added to databases created before them by a versioned migration.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStorage } from '../../src/server/storage/sqlite';
import { MIGRATIONS } from '../../src/server/storage/sqlite-schema';
import { isErrorBody, startServer, type TestServer } from './helpers';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const NIP = '198501012010011001';
let n = 0;
const account = (extra: object) => ({
  username: `person-${++n}`,
  password: 'secret-password',
  role: 'facilitator',
  unitIds: [],
  ...extra,
});
const userById = async (id: string) =>
  (await s.get('/api/users', s.adminToken)).body.users.find((u: { id: string }) => u.id === id);

describe('full name and NIP', () => {
  it('stores them normalised and returns them in the list, at login and from /me', async () => {
    const body = account({ fullName: '  Siti \u200B  Aminah ', nip: '19850101 201001 1 001' });
    const r = await s.post('/api/users', body, s.adminToken);
    expect(r.status).toBe(201);
    expect(await userById(r.body.id)).toMatchObject({ fullName: 'Siti Aminah', nip: NIP });
    const login = await s.post('/api/auth/login', { username: body.username, password: body.password });
    expect(login.body.user).toMatchObject({ fullName: 'Siti Aminah', nip: NIP });
    const me = await s.get('/api/auth/me', login.body.token);
    expect(me.body.user).toMatchObject({ fullName: 'Siti Aminah', nip: NIP });
  });

  it('are optional (empty) and editable', async () => {
    const r = await s.post('/api/users', account({}), s.adminToken);
    expect(await userById(r.body.id)).toMatchObject({ fullName: '', nip: '' });
    const p = await s.patch(`/api/users/${r.body.id}`, { fullName: 'Budi Santoso', nip: NIP }, s.adminToken);
    expect(p.status).toBe(200);
    expect(p.body.user).toMatchObject({ fullName: 'Budi Santoso', nip: NIP, role: 'facilitator' });
    const cleared = await s.patch(`/api/users/${r.body.id}`, { nip: '' }, s.adminToken);
    expect(cleared.body.user).toMatchObject({ fullName: 'Budi Santoso', nip: '' });
  });

  const hostile: [string, object, RegExp][] = [
    ['a number as name', { fullName: 42 }, /^fullName/],
    ['null as name', { fullName: null }, /^fullName/],
    ['a list as name', { fullName: ['Siti'] }, /^fullName/],
    ['an object as name', { fullName: { toString: 'x' } }, /^fullName/],
    ['a huge name', { fullName: 'A'.repeat(30_000) }, /^fullName: at most/],
    ['a 121-letter name', { fullName: 'A'.repeat(121) }, /^fullName: at most/],
    ['only a zero-width space', { fullName: '\u200B' }, /^fullName: a name needs letters/],
    ['only digits', { fullName: '12345' }, /^fullName: a name needs letters/],
    ['a NUL', { fullName: 'Siti\u0000Aminah' }, /^fullName: no control/],
    ['a bidi override', { fullName: 'Siti \u202EhanimA' }, /^fullName: no control/],
    ['a lone surrogate', { fullName: 'Siti \uD800' }, /^fullName: no control/],
    ['a number as NIP', { nip: Number(NIP) }, /^nip: 18 digits/],
    ['a short NIP', { nip: '1985' }, /^nip: 18 digits/],
    ['a 19-digit NIP', { nip: `${NIP}1` }, /^nip: 18 digits/],
    ['letters in NIP', { nip: '19850101201001100X' }, /^nip: 18 digits/],
    ['Arabic-Indic digits in NIP', { nip: '١٩٨٥٠١٠١٢٠١٠٠١١٠٠١' }, /^nip: 18 digits/],
    ['a huge NIP', { nip: '1'.repeat(30_000) }, /^nip: 18 digits/],
    ['an unknown field', { isAdmin: true }, /^unknown field "isAdmin"/],
    ['a constructor key', { constructor: { name: 'x' } }, /^unknown field "constructor"/],
    ['an isPrototypeOf key', { isPrototypeOf: 'x' }, /^unknown field "isPrototypeOf"/],
  ];

  it.each(hostile)(
    'refuses %s on create with 400 and a message naming the field',
    async (_, extra, message) => {
      const body = account(extra);
      const r = await s.post('/api/users', body, s.adminToken);
      expect(r.status).toBe(400);
      expect(isErrorBody(r.body, 'bad-request')).toBe(true);
      expect(r.body.message).toMatch(message);
      const list = (await s.get('/api/users', s.adminToken)).body.users;
      expect(list.some((u: { username: string }) => u.username === body.username)).toBe(false);
    },
  );

  it('refuses the same on edit, changing nothing', async () => {
    const r = await s.post('/api/users', account({ fullName: 'Dewi Lestari', nip: NIP }), s.adminToken);
    const before = await userById(r.body.id);
    for (const [what, extra, message] of hostile) {
      const p = await s.patch(`/api/users/${r.body.id}`, { role: 'unit', ...extra }, s.adminToken);
      expect(p.status, what).toBe(400);
      expect(p.body.message, what).toMatch(message);
    }
    expect(await userById(r.body.id)).toEqual(before);
  });

  it('takes a raw __proto__ key as an unknown field, not as the prototype', async () => {
    const raw = `{"username":"proto-user","password":"secret-password","role":"unit","__proto__":{"role":"coordinator"}}`;
    const r = await s.request('POST', '/api/users', { raw, token: s.adminToken });
    expect(r.status).toBe(400);
    expect(r.body.message).toMatch(/^unknown field "__proto__"/);
    const patch = await s.request(
      'PATCH',
      `/api/users/${(await userById((await s.post('/api/users', account({}), s.adminToken)).body.id)).id}`,
      {
        raw: '{"__proto__":{"active":false}}',
        token: s.adminToken,
      },
    );
    expect(patch.status).toBe(400);
  });
});

describe('the migration', () => {
  it('adds the columns to a database created before them, keeping its accounts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'klinik-migrate-'));
    const file = join(dir, 'klinik.sqlite');
    try {
      const old = new Database(file);
      old.exec(MIGRATIONS[0] ?? '');
      old.pragma('user_version = 1');
      old
        .prepare(
          `INSERT INTO users (id, username, password_hash, role, unit_ids, active, created_at)
           VALUES ('u-old', 'lama', 'x', 'facilitator', '["unit-a"]', 1, '2025-01-01T00:00:00.000Z')`,
        )
        .run();
      old.close();

      const storage = openSqliteStorage(file, { checkpoint: 'inline' });
      try {
        expect(await storage.getUser('u-old')).toMatchObject({
          username: 'lama',
          unitIds: ['unit-a'],
          fullName: '',
          nip: '',
        });
        const updated = await storage.updateUser('u-old', { fullName: 'Pak Lama', nip: NIP });
        expect(updated).toMatchObject({ fullName: 'Pak Lama', nip: NIP });
      } finally {
        await storage.close();
      }
      const check = new Database(file, { readonly: true });
      expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      check.close();
      // Opening again runs nothing twice.
      const again = openSqliteStorage(file, { checkpoint: 'inline' });
      expect(await again.getUser('u-old')).toMatchObject({ fullName: 'Pak Lama', nip: NIP });
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
