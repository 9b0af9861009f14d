// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { TableName } from '../../src/domain/tables';
import { MAX_BODY_BYTES, MAX_PUSH_MUTATIONS, SCHEMA_VERSION } from '../../src/protocol/protocol';
import { fields, isErrorBody, latest, writer } from './helpers';
import { admin, endCursor, s } from './sync-setup';

describe('rejected mutations', () => {
  it('rejects invalid values with details, and still applies the rest of the push', async () => {
    const w = writer();
    const unit = w.create('units', fields.unit('Unit Validasi'));
    const badInno = w.create('innovations', {
      ...fields.innovation(unit.recordId),
      tahapan: 'bogus',
      trialDate: '2025-02-30',
    });
    const item = w.create('actionItems', fields.actionItem(unit.recordId));
    const results = await s.push(admin, w.clientId, [
      unit,
      badInno,
      w.patch('units', unit.recordId, { contactPhone: 'call me' }, 0),
      w.patch('units', unit.recordId, { secret: 1 }, 0),
      w.create('targets', { ...fields.target(1999) }),
      item,
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'applied',
      'rejected',
      'rejected',
      'rejected',
      'rejected',
      'applied',
    ]);
    expect(results[1]).toEqual({
      id: badInno.id,
      status: 'rejected',
      version: 0,
      error: 'invalid',
      details: expect.arrayContaining([
        { field: 'tahapan', code: 'invalidChoice' },
        { field: 'trialDate', code: 'invalidDate' },
      ]),
    });
    expect(results[2]).toMatchObject({
      error: 'invalid',
      details: [{ field: 'contactPhone', code: 'invalidNumber' }],
    });
    expect(results[3]).toMatchObject({
      error: 'invalid',
      details: [{ field: 'secret', code: 'invalidChoice' }],
    });
    expect(results[4]).toMatchObject({ error: 'invalid', details: [{ field: 'year', code: 'invalidYear' }] });
    const state = latest((await s.pullAll(admin)).changes);
    expect(state.has(`units/${unit.recordId}`)).toBe(true);
    expect(state.has(`actionItems/${item.recordId}`)).toBe(true);
    expect(state.has(`innovations/${badInno.recordId}`)).toBe(false);
    expect(state.get(`units/${unit.recordId}`)?.fields.contactPhone).toBe('');
  });

  it('refuses field names that are not own schema fields (__proto__, hasOwnProperty, …) per mutation, never 500', async () => {
    // Found: __proto__, hasOwnProperty and valueOf gave 500 for the whole batch; isPrototypeOf was
    // stored. JSON.parse makes each an own property, as a hostile client's body would.
    const w = writer();
    const unit = w.create('units', fields.unit('Unit Prototipe'));
    const names = ['__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'toString', 'constructor'];
    const hostile = names.map((name) =>
      w.patch('units', unit.recordId, JSON.parse(`{${JSON.stringify(name)}: "x"}`), 0),
    );
    const fine = w.patch('units', unit.recordId, { contactPerson: 'Ibu Sari' }, 0);
    const results = await s.push(admin, w.clientId, [unit, ...hostile, fine]);
    expect(results.map((r) => r.status)).toEqual(['applied', ...names.map(() => 'rejected'), 'applied']);
    for (const [i, name] of names.entries()) {
      expect(results[i + 1]).toMatchObject({
        error: 'invalid',
        details: [{ field: name, code: 'invalidChoice' }],
      });
    }
    const stored = latest((await s.pullAll(admin)).changes).get(`units/${unit.recordId}`);
    expect(stored?.fields.contactPerson).toBe('Ibu Sari');
    for (const name of names) expect(Object.hasOwn(stored?.fields ?? {}, name)).toBe(false);
  });

  it('rejects an unknown table, a create with missing fields, a bad stamp and writes to unknown records', async () => {
    const w = writer();
    const unknownTable = { ...w.create('units', fields.unit()), table: 'secrets' as TableName };
    const missing = w.create('units', { name: 'Setengah' });
    const badStamp = { ...w.create('units', fields.unit()), hlc: 'yesterday' };
    const results = await s.push(admin, w.clientId, [
      unknownTable,
      missing,
      badStamp,
      w.patch('units', 'no-such-unit', { name: 'X' }, 1),
      w.remove('innovations', 'no-such-innovation', 1),
      w.create('stageProgress', fields.stageProgress('no-such-innovation')),
    ]);
    expect(results.map((r) => r.error)).toEqual([
      'unknown-table',
      'invalid',
      'invalid',
      'not-found',
      'not-found',
      'not-found',
    ]);
    expect(results[1]?.details).toEqual(
      expect.arrayContaining([
        { field: 'kind', code: 'required' },
        { field: 'group', code: 'required' },
      ]),
    );
    expect(results[2]?.details).toEqual([{ field: 'hlc', code: 'invalidChoice' }]);
    expect(results.every((r) => r.status === 'rejected' && r.version === 0)).toBe(true);
  });
});

describe('malformed pushes', () => {
  const w = writer();
  const good = () => w.create('units', fields.unit('Tidak boleh tersimpan'));
  const body = (mutations: unknown[], extra: object = {}) =>
    JSON.stringify({ clientId: w.clientId, schemaVersion: SCHEMA_VERSION, mutations, ...extra });

  it('answers 400 bad-request and stores nothing', async () => {
    const cursor = await endCursor(admin);
    const m = good();
    const bodies = [
      'not json',
      '[]',
      body([], { clientId: '' }),
      body([], { schemaVersion: '1' }),
      JSON.stringify({ clientId: w.clientId, schemaVersion: SCHEMA_VERSION, mutations: { 0: m } }),
      body([good(), 'x']),
      body([good(), { ...good(), op: 'upsert' }]),
      body([good(), { ...good(), baseVersion: -1 }]),
      body([good(), { ...good(), baseVersion: 1.5 }]),
      body([good(), { ...good(), fields: [] }]),
      body([good(), { ...good(), recordId: '' }]),
      body([m, { ...good(), id: m.id }]),
      body(Array.from({ length: MAX_PUSH_MUTATIONS + 1 }, good)),
    ];
    for (const raw of bodies) {
      const r = await s.request('POST', '/api/sync/push', { raw, token: admin });
      expect(r.status, raw.slice(0, 120)).toBe(400);
      expect(isErrorBody(r.body, 'bad-request')).toBe(true);
    }
    expect((await s.pull(admin, cursor)).body.changes).toEqual([]);
  });

  it('answers a body over 2 MiB with 413 payload-too-large', async () => {
    const cursor = await endCursor(admin);
    const big = { ...good(), fields: { ...fields.unit(), parentAgency: 'x'.repeat(MAX_BODY_BYTES) } };
    const r = await s.request('POST', '/api/sync/push', { raw: body([big]), token: admin });
    expect(r.status).toBe(413);
    expect(isErrorBody(r.body, 'payload-too-large')).toBe(true);
    // The unread rest of the body ends the connection: the answer says so, so it is not reused.
    expect(r.headers.get('connection')).toBe('close');
    expect((await s.pull(admin, cursor)).body.changes).toEqual([]);
  });

  it('answers another schema version with 409 unsupported-schema', async () => {
    const cursor = await endCursor(admin);
    const r = await s.request('POST', '/api/sync/push', {
      raw: body([good()], { schemaVersion: SCHEMA_VERSION + 1 }),
      token: admin,
    });
    expect(r.status).toBe(409);
    expect(isErrorBody(r.body, 'unsupported-schema')).toBe(true);
    expect((await s.pull(admin, cursor)).body.changes).toEqual([]);
  });

  it('requires a token', async () => {
    const r = await s.request('POST', '/api/sync/push', { raw: body([good()]) });
    expect(r.status).toBe(401);
    expect(isErrorBody(r.body, 'unauthorized')).toBe(true);
  });
});
