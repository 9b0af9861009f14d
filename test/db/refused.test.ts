/**
 * "Buang" on a refused change restores the server's value (issue 12: the device kept a refused
 * target of 5 while the server had 40). Against the real server for the found case, on the
 * shared test database for the corner cases.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { discardDeadLetter, restoreDeadLetter } from '../../src/db/commands/conflicts';
import { createRecord, deleteRecord, updateRecord } from '../../src/db/mutations';
import { db } from '../../src/db/schema';
import { applyPushResults, takeOutboxBatch } from '../../src/db/sync-store';
import { readDeletedIds } from '../../src/db/tombstones';
import { newUnitFields } from '../../src/domain/unit';
import { OUT_OF_SCOPE } from '../../src/protocol/protocol';
import { pulledInnovation } from '../helpers/builders';
import { createWorld, type World } from '../sync/sim/harness';

let world: World | null = null;
afterEach(async () => {
  await world?.close();
  world = null;
});

const seqs = async () => (await db.deadLetters.toArray()).map((l) => l.seq as number);

/** Pushes the whole outbox and has the server refuse all of it. */
async function refuseAll(error = 'forbidden') {
  const batch = await takeOutboxBatch(100, db);
  await applyPushResults(
    batch,
    batch.map((e) => ({ id: e.id, status: 'rejected' as const, version: 0, error })),
    new Date(),
    db,
  );
}

describe('discarding a refused change', () => {
  it('puts the server value back: a refused target of 5 becomes the server 40 again (real server)', async () => {
    world = await createWorld();
    const coordinator = await world.device('coordinator');
    const target = await createRecord(
      'targets',
      { year: 2030, proposalTarget: 40, onePerAgency: true, notes: '' },
      coordinator.db,
    );
    await coordinator.syncNow();
    const f = await world.device('facilitator');
    await f.syncNow();
    await updateRecord('targets', target, { proposalTarget: 5 }, f.db);
    const synced = await f.syncNow();
    expect(synced.rejected).toBe(1);
    // Refused, and still shown until the person decides.
    expect((await f.db.targets.get(target))?.proposalTarget).toBe(5);

    const [letter] = await f.db.deadLetters.toArray();
    const discarded = await discardDeadLetter(letter?.seq as number, f.db);
    expect((await f.db.targets.get(target))?.proposalTarget).toBe(40);
    expect(await f.db.outbox.count()).toBe(0);
    expect(world.server.ledger.mirror.get(`targets/${target}`)?.fields.proposalTarget).toBe(40);

    // Undo: the refused change is listed again and shown again.
    await restoreDeadLetter(discarded, f.db);
    expect((await f.db.targets.get(target))?.proposalTarget).toBe(5);
    expect(await f.db.deadLetters.count()).toBe(1);
  });

  it('a later edit of the same field still waiting keeps its value, and inherits what to go back to', async () => {
    await pulledInnovation({ name: 'Server' });
    await updateRecord('innovations', 'i1', { name: 'Ditolak', tujuan: 'Tujuan baru' }, db);
    await refuseAll();
    await updateRecord('innovations', 'i1', { name: 'Menunggu' }, db);
    const [first] = await seqs();
    await discardDeadLetter(first as number);
    const row = await db.innovations.get('i1');
    expect(row?.name).toBe('Menunggu');
    expect(row?.tujuan).toBe('');
    const [waiting] = await db.outbox.toArray();
    expect(waiting?.before).toEqual({ name: 'Server' });
    // That one refused too, then discarded: back to the server's name.
    await refuseAll();
    const [second] = await seqs();
    await discardDeadLetter(second as number);
    expect((await db.innovations.get('i1'))?.name).toBe('Server');
  });

  it('discarding the older of two refused edits keeps the newer shown; discarding that goes back to the server', async () => {
    await pulledInnovation({ name: 'Server' });
    await updateRecord('innovations', 'i1', { name: 'Satu' }, db);
    await refuseAll('invalid');
    await updateRecord('innovations', 'i1', { name: 'Dua' }, db);
    await refuseAll('invalid');
    const [older, newer] = await seqs();
    await discardDeadLetter(older as number);
    expect((await db.innovations.get('i1'))?.name).toBe('Dua');
    await discardDeadLetter(newer as number);
    expect((await db.innovations.get('i1'))?.name).toBe('Server');
  });

  it('a refused delete is undone on the device, tombstone and all', async () => {
    await pulledInnovation();
    await deleteRecord('innovations', 'i1', db);
    await refuseAll();
    expect((await readDeletedIds(db, 'innovations')).has('i1')).toBe(true);
    const [seq] = await seqs();
    await discardDeadLetter(seq as number);
    expect((await db.innovations.get('i1'))?.deleted).toBe(false);
    expect((await readDeletedIds(db, 'innovations')).has('i1')).toBe(false);
  });

  it('a refused create the server never had leaves the device; undo brings it back', async () => {
    const unit = await createRecord(
      'units',
      newUnitFields({ name: '<img src=x onerror=alert(1)>', kind: 'opd' }),
      db,
    );
    await refuseAll();
    const [seq] = await seqs();
    const discarded = await discardDeadLetter(seq as number);
    expect(await db.units.get(unit)).toBeUndefined();
    await restoreDeadLetter(discarded);
    expect((await db.units.get(unit))?.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('once a pull brought a newer server version, the row is left as the server sent it', async () => {
    await pulledInnovation({ name: 'Server' });
    await updateRecord('innovations', 'i1', { name: 'Ditolak' }, db);
    await refuseAll();
    await pulledInnovation({ name: 'Server lagi' }); // version 2 again: not newer, kept as is
    await db.innovations.update('i1', { version: 9, name: 'Server v9' });
    const [seq] = await seqs();
    await discardDeadLetter(seq as number);
    expect((await db.innovations.get('i1'))?.name).toBe('Server v9');
  });

  it('an out-of-scope change is only dropped', async () => {
    await pulledInnovation({ name: 'Server' });
    await updateRecord('innovations', 'i1', { name: 'Ditolak' }, db);
    await refuseAll(OUT_OF_SCOPE);
    const [seq] = await seqs();
    await discardDeadLetter(seq as number);
    expect(await db.deadLetters.count()).toBe(0);
    expect((await db.innovations.get('i1'))?.name).toBe('Ditolak');
  });
});
