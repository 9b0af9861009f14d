// @vitest-environment node
/**
 * Hostile input against the real server and a real SQLite file: each finding's payload gives a
 * 400 or a rejected mutation with the right code, never a 5xx, and the store is unchanged.
 * Findings: a 1 MB attendee id, a 1.5 MB name and extra nested keys inside rows were stored;
 * 20,000 levels of nesting gave 500; NUL, lone surrogates and bidi overrides were stored as sent;
 * a name of only a zero-width space was accepted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TableName } from '../../src/domain/tables';
import { SCHEMA_VERSION } from '../../src/protocol/protocol';
import { fields, isErrorBody, latest, type Writer, writer } from './helpers';
import { admin, create, endCursor, s } from './sync-setup';

let w: Writer;
let unitId: string;
let innovationId: string;
let stageId: string;
beforeAll(async () => {
  w = writer();
  unitId = (await create(admin, w, 'units', fields.unit('Unit Uji Masukan'))).id;
  innovationId = (await create(admin, w, 'innovations', fields.innovation(unitId))).id;
  stageId = (await create(admin, w, 'stageProgress', fields.stageProgress(innovationId))).id;
});

const attendee = (over: object = {}) => ({
  id: 'a-1',
  name: 'Ibu Sari',
  nip: '19850101 201001 1 001',
  position: 'Analis',
  role: 'Peserta',
  ...over,
});

/** Pushes one mutation (200 expected) and checks it was refused as `invalid` with `details`. */
async function expectRejected(m: ReturnType<Writer['create']>, details: { field: string; code: string }[]) {
  const cursor = await endCursor(admin);
  const [r] = await s.push(admin, w.clientId, [m]);
  expect(r).toEqual({ id: m.id, status: 'rejected', version: 0, error: 'invalid', details });
  expect((await s.pull(admin, cursor)).body.changes).toEqual([]);
}

describe('rows inside records', () => {
  it('refuses a 1 MB attendee id', async () => {
    const f = { ...fields.session(unitId), attendees: [attendee({ id: 'x'.repeat(1_000_000) })] };
    await expectRejected(w.create('mentoringSessions', f), [{ field: 'attendees', code: 'invalidList' }]);
  });

  it('refuses a 1.5 MB attendee name, and a 1.5 MB team member name', async () => {
    const name = 'n'.repeat(1_500_000);
    const f = { ...fields.session(unitId), attendees: [attendee({ name })] };
    await expectRejected(w.create('mentoringSessions', f), [{ field: 'attendees', code: 'tooLong' }]);
    await expectRejected(w.patch('innovations', innovationId, { team: [{ id: 't', name, role: '' }] }, 0), [
      { field: 'team', code: 'tooLong' },
    ]);
  });

  it('refuses extra nested keys in attendee, team and checklist rows', async () => {
    const extra = { extra: { nested: { deeper: 'x'.repeat(10_000) } } };
    const f = { ...fields.session(unitId), attendees: [attendee(extra)] };
    await expectRejected(w.create('mentoringSessions', f), [{ field: 'attendees', code: 'invalidList' }]);
    await expectRejected(
      w.patch('innovations', innovationId, { team: [{ id: 't', name: 'Ani', role: '', ...extra }] }, 0),
      [{ field: 'team', code: 'invalidList' }],
    );
    const item = { id: 'c', label: 'Kick-off', done: false, doneDate: '', ...extra };
    await expectRejected(w.patch('stageProgress', stageId, { checklist: [item] }, 0), [
      { field: 'checklist', code: 'invalidList' },
    ]);
  });

  it('refuses too many rows and a NIP padded with spaces', async () => {
    const many = Array.from({ length: 501 }, (_, i) => attendee({ id: `a-${i}` }));
    await expectRejected(w.create('mentoringSessions', { ...fields.session(unitId), attendees: many }), [
      { field: 'attendees', code: 'tooMany' },
    ]);
    const padded = { ...fields.session(unitId), attendees: [attendee({ nip: `1${' '.repeat(500_000)}` })] };
    await expectRejected(w.create('mentoringSessions', padded), [{ field: 'attendees', code: 'invalidNip' }]);
  });

  it('still stores well-formed rows', async () => {
    const m = w.create('mentoringSessions', { ...fields.session(unitId), attendees: [attendee()] });
    const [r] = await s.push(admin, w.clientId, [m]);
    expect(r?.status).toBe('applied');
  });
});

describe('nesting', () => {
  const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
  const pushBody = (value: string) =>
    `{"clientId":"${w.clientId}","schemaVersion":${SCHEMA_VERSION},"mutations":[{"id":"m-deep","table":"units","recordId":"${unitId}","op":"patch","fields":{"parentAgency":${value}},"baseVersion":0,"hlc":"${w.hlc()}"}]}`;

  it('answers 20,000 levels in a push with 400 bad-request, and a million levels too', async () => {
    const cursor = await endCursor(admin);
    for (const levels of [20_000, 1_000_000]) {
      const r = await s.request('POST', '/api/sync/push', { raw: pushBody(deep(levels)), token: admin });
      expect(r.status, `${levels} levels`).toBe(400);
      expect(isErrorBody(r.body, 'bad-request')).toBe(true);
    }
    const r = await s.request('POST', '/api/sync/push', { raw: `{"a":${deep(20_000)}}`, token: admin });
    expect(r.status).toBe(400);
    expect((await s.pull(admin, cursor)).body.changes).toEqual([]);
  });

  it('answers deep nesting on login and account routes with 400, not 500', async () => {
    const nested = `{"username":"koordinator","password":${deep(20_000)}}`;
    const login = await s.request('POST', '/api/auth/login', { raw: nested });
    expect(login.status).toBe(400);
    expect(isErrorBody(login.body, 'bad-request')).toBe(true);
    const user = await s.request('POST', '/api/users', { raw: `{"unitIds":${deep(20_000)}}`, token: admin });
    expect(user.status).toBe(400);
    expect(isErrorBody(user.body, 'bad-request')).toBe(true);
  });

  it('accepts a nesting as deep as real records, and keeps serving after the deep ones', async () => {
    const m = w.patch('units', unitId, { contactPerson: 'Pak Budi' }, 0);
    const [r] = await s.push(admin, w.clientId, [m]);
    expect(r?.status).toBe('applied');
  });
});

describe('text normalised', () => {
  const stored = async (table: TableName, id: string) =>
    latest((await s.pullAll(admin)).changes).get(`${table}/${id}`)?.fields ?? {};

  it('strips NUL and bidi overrides, replaces lone surrogates, composes NFC, in fields and inside rows', async () => {
    const unit = w.create('units', {
      ...fields.unit('Dinas\u0000 Kes\u202Eehatan\u2066'),
      parentAgency: 'Pemkot\uD800 Bandung',
      contactPerson: 'Jose\u0301 \r\nSantos',
    });
    const [r] = await s.push(admin, w.clientId, [unit]);
    expect(r?.status).toBe('applied');
    expect(await stored('units', unit.recordId)).toMatchObject({
      name: 'Dinas Kesehatan',
      parentAgency: 'Pemkot\uFFFD Bandung',
      contactPerson: 'Jos\u00E9 \nSantos',
    });
    const session = w.create('mentoringSessions', {
      ...fields.session(unitId),
      findings: 'a\u0000b\u202Dc',
      attendees: [attendee({ name: 'Ibu\u0000 \u202ESari\uDC00' })],
    });
    const [r2] = await s.push(admin, w.clientId, [session]);
    expect(r2?.status).toBe('applied');
    const f = await stored('mentoringSessions', session.recordId);
    expect(f.findings).toBe('abc');
    expect((f.attendees as { name: string }[])[0]?.name).toBe('Ibu Sari\uFFFD');
  });

  it('refuses a name of only a zero-width space (or other invisible characters) as required', async () => {
    for (const name of ['\u200B', '\uFEFF', '\u200C\u200D', ' \u200B\t', '\u0000\u202E']) {
      await expectRejected(w.create('units', fields.unit(name)), [{ field: 'name', code: 'required' }]);
      await expectRejected(w.patch('innovations', innovationId, { name }, 0), [
        { field: 'name', code: 'required' },
      ]);
    }
    expect((await stored('innovations', innovationId)).name).toBe('Layanan Cepat');
  });
});
