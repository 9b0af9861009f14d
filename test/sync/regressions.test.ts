/**
 * Bugs the sync simulation found, each as the smallest scenario that shows it, plus a seed of
 * the simulation (30 steps, as in simulation.test.ts) that fails when the bug is put back. The
 * scenarios failed before their fixes; the seeds depend on the simulation's workload, so when
 * that changes they may stop reaching the bug (the scenarios stay meaningful).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createInnovation } from '../../src/db/commands/innovations';
import { createRecord, updateRecord } from '../../src/db/mutations';
import { newUnitFields } from '../../src/domain/unit';
import { pullAll, pushAll } from '../../src/sync/engine';
import { HttpError } from '../../src/sync/http';
import type { Transport } from '../../src/sync/transport';
import { createWorld, type World } from './sim/harness';
import { keyOf } from './sim/ledger';
import { runSeed } from './sim/run';

let world: World | null = null;
async function newWorld(): Promise<World> {
  world = await createWorld();
  return world;
}
afterEach(async () => {
  await world?.close();
  world = null;
});

const MINUTE = 60_000;

/** The server commits, then the answer is lost. */
function responseLost(t: Transport): Transport {
  return {
    push: async (req) => {
      await t.push(req);
      throw new HttpError('network', 'network', 'response lost');
    },
    pull: (cursor, limit) => t.pull(cursor, limit),
  };
}

function serverField(w: World, table: string, id: string, field: string): unknown {
  return w.server.ledger.mirror.get(keyOf(table, id))?.fields[field];
}

describe('regressions found by the sync simulation', () => {
  it('a push acknowledgement does not make the device claim a version it never pulled', async () => {
    const w = await newWorld();
    const a = await w.device('coordinator');
    const b = await w.device('coordinator');
    const unit = await createRecord('units', newUnitFields({ name: 'Dinas A', kind: 'opd' }), a.db);
    await w.syncAll(1);
    await updateRecord('units', unit, { contactPerson: 'Bu Sari' }, b.db);
    await b.syncNow();
    // a pushes an edit but hears nothing back from its pull: it has not seen Bu Sari yet.
    await updateRecord('units', unit, { name: 'Dinas A baru' }, a.db);
    await pushAll({ db: a.db, transport: a.transport });
    await updateRecord('units', unit, { parentAgency: 'Setda' }, a.db);
    await w.syncAll(2);
    expect((await a.db.units.get(unit))?.contactPerson).toBe('Bu Sari');
    expect(await w.problems()).toEqual([]);
  });

  it('an edit made after a push whose answer was lost is not folded into the sent mutation', async () => {
    const w = await newWorld();
    const a = await w.device('coordinator');
    const unit = await createRecord('units', newUnitFields({ name: 'Dinas A', kind: 'opd' }), a.db);
    await a.syncNow();
    await updateRecord('units', unit, { name: 'Dinas A baru' }, a.db);
    await expect(pushAll({ db: a.db, transport: responseLost(a.transport) })).rejects.toThrow(
      'response lost',
    );
    await updateRecord('units', unit, { contactPerson: 'Pak Budi' }, a.db);
    await a.syncNow();
    expect(serverField(w, 'units', unit, 'contactPerson')).toBe('Pak Budi');
    expect(await w.problems()).toEqual([]);
  });

  it('an edit made after pulling a newer version is not folded into an entry made on the older one', async () => {
    const w = await newWorld();
    const a = await w.device('coordinator', { skewMs: -5 * MINUTE }); // a's stamps are older
    const b = await w.device('coordinator');
    const unit = await createRecord('units', newUnitFields({ name: 'Dinas A', kind: 'opd' }), b.db);
    await w.syncAll(2);
    await updateRecord('units', unit, { name: 'nama dari a' }, a.db); // pending on a
    await updateRecord('units', unit, { contactPerson: 'kontak dari b' }, b.db);
    await b.syncNow();
    await pullAll({ db: a.db, transport: a.transport });
    expect((await a.db.units.get(unit))?.contactPerson).toBe('kontak dari b');
    // a has seen b's contact and replaces it: a later edit, whatever a's clock says.
    await updateRecord('units', unit, { contactPerson: 'kontak dari a' }, a.db);
    await w.syncAll(2);
    expect(serverField(w, 'units', unit, 'contactPerson')).toBe('kontak dari a');
    expect(await w.problems()).toEqual([]);
  });

  it('a device whose edit lost a same-field conflict gets the winning value back', async () => {
    const w = await newWorld();
    const a = await w.device('coordinator', { skewMs: -5 * MINUTE });
    const b = await w.device('coordinator');
    const unit = await createRecord('units', newUnitFields({ name: 'Dinas A', kind: 'opd' }), b.db);
    await w.syncAll(2);
    await updateRecord('units', unit, { name: 'nama dari a' }, a.db); // pending, older stamp
    await updateRecord('units', unit, { name: 'nama dari b' }, b.db);
    await b.syncNow();
    await pullAll({ db: a.db, transport: a.transport }); // b's version arrives under a's pending edit
    await w.syncAll(2);
    expect(serverField(w, 'units', unit, 'name')).toBe('nama dari b');
    expect((await a.db.units.get(unit))?.name).toBe('nama dari b');
    expect(await a.db.conflicts.count()).toBe(1);
    expect(await w.problems()).toEqual([]);
  });

  it("a facilitator's new unit and an innovation in it can arrive in one push", async () => {
    const w = await newWorld();
    const f = await w.device('facilitator');
    const unit = await createRecord(
      'units',
      newUnitFields({ name: 'Kecamatan Baru', kind: 'kecamatan' }),
      f.db,
    );
    await createInnovation({ unitId: unit, name: 'Inovasi pertama' }, f.db);
    await f.syncNow();
    expect(await f.db.deadLetters.toArray()).toEqual([]);
    expect(await f.db.innovations.count()).toBe(1);
    expect(await w.problems()).toEqual([]);
  });

  it.each([
    [1, 'a push acknowledgement made the device claim a version it never pulled'],
    [29, 'an edit was folded into a mutation already sent'],
    [9, 'an edit was folded into an entry made on an older version'],
    [188, 'a device kept its losing value after a same-field conflict'],
    [89, "a facilitator's new unit and an innovation in it were refused in one push"],
  ])('seed %i (%s) passes', async (seed) => {
    await runSeed(seed, { steps: 30 });
  });
});
