/**
 * Moving unsent work to another device with a backup file, against the real sync server (the
 * simulation's in-process world): the work arrives once, from the new device, and nothing
 * others changed meanwhile is reverted by the file's older copies.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/backup/validate';
import { applyImport, exportBackup } from '../../src/db/backup';
import { createInnovation } from '../../src/db/commands/innovations';
import { createRecord, updateRecord } from '../../src/db/mutations';
import { newUnitFields } from '../../src/domain/unit';
import { createWorld, type World } from '../sync/sim/harness';
import { keyOf } from '../sync/sim/ledger';

let world: World | null = null;
afterEach(async () => {
  await world?.close();
  world = null;
});

const MINUTE = 60_000;

function serverRow(w: World, table: string, id: string) {
  return w.server.ledger.mirror.get(keyOf(table, id));
}
function serverConflicts(w: World): number {
  return [...w.server.ledger.mirror.values()].filter((c) => c.table === 'conflicts').length;
}

/** Device a works offline after a first sync while c keeps editing online; a exports. */
async function offlineWork(w: World, cRenames = false) {
  const a = await w.device('coordinator');
  const c = await w.device('coordinator');
  const unit = await createRecord('units', newUnitFields({ name: 'Dinas Pangan', kind: 'opd' }), a.db);
  const innovation = await createInnovation({ unitId: unit, name: 'Lumbung Digital' }, a.db);
  await w.syncAll(2);

  w.server.advance(10 * MINUTE);
  await updateRecord('innovations', innovation, { name: 'Lumbung Pangan Digital' }, a.db);
  const newUnit = await createRecord(
    'units',
    newUnitFields({ name: 'Kelurahan Sukamaju', kind: 'kelurahan' }),
    a.db,
  );
  const newInnovation = await createInnovation({ unitId: newUnit, name: 'Posyandu Ceria' }, a.db);

  w.server.advance(10 * MINUTE);
  await updateRecord('units', unit, { contactPerson: 'Budi dari c' }, c.db);
  await updateRecord('innovations', innovation, { tujuan: 'Stok pangan terpantau' }, c.db);
  if (cRenames) await updateRecord('innovations', innovation, { name: 'Nama dari c' }, c.db);
  await c.syncNow();

  w.server.advance(10 * MINUTE);
  const { text } = await exportBackup(a.db, new Date(a.wall()));
  const parsed = await parseBackup(text);
  if (!parsed.ok) throw new Error(parsed.problem.code);
  return { a, file: parsed.file, unit, innovation, newUnit, newInnovation };
}

describe('moving unsent work with a backup file', () => {
  it.each([
    ['after the new device has synced', true],
    ['on a new device that has not synced yet (import, sync, import again)', false],
  ])('reaches the server %s, keeping what others changed', async (_name, syncFirst) => {
    const w = await createWorld();
    world = w;
    const { file, unit, innovation, newUnit, newInnovation } = await offlineWork(w);

    const b = await w.device('coordinator');
    if (syncFirst) await b.syncNow();
    w.server.advance(MINUTE);
    const outcome = await applyImport(file, b.db);
    expect(outcome.plan.summary.unsentInFile).toBeGreaterThan(0);
    if (!syncFirst) {
      // The edits of records b does not hold yet cannot be queued: the preview said so.
      expect(outcome.plan.summary.unsentNoRecord).toBe(1);
      await b.syncNow();
      expect((await applyImport(file, b.db)).plan.summary.unsentNoRecord).toBe(0);
    }
    await b.syncNow();
    await b.syncNow();

    expect(await b.db.deadLetters.toArray()).toEqual([]);
    expect(serverRow(w, 'innovations', innovation)?.fields).toMatchObject({
      name: 'Lumbung Pangan Digital',
      tujuan: 'Stok pangan terpantau',
    });
    expect(serverRow(w, 'units', unit)?.fields.contactPerson).toBe('Budi dari c');
    expect(serverRow(w, 'units', newUnit)?.fields.name).toBe('Kelurahan Sukamaju');
    expect(serverRow(w, 'innovations', newInnovation)?.fields.unitId).toBe(newUnit);
    expect(serverConflicts(w)).toBe(0);
    expect((await b.db.innovations.get(innovation))?.tujuan).toBe('Stok pangan terpantau');

    // The old device comes back later and sends the same work again: nothing changes or conflicts.
    await w.syncAll(2);
    expect(serverRow(w, 'units', unit)?.fields.contactPerson).toBe('Budi dari c');
    expect(serverConflicts(w)).toBe(0);
    // The oracle checks every write; it cannot know that b was handed the versions a's edits were
    // made on by a file rather than by a pull, so that one claim is expected (and only for b).
    const handedByFile = new RegExp(`^${b.name}\\(.*claims baseVersion \\d+, never pulled by this client$`);
    const problems = await w.problems();
    expect(problems.filter((p) => !handedByFile.test(p))).toEqual([]);
  });

  it('does not silently overwrite a later edit of the same field made by someone else', async () => {
    const w = await createWorld();
    world = w;
    const { file, innovation } = await offlineWork(w, true);
    const b = await w.device('coordinator');
    await b.syncNow();
    await applyImport(file, b.db);
    expect((await b.db.innovations.get(innovation))?.name).toBe('Lumbung Pangan Digital');
    await b.syncNow();
    await b.syncNow();
    // c renamed it after a did: c's name stands, a's is kept in a conflict for people to review.
    expect(serverRow(w, 'innovations', innovation)?.fields.name).toBe('Nama dari c');
    const conflicts = [...w.server.ledger.mirror.values()].filter((c) => c.table === 'conflicts');
    expect(conflicts.map((c) => c.fields.losingValue)).toEqual(['Lumbung Pangan Digital']);
    expect((await b.db.innovations.get(innovation))?.name).toBe('Nama dari c');
  });
});
