// @vitest-environment node
/**
 * Issue 13's rules on the real server (shared domain validation): attendees need a name and a NIP
 * of 18 digits or none; a follow-up may not fall due before its session. Hostile variants are
 * refused as `invalid` with the right code; rows stored before the rule (an old 17-digit NIP)
 * still take edits of other fields and of other rows.
 */
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStorage } from '../../src/server/storage/sqlite';
import { fields, latest, startServer, type TestServer, type Writer, writer } from './helpers';

let s: TestServer;
let conn: Database.Database | undefined;
function db(): Database.Database {
  if (!conn) throw new Error('the server has not opened its database');
  return conn;
}
let w: Writer;
let unitId: string;
beforeAll(async () => {
  s = await startServer({ openStorage: (file) => openSqliteStorage(file, { onOpen: (db) => (conn = db) }) });
  w = writer();
  const unit = w.create('units', fields.unit('Puskesmas Uji Aturan'));
  await s.push(s.adminToken, w.clientId, [unit]);
  unitId = unit.recordId;
});
afterAll(() => s.close());

const row = (over: object = {}) => ({
  id: 'a-1',
  name: 'Ibu Sari',
  nip: '198001012005011001',
  position: 'Analis',
  role: 'Peserta',
  ...over,
});
const push = async (m: ReturnType<Writer['create']>) => (await s.push(s.adminToken, w.clientId, [m]))[0];
const storedFields = async (table: string, id: string) =>
  latest((await s.pullAll(s.adminToken)).changes).get(`${table}/${id}`)?.fields;

describe('attendees on the server', () => {
  it.each([
    ['17 digits', [row({ nip: '19800101200501100' })], 'nipLength'],
    ['letters', [row({ nip: '1980010120050110AB' })], 'invalidNip'],
    ['a nameless attendee', [row({ name: '' })], 'required'],
    ['a name of a zero-width space', [row({ name: '\u200B' })], 'required'],
    ['10,000 rows', Array.from({ length: 10_000 }, (_, i) => row({ id: `a-${i}`, name: '' })), 'tooMany'],
  ])('refuses %s', async (_, attendees, code) => {
    const r = await push(w.create('mentoringSessions', { ...fields.session(unitId), attendees }));
    expect(r).toMatchObject({
      status: 'rejected',
      error: 'invalid',
      details: [{ field: 'attendees', code }],
    });
  });

  it('accepts a NIP typed with the spaces of an ID card', async () => {
    const r = await push(
      w.create('mentoringSessions', {
        ...fields.session(unitId),
        attendees: [row({ nip: '19800101 200501 1 001' })],
      }),
    );
    expect(r?.status).toBe('applied');
  });

  it('an old row with a 17-digit NIP: other fields and other rows still sync; touching the row needs a fix', async () => {
    const m = w.create('mentoringSessions', { ...fields.session(unitId), attendees: [row({ id: 'old' })] });
    expect((await push(m))?.status).toBe('applied');
    // Stored before the rule existed: written straight into the database, as an old server did.
    const old = row({ id: 'old', nip: '19800101200501100' });
    const data = JSON.parse(
      (
        db()
          .prepare('SELECT data FROM records WHERE tbl = ? AND id = ?')
          .get('mentoringSessions', m.recordId) as {
          data: string;
        }
      ).data,
    );
    db()
      .prepare('UPDATE records SET data = ? WHERE tbl = ? AND id = ?')
      .run(JSON.stringify({ ...data, attendees: [old] }), 'mentoringSessions', m.recordId);

    const place = await push(w.patch('mentoringSessions', m.recordId, { place: 'Aula' }, 0));
    expect(place?.status).toBe('applied');
    const added = await push(
      w.patch('mentoringSessions', m.recordId, { attendees: [old, row({ id: 'new', name: 'Pak Baru' })] }, 0),
    );
    expect(added?.status).toBe('applied');
    expect((await storedFields('mentoringSessions', m.recordId))?.attendees).toEqual([
      old,
      row({ id: 'new', name: 'Pak Baru' }),
    ]);
    const touched = await push(
      w.patch('mentoringSessions', m.recordId, { attendees: [{ ...old, role: 'Ketua' }] }, 0),
    );
    expect(touched).toMatchObject({
      status: 'rejected',
      details: [{ field: 'attendees', code: 'nipLength' }],
    });
  });
});

describe('a follow-up due before its session on the server', () => {
  it('is refused on create and on a due-date edit; the same day and other edits apply', async () => {
    const session = w.create('mentoringSessions', fields.session(unitId, '2026-12-04'));
    expect((await push(session))?.status).toBe('applied');
    const item = (dueDate: string) =>
      w.create('actionItems', { ...fields.actionItem(unitId), sessionId: session.recordId, dueDate });
    expect(await push(item('2026-12-03'))).toMatchObject({
      status: 'rejected',
      details: [{ field: 'dueDate', code: 'dueBeforeSession' }],
    });
    const ok = item('2026-12-04');
    expect((await push(ok))?.status).toBe('applied');
    expect(await push(w.patch('actionItems', ok.recordId, { dueDate: '2026-11-01' }, 0))).toMatchObject({
      status: 'rejected',
      details: [{ field: 'dueDate', code: 'dueBeforeSession' }],
    });
    expect((await push(w.patch('actionItems', ok.recordId, { owner: 'Siti' }, 0)))?.status).toBe('applied');
    expect((await storedFields('actionItems', ok.recordId))?.dueDate).toBe('2026-12-04');
    // A follow-up made outside a session has no session date to be before.
    const loose = w.create('actionItems', { ...fields.actionItem(unitId), dueDate: '2020-01-01' });
    expect((await push(loose))?.status).toBe('applied');
  });
});
