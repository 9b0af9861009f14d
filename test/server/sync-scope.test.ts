// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { fields, isErrorBody, latest, writer } from './helpers';
import { admin, create, keys, s } from './sync-setup';

describe('scopes', () => {
  const w = writer();
  let unitA: { id: string; version: number };
  let unitB: { id: string; version: number };
  let innoA: { id: string; version: number };
  let innoB: { id: string; version: number };
  let itemB: { id: string; version: number };
  let target: { id: string; version: number };
  beforeAll(async () => {
    unitA = await create(admin, w, 'units', fields.unit('Unit A'));
    unitB = await create(admin, w, 'units', fields.unit('Unit B'));
    innoA = await create(admin, w, 'innovations', fields.innovation(unitA.id, 'Inovasi A'));
    innoB = await create(admin, w, 'innovations', fields.innovation(unitB.id, 'Inovasi B'));
    itemB = await create(admin, w, 'actionItems', fields.actionItem(unitB.id));
    target = await create(admin, w, 'targets', fields.target(2040));
  });

  it("a unit member pulls their unit's records and city-wide targets, never another unit's", async () => {
    const member = await s.addUser(admin, 'unit', [unitA.id]);
    const seen = keys((await s.pullAll(member.token)).changes);
    expect(seen).toEqual(
      expect.arrayContaining([`units/${unitA.id}`, `innovations/${innoA.id}`, `targets/${target.id}`]),
    );
    for (const id of [unitB.id, innoB.id, itemB.id]) expect(seen.join(' ')).not.toContain(id);
  });

  it('a unit member cannot write another unit, create units or targets, or reach /api/users', async () => {
    const member = await s.addUser(admin, 'unit', [unitA.id]);
    const mw = writer();
    const results = await s.push(member.token, mw.clientId, [
      mw.patch('innovations', innoB.id, { name: 'Diubah' }, innoB.version),
      mw.create('innovations', fields.innovation(unitB.id, 'Masuk B')),
      mw.create('units', fields.unit('Unit Baru')),
      mw.create('targets', fields.target(2041)),
      mw.patch('units', unitB.id, { name: 'B diubah' }, unitB.version),
      mw.patch('innovations', innoA.id, { unitId: unitB.id }, innoA.version),
      mw.remove('units', unitA.id, unitA.version),
      mw.patch('innovations', innoA.id, { name: 'Inovasi A (edit)' }, innoA.version),
    ]);
    expect(results.map((r) => r.error ?? r.status)).toEqual([...Array(7).fill('forbidden'), 'applied']);
    for (const r of results.slice(0, 7)) expect(r).toMatchObject({ status: 'rejected', version: 0 });

    const state = latest((await s.pullAll(admin)).changes);
    expect(state.get(`innovations/${innoB.id}`)?.fields.name).toBe('Inovasi B');
    expect(state.get(`units/${unitB.id}`)?.fields.name).toBe('Unit B');
    expect(state.get(`innovations/${innoA.id}`)?.fields).toMatchObject({
      unitId: unitA.id,
      name: 'Inovasi A (edit)',
    });

    const users = await s.get('/api/users', member.token);
    expect(users.status).toBe(403);
    expect(isErrorBody(users.body, 'forbidden')).toBe(true);
  });

  it("a facilitator sees assigned units; a new assignment brings the unit's older records with the old cursor", async () => {
    const fac = await s.addUser(admin, 'facilitator', [unitA.id]);
    const first = await s.pullAll(fac.token);
    expect(keys(first.changes)).toContain(`innovations/${innoA.id}`);
    expect(keys(first.changes).join(' ')).not.toContain(unitB.id);
    const fw = writer();
    const [denied] = await s.push(fac.token, fw.clientId, [
      fw.patch('actionItems', itemB.id, { owner: 'X' }, 0),
    ]);
    expect(denied?.error).toBe('forbidden');

    const assign = await s.patch(`/api/users/${fac.id}`, { unitIds: [unitA.id, unitB.id] }, admin);
    expect(assign.status).toBe(200);
    const next = await s.pullAll(fac.token, first.cursor);
    expect(keys(next.changes)).toEqual(
      expect.arrayContaining([`units/${unitB.id}`, `innovations/${innoB.id}`, `actionItems/${itemB.id}`]),
    );
    // Those records are older than the cursor the facilitator already had.
    expect(itemB.version).toBeLessThan(Number(first.cursor.split('.')[0]));
    const [allowed] = await s.push(fac.token, fw.clientId, [
      fw.patch('actionItems', itemB.id, { owner: 'X' }, itemB.version),
    ]);
    expect(allowed?.status).toBe('applied');
  });

  it('a facilitator who creates a unit is assigned to it', async () => {
    const fac = await s.addUser(admin, 'facilitator', [unitA.id]);
    const fw = writer();
    const unitC = await create(fac.token, fw, 'units', fields.unit('Unit C'));
    const me = await s.get('/api/auth/me', fac.token);
    expect(me.body.user.unitIds).toEqual([unitA.id, unitC.id]);
    expect(keys((await s.pullAll(fac.token)).changes)).toContain(`units/${unitC.id}`);
  });

  it("a facilitator cannot write another unit by sending a create with that unit's id", async () => {
    const fac = await s.addUser(admin, 'facilitator', [unitA.id]);
    const fw = writer();
    const [r] = await s.push(fac.token, fw.clientId, [
      fw.create('units', { ...fields.unit('Diambil alih'), contactPerson: 'Penyusup' }, unitB.id),
    ]);
    expect(r).toMatchObject({ status: 'rejected', error: 'forbidden' });
    const state = latest((await s.pullAll(admin)).changes);
    expect(state.get(`units/${unitB.id}`)?.fields).toMatchObject({ name: 'Unit B', contactPerson: '' });
  });

  it('every pull page says the scope the caller may hold; unassigning a unit takes it out and restarts the cursor', async () => {
    const fac = await s.addUser(admin, 'facilitator', [unitB.id, unitA.id]);
    const first = await s.pull(fac.token, undefined, 1);
    expect(first.status).toBe(200);
    expect(first.body.scope).toEqual({ units: [unitA.id, unitB.id].sort() });
    const rest = await s.pullAll(fac.token, first.body.cursor);

    const unassign = await s.patch(`/api/users/${fac.id}`, { unitIds: [unitA.id] }, admin);
    expect(unassign.status).toBe(200);
    const after = await s.pull(fac.token, rest.cursor);
    expect(after.body.scope).toEqual({ units: [unitA.id] });
    // The old cursor's scope key no longer matches: the pull starts again from the beginning.
    expect(keys(after.body.changes)).toContain(`units/${unitA.id}`);
    expect(keys(after.body.changes).join(' ')).not.toContain(unitB.id);

    const none = await s.patch(`/api/users/${fac.id}`, { unitIds: [] }, admin);
    expect(none.status).toBe(200);
    const empty = await s.pull(fac.token, after.body.cursor);
    expect(empty.body.scope).toEqual({ units: [] });
    expect(keys(empty.body.changes)).toEqual([`targets/${target.id}`]);

    // Coordinators hold everything; a hostile cursor is still refused, not a 500.
    expect((await s.pull(admin)).body.scope).toEqual({ units: '*' });
    expect((await s.pull(fac.token, '1.__proto__')).status).toBe(200);
    expect((await s.pull(fac.token, '1.x;DROP TABLE records')).status).toBe(400);
  });
});

describe('records that move out of scope', () => {
  it("a pull tells the old unit's people which records left (with their 5D rows), and never the move", async () => {
    const w = writer();
    const a = await create(admin, w, 'units', fields.unit('Unit Asal'));
    const b = await create(admin, w, 'units', fields.unit('Unit Tujuan'));
    const inno = await create(admin, w, 'innovations', fields.innovation(a.id, 'Pindah'));
    const stage = await create(admin, w, 'stageProgress', fields.stageProgress(inno.id));
    const member = await s.addUser(admin, 'unit', [a.id]);
    const before = await s.pullAll(member.token);
    expect(keys(before.changes)).toContain(`innovations/${inno.id}`);

    const [moved] = await s.push(admin, w.clientId, [
      w.patch('innovations', inno.id, { unitId: b.id }, inno.version),
    ]);
    expect(moved?.status).toBe('applied');
    const page = await s.pull(member.token, before.cursor);
    expect(page.status).toBe(200);
    expect(page.body.left).toEqual(
      expect.arrayContaining([
        { table: 'innovations', recordId: inno.id },
        { table: 'stageProgress', recordId: stage.id },
      ]),
    );
    expect(keys(page.body.changes).join(' ')).not.toContain(inno.id);
    // A member of the new unit gets the record itself, and no `left`.
    const newcomer = await s.addUser(admin, 'unit', [b.id]);
    const theirs = await s.pull(newcomer.token);
    expect(keys(theirs.body.changes)).toContain(`innovations/${inno.id}`);
    expect(theirs.body.left).toBeUndefined();
  });
});
