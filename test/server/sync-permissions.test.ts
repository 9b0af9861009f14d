// @vitest-environment node
/**
 * The permission matrix as the server enforces it on every mutation (issue 12): each finding of
 * the trust review, replayed against the real server and SQLite file. Every refusal must leave
 * the store as it was, so each test compares a coordinator's full pull before and after.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Mutation, MutationResult } from '../../src/protocol/protocol';
import { fields, latest, writer } from './helpers';
import { admin, create, s } from './sync-setup';

/** Pushes as `token` and checks that nothing the coordinator sees changed. */
async function refusedWithoutTrace(token: string, clientId: string, mutations: Mutation[]) {
  const before = JSON.stringify((await s.pullAll(admin)).changes);
  const results = await s.push(token, clientId, mutations);
  expect(JSON.stringify((await s.pullAll(admin)).changes)).toBe(before);
  return results;
}

const why = (r: MutationResult | undefined) => [r?.status, r?.error, r?.reason ?? r?.details?.[0]?.code];

describe('the permission matrix on the server', () => {
  let unitA: { id: string; version: number };
  let unitB: { id: string; version: number };
  let innoA: { id: string; version: number };
  let sessionA: { id: string; version: number };
  let itemA: { id: string; version: number };
  let sessionB: { id: string; version: number };
  let member: string;
  let facilitator: string;
  beforeAll(async () => {
    const w = writer();
    unitA = await create(admin, w, 'units', fields.unit('Puskesmas A'));
    unitB = await create(admin, w, 'units', fields.unit('Kelurahan B'));
    innoA = await create(admin, w, 'innovations', fields.innovation(unitA.id, 'Inovasi A'));
    sessionA = await create(admin, w, 'mentoringSessions', fields.session(unitA.id));
    sessionB = await create(admin, w, 'mentoringSessions', fields.session(unitB.id));
    itemA = await create(admin, w, 'actionItems', {
      ...fields.actionItem(unitA.id),
      sessionId: sessionA.id,
    });
    member = (await s.addUser(admin, 'unit', [unitA.id])).token;
    facilitator = (await s.addUser(admin, 'facilitator', [unitA.id])).token;
  });

  it('a patch setting deleted: true is a delete, refused to a unit team like op: delete', async () => {
    const mw = writer();
    const results = await refusedWithoutTrace(member, mw.clientId, [
      mw.patch('units', unitA.id, { deleted: true }, unitA.version),
      mw.remove('units', unitA.id, unitA.version),
      mw.patch('innovations', innoA.id, { deleted: true }, innoA.version),
      mw.patch('mentoringSessions', sessionA.id, { deleted: true }, sessionA.version),
    ]);
    for (const r of results) expect(why(r)).toEqual(['rejected', 'forbidden', 'role']);
  });

  it("a session's minutes are read-only to the unit team; the facilitator edits them", async () => {
    const mw = writer();
    const [edit] = await refusedWithoutTrace(member, mw.clientId, [
      mw.patch('mentoringSessions', sessionA.id, { findings: 'Diubah tim unit' }, sessionA.version),
    ]);
    expect(why(edit)).toEqual(['rejected', 'forbidden', 'role']);
    const fw = writer();
    const [ok] = await s.push(facilitator, fw.clientId, [
      fw.patch('mentoringSessions', sessionA.id, { findings: 'Temuan fasilitator' }, sessionA.version),
    ]);
    expect(ok?.status).toBe('applied');
  });

  it('a unit team marks its follow-up done with a note, and may not rewrite what was asked', async () => {
    const mw = writer();
    const [done] = await s.push(member, mw.clientId, [
      mw.patch('actionItems', itemA.id, { status: 'done', doneDate: '2025-03-05' }, itemA.version),
    ]);
    expect(done?.status).toBe('applied');
    const [text] = await refusedWithoutTrace(member, mw.clientId, [
      mw.patch('actionItems', itemA.id, { text: 'Tugas lain' }, done?.version ?? 0),
    ]);
    expect(text).toMatchObject({ status: 'rejected', error: 'forbidden', reason: 'field' });
    expect(text?.details).toEqual([{ field: 'text', code: 'forbiddenField' }]);
  });

  it('a unit team is refused units, targets and new sessions with the role as the reason', async () => {
    const mw = writer();
    const results = await refusedWithoutTrace(member, mw.clientId, [
      mw.create('units', fields.unit('Unit Baru')),
      mw.patch('units', unitA.id, { name: 'Nama baru' }, unitA.version),
      mw.create('targets', fields.target(2050)),
      mw.create('mentoringSessions', fields.session(unitA.id)),
    ]);
    for (const r of results) expect(why(r)).toEqual(['rejected', 'forbidden', 'role']);
  });

  it('a facilitator may not set targets (role) nor write outside their units (scope)', async () => {
    const fw = writer();
    const [target, outside] = await refusedWithoutTrace(facilitator, fw.clientId, [
      fw.create('targets', fields.target(2051)),
      fw.patch('mentoringSessions', sessionB.id, { findings: 'x' }, sessionB.version),
    ]);
    expect(why(target)).toEqual(['rejected', 'forbidden', 'role']);
    expect(why(outside)).toEqual(['rejected', 'forbidden', 'scope']);
  });

  it('restoring a deleted record needs the restore right', async () => {
    const fw = writer();
    const inno = await create(facilitator, fw, 'innovations', fields.innovation(unitA.id, 'Akan dihapus'));
    const [del] = await s.push(facilitator, fw.clientId, [fw.remove('innovations', inno.id, inno.version)]);
    expect(del?.status).toBe('applied');
    const mw = writer();
    const [restore] = await refusedWithoutTrace(member, mw.clientId, [
      mw.patch('innovations', inno.id, { deleted: false }, del?.version ?? 0),
    ]);
    expect(why(restore)).toEqual(['rejected', 'forbidden', 'role']);
    const [back] = await s.push(facilitator, fw.clientId, [
      fw.patch('innovations', inno.id, { deleted: false }, del?.version ?? 0),
    ]);
    expect(back?.status).toBe('applied');
    expect(latest((await s.pullAll(admin)).changes).get(`innovations/${inno.id}`)?.deleted).toBe(false);
  });
});

describe('references', () => {
  it('a record must point to a unit that exists (found: a session for `no-such-unit`)', async () => {
    const w = writer();
    const results = await refusedWithoutTrace(admin, w.clientId, [
      w.create('mentoringSessions', fields.session('no-such-unit')),
      w.create('innovations', fields.innovation('no-such-unit')),
      w.create('actionItems', fields.actionItem('no-such-unit')),
      w.create('stageProgress', fields.stageProgress('no-such-innovation')),
    ]);
    expect(results.map((r) => r.error)).toEqual(['invalid', 'invalid', 'invalid', 'not-found']);
    for (const r of results.slice(0, 3))
      expect(r.details).toEqual([{ field: 'unitId', code: 'unknownReference' }]);
  });

  it("links to a session or an innovation the writer can't see are refused", async () => {
    const w = writer();
    const unitA = await create(admin, w, 'units', fields.unit('Unit Sendiri'));
    const unitB = await create(admin, w, 'units', fields.unit('Unit Lain'));
    const innoB = await create(admin, w, 'innovations', fields.innovation(unitB.id, 'Inovasi Lain'));
    const sessionB = await create(admin, w, 'mentoringSessions', fields.session(unitB.id));
    const fac = await s.addUser(admin, 'facilitator', [unitA.id]);
    const fw = writer();
    const results = await refusedWithoutTrace(fac.token, fw.clientId, [
      fw.create('actionItems', { ...fields.actionItem(unitA.id), sessionId: sessionB.id }),
      fw.create('actionItems', { ...fields.actionItem(unitA.id), innovationId: innoB.id }),
      fw.create('mentoringSessions', { ...fields.session(unitA.id), innovationIds: [innoB.id] }),
      fw.create('actionItems', { ...fields.actionItem(unitA.id), sessionId: 'made-up-session' }),
    ]);
    expect(results.map((r) => r.details?.[0])).toEqual([
      { field: 'sessionId', code: 'unknownReference' },
      { field: 'innovationId', code: 'unknownReference' },
      { field: 'innovationIds', code: 'unknownReference' },
      { field: 'sessionId', code: 'unknownReference' },
    ]);
  });
});

describe('the stored scope follows the winning value', () => {
  it('two devices move one innovation at once: the later stamp wins, and so does its scope', async () => {
    const w = writer();
    const [a, b, c] = [
      await create(admin, w, 'units', fields.unit('Unit A')),
      await create(admin, w, 'units', fields.unit('Unit B')),
      await create(admin, w, 'units', fields.unit('Unit C')),
    ];
    if (!a || !b || !c) throw new Error('units');
    const inno = await create(admin, w, 'innovations', fields.innovation(a.id, 'Berpindah'));
    const t0 = Date.now();
    const later = writer('device-later', () => t0 + 5000);
    const earlier = writer('device-earlier', () => t0);
    // The later stamp arrives first; the earlier move loses (a conflict) while the name it
    // carried wins, so the record changes and the stored scope must stay with the winner.
    await s.push(admin, later.clientId, [
      later.patch('innovations', inno.id, { unitId: b.id }, inno.version),
    ]);
    const [lost] = await s.push(admin, earlier.clientId, [
      earlier.patch('innovations', inno.id, { unitId: c.id, name: 'Nama baru' }, inno.version),
    ]);
    expect(lost?.status).toBe('conflict');

    const memberB = await s.addUser(admin, 'unit', [b.id]);
    const memberC = await s.addUser(admin, 'unit', [c.id]);
    const seenByB = latest((await s.pullAll(memberB.token)).changes).get(`innovations/${inno.id}`);
    expect(seenByB?.fields.unitId).toBe(b.id);
    const seenByC = latest((await s.pullAll(memberC.token)).changes);
    expect(seenByC.has(`innovations/${inno.id}`)).toBe(false);
  });
});

describe('bookkeeping is the server’s', () => {
  it('keeps a client createdAt only when it is a real past instant (found: markup stored)', async () => {
    const w = writer();
    const unit = await create(admin, w, 'units', fields.unit('Unit Waktu'));
    const hostile = await create(admin, w, 'innovations', {
      ...fields.innovation(unit.id, 'Waktu aneh'),
      createdAt: '1<img src=x onerror=alert(1)>',
    });
    const honest = await create(admin, w, 'innovations', {
      ...fields.innovation(unit.id, 'Waktu jujur'),
      createdAt: '2025-01-02T03:04:05.000Z',
    });
    const state = latest((await s.pullAll(admin)).changes);
    const stored = state.get(`innovations/${hostile.id}`)?.fields.createdAt;
    expect(String(stored)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(state.get(`innovations/${honest.id}`)?.fields.createdAt).toBe('2025-01-02T03:04:05.000Z');
  });

  it('refuses `deleted` inside a create', async () => {
    const w = writer();
    const [r] = await refusedWithoutTrace(admin, w.clientId, [
      w.create('units', { ...fields.unit('Lahir terhapus'), deleted: true }),
    ]);
    expect(r?.details).toEqual([{ field: 'deleted', code: 'invalidChoice' }]);
  });
});
