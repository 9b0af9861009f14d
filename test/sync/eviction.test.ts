/**
 * Losing access removes the data from the device (issue 12): after a coordinator unassigns a
 * unit, the facilitator's next sync evicts every record of it from IndexedDB, and unsent edits
 * to them become refused changes with the reason `out-of-scope`, never dropped. Against the real
 * server (the simulation's in-process world), plus scripted pulls for the corner cases.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createInnovation } from '../../src/db/commands/innovations';
import { forgetDevice } from '../../src/db/device';
import { evictOutOfScope } from '../../src/db/eviction';
import { createRecord, updateRecord } from '../../src/db/mutations';
import { listRejected } from '../../src/db/queries/sync';
import { KlinikDb } from '../../src/db/schema';
import { newActionItemFields } from '../../src/domain/action-item';
import { newSessionFields } from '../../src/domain/session';
import type { TableName } from '../../src/domain/tables';
import { newUnitFields } from '../../src/domain/unit';
import { OUT_OF_SCOPE, type PullResponse } from '../../src/protocol/protocol';
import { pullAll } from '../../src/sync/engine';
import type { Transport } from '../../src/sync/transport';
import { createWorld, type World } from './sim/harness';

let world: World | null = null;
const dbs: KlinikDb[] = [];
afterEach(async () => {
  await world?.close();
  world = null;
  for (const db of dbs.splice(0)) {
    db.close();
    forgetDevice(db);
    await new KlinikDb(db.name).delete();
  }
});

const unitFields = (name: string) => newUnitFields({ name, kind: 'opd' });
const target = { year: 2030, proposalTarget: 40, onePerAgency: true, notes: '' };

async function ids(db: KlinikDb, table: TableName): Promise<string[]> {
  return (await db.table(table).toCollection().primaryKeys()) as string[];
}

/** Unit U (innovation with 5 stages, session, follow-up), unit V, a target; F holds U and V. */
async function facilitatorWithTwoUnits() {
  world = await createWorld();
  const w = world;
  const coordinator = await w.device('coordinator');
  const u = await createRecord('units', unitFields('Dinas U'), coordinator.db);
  const v = await createRecord('units', unitFields('Dinas V'), coordinator.db);
  const innovation = await createInnovation({ unitId: u, name: 'Inovasi U' }, coordinator.db);
  const session = await createRecord(
    'mentoringSessions',
    newSessionFields({ unitId: u, date: '2026-03-01' }),
    coordinator.db,
  );
  const item = await createRecord(
    'actionItems',
    newActionItemFields({ unitId: u, text: 'Tindak lanjut U', sessionId: session }),
    coordinator.db,
  );
  const innovationV = await createInnovation({ unitId: v, name: 'Inovasi V' }, coordinator.db);
  await createRecord('targets', target, coordinator.db);
  await coordinator.syncNow();
  const f = await w.device('facilitator', { unitIds: [u, v] });
  await f.syncNow();
  expect(await ids(f.db, 'units')).toEqual(expect.arrayContaining([u, v]));
  expect(await f.db.stageProgress.where('innovationId').equals(innovation).count()).toBe(5);
  const unassign = async (unitIds: string[]) => {
    await w.server.storage.updateUser(f.user.id, { unitIds });
  };
  return { w, coordinator, f, u, v, innovation, innovationV, session, item, unassign };
}

describe('eviction on pull', () => {
  it("removes every record of an unassigned unit, keeps the other unit's and the targets", async () => {
    const { f, u, v, innovation, innovationV, session, item, unassign } = await facilitatorWithTwoUnits();
    await unassign([v]);
    await f.syncNow();

    expect(await ids(f.db, 'units')).toEqual([v]);
    expect(await ids(f.db, 'innovations')).toEqual([innovationV]);
    expect(await f.db.stageProgress.where('innovationId').equals(innovation).count()).toBe(0);
    expect(await f.db.stageProgress.where('innovationId').equals(innovationV).count()).toBe(5);
    expect(await f.db.mentoringSessions.get(session)).toBeUndefined();
    expect(await f.db.actionItems.get(item)).toBeUndefined();
    expect(await f.db.targets.count()).toBe(1);
    expect(await f.db.tombstones.filter((t) => t.id === u).count()).toBe(0);
    expect(await f.db.deadLetters.count()).toBe(0);
    // What the device holds is exactly what the account may see.
    expect(await world?.problems()).toEqual([]);
  });

  it('turns unsent edits to evicted records into refused changes with the out-of-scope reason', async () => {
    const { f, u, v, innovation, session, unassign } = await facilitatorWithTwoUnits();
    // Made offline, before the unassignment reached the device.
    await updateRecord('innovations', innovation, { name: 'Inovasi U (diubah offline)' }, f.db);
    await createRecord(
      'actionItems',
      newActionItemFields({ unitId: u, text: 'Baru, belum terkirim', sessionId: session }),
      f.db,
    );
    await updateRecord('units', v, { contactPerson: 'Bu Ani' }, f.db);
    await unassign([v]);

    await f.syncNow();
    expect(await ids(f.db, 'units')).toEqual([v]);
    expect(await f.db.outbox.count()).toBe(0);
    const letters = await f.db.deadLetters.toArray();
    expect(letters.map((l) => [l.entry.table, l.error]).sort()).toEqual([
      ['actionItems', OUT_OF_SCOPE],
      ['innovations', OUT_OF_SCOPE],
    ]);
    const edit = letters.find((l) => l.entry.table === 'innovations');
    expect(edit?.entry).toMatchObject({
      recordId: innovation,
      fields: { name: 'Inovasi U (diubah offline)' },
    });
    // The record is gone, but the refused change still says what it was about.
    expect(edit?.gone).toEqual({ name: 'Inovasi U (diubah offline)', detail: '', parent: 'Dinas U' });
    const listed = await listRejected(f.db);
    expect(listed.map((r) => [r.ref.table, r.ref.state, r.ref.name, r.ref.parent]).sort()).toEqual([
      ['actionItems', 'missing', 'Baru, belum terkirim', 'Dinas U'],
      ['innovations', 'missing', 'Inovasi U (diubah offline)', 'Dinas U'],
    ]);
    // The edit to the unit still held went through.
    expect(world?.server.ledger.mirror.get(`units/${v}`)?.fields.contactPerson).toBe('Bu Ani');
  });

  it('an edit still unsent when the pull evicts (made during the sync) is refused, not lost', async () => {
    const { f, v, innovation, unassign } = await facilitatorWithTwoUnits();
    await unassign([v]);
    await updateRecord('innovations', innovation, { name: 'Diketik saat sinkron' }, f.db);
    // Only the pull runs: the edit is still in the outbox when the scope arrives.
    await pullAll({ db: f.db, transport: f.transport });
    expect(await f.db.innovations.get(innovation)).toBeUndefined();
    expect(await f.db.outbox.count()).toBe(0);
    const [letter] = await f.db.deadLetters.toArray();
    expect(letter).toMatchObject({ error: OUT_OF_SCOPE, entry: { recordId: innovation, op: 'patch' } });
  });

  it('a unit with no unit left evicts everything but the targets', async () => {
    const { f, unassign } = await facilitatorWithTwoUnits();
    await unassign([]);
    await f.syncNow();
    for (const table of [
      'units',
      'innovations',
      'stageProgress',
      'mentoringSessions',
      'actionItems',
    ] as const) {
      expect(await f.db.table(table).count(), table).toBe(0);
    }
    expect(await f.db.targets.count()).toBe(1);
  });

  it('re-assigning the unit brings its records back (the cursor starts again)', async () => {
    const { f, u, v, innovation, unassign } = await facilitatorWithTwoUnits();
    await unassign([v]);
    await f.syncNow();
    expect(await f.db.innovations.get(innovation)).toBeUndefined();
    await unassign([u, v]);
    await f.syncNow();
    expect(await f.db.innovations.get(innovation)).toMatchObject({ name: 'Inovasi U' });
    expect(await f.db.stageProgress.where('innovationId').equals(innovation).count()).toBe(5);
    expect(await world?.problems()).toEqual([]);
  });

  it('a coordinator evicts nothing', async () => {
    const { coordinator, u } = await facilitatorWithTwoUnits();
    await coordinator.syncNow();
    expect(await ids(coordinator.db, 'units')).toContain(u);
  });
});

describe('evictOutOfScope, scripted', () => {
  function localDb(): KlinikDb {
    const db = new KlinikDb(`eviction-test-${dbs.length + 1}-${Date.now()}`);
    dbs.push(db);
    return db;
  }

  it("keeps a unit created here whose create is not acknowledged yet, with what's in it", async () => {
    const db = localDb();
    const mine = await createRecord('units', unitFields('Unit baru offline'), db);
    const inno = await createInnovation({ unitId: mine, name: 'Di unit baru' }, db);
    const result = await evictOutOfScope({ units: [] }, new Date(), db);
    expect(result).toEqual({ evicted: 0, refused: 0 });
    expect(await db.units.get(mine)).toBeDefined();
    expect(await db.innovations.get(inno)).toBeDefined();
    expect(await db.outbox.count()).toBe(7);
  });

  it('evicts conflicts about an evicted unit, keeps conflicts about targets, and is idempotent', async () => {
    const db = localDb();
    const page: PullResponse = {
      changes: [
        { table: 'units', recordId: 'u-gone', version: 1, deleted: false, fields: unitFields('Pergi') },
        {
          table: 'conflicts',
          recordId: 'c-gone',
          version: 2,
          deleted: false,
          fields: {
            table: 'units',
            recordId: 'u-gone',
            unitId: 'u-gone',
            kind: 'field',
            field: 'name',
            winningValue: 'Pergi',
            losingValue: 'Lain',
            losingClientId: 'x',
            losingHlc: 'x',
            resolved: false,
          },
        },
        {
          table: 'conflicts',
          recordId: 'c-target',
          version: 3,
          deleted: false,
          fields: {
            table: 'targets',
            recordId: 't1',
            unitId: '',
            kind: 'field',
            field: 'proposalTarget',
            winningValue: 40,
            losingValue: 5,
            losingClientId: 'x',
            losingHlc: 'x',
            resolved: false,
          },
        },
        // Hostile unit ids: nothing special about them.
        { table: 'units', recordId: '__proto__', version: 4, deleted: false, fields: unitFields('Proto') },
      ],
      cursor: '4.k',
      hasMore: false,
      scope: { units: ['__proto__'] },
    };
    const transport: Transport = {
      push: async () => ({ results: [] }),
      pull: async () => page,
    };
    await pullAll({ db, transport });
    expect(await ids(db, 'units')).toEqual(['__proto__']);
    expect(await ids(db, 'conflicts')).toEqual(['c-target']);
    expect(await evictOutOfScope({ units: ['__proto__'] }, new Date(), db)).toEqual({
      evicted: 0,
      refused: 0,
    });
  });

  it('an older server that sends no scope evicts nothing', async () => {
    const db = localDb();
    await createRecord('units', unitFields('Tetap'), db);
    await pullAll({
      db,
      transport: {
        push: async () => ({ results: [] }),
        pull: async () => ({ changes: [], cursor: '0.k', hasMore: false }),
      },
    });
    expect(await db.units.count()).toBe(1);
  });
});

describe('records that move out of scope', () => {
  it('an innovation moved to a unit the facilitator does not hold leaves the device, with its 5D rows', async () => {
    const { w, coordinator, f, innovation } = await facilitatorWithTwoUnits();
    const x = await createRecord('units', unitFields('Dinas X'), coordinator.db);
    await coordinator.syncNow();
    // A second facilitator holds only U; the move to X takes the innovation out of their view.
    const g = await w.device('facilitator', {
      unitIds: [(await coordinator.db.innovations.get(innovation))?.unitId ?? ''],
    });
    await g.syncNow();
    expect(await ids(g.db, 'innovations')).toContain(innovation);
    // Made offline on g: it must end as a refused change, not vanish.
    await updateRecord('innovations', innovation, { tujuan: 'Ditulis sebelum pindah' }, g.db);
    await updateRecord('innovations', innovation, { unitId: x }, coordinator.db);
    await coordinator.syncNow();

    await g.syncNow();
    expect(await ids(g.db, 'innovations')).not.toContain(innovation);
    expect(await g.db.stageProgress.where('innovationId').equals(innovation).count()).toBe(0);
    const letters = await g.db.deadLetters.toArray();
    expect(letters.map((l) => [l.entry.recordId, l.error])).toEqual([[innovation, OUT_OF_SCOPE]]);
    await f.syncNow();
    // Every device holds what its account may see; the one refusal is g's edit, expected.
    const problems = (await world?.problems()) ?? [];
    expect(problems.filter((p) => !/patch innovations\/\S+ rejected: forbidden/.test(p))).toEqual([]);

    // Moved back: it returns with its rows.
    const u = (await g.db.units.toArray())[0]?.id ?? '';
    await updateRecord('innovations', innovation, { unitId: u }, coordinator.db);
    await coordinator.syncNow();
    await g.syncNow();
    expect(await ids(g.db, 'innovations')).toContain(innovation);
    expect(await g.db.stageProgress.where('innovationId').equals(innovation).count()).toBe(5);
  });
});
