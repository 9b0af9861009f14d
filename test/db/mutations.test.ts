import { describe, expect, it } from 'vitest';
import { createInnovation } from '../../src/db/commands/innovations';
import {
  createRecord,
  deleteRecord,
  RecordNotFound,
  restoreRecord,
  updateRecord,
  ValidationFailed,
  writeChanges,
} from '../../src/db/mutations';
import { db } from '../../src/db/schema';
import { newUnitFields } from '../../src/domain/unit';

const unit = () => newUnitFields({ name: 'Dinas Kesehatan', kind: 'opd' });

describe('the write path', () => {
  it('writes the record and one outbox entry in the same transaction', async () => {
    const id = await createRecord('units', unit());
    const row = await db.units.get(id);
    expect(row).toMatchObject({ name: 'Dinas Kesehatan', kind: 'opd', group: 1, deleted: false, version: 0 });
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ table: 'units', recordId: id, op: 'create', baseVersion: 0 });
    expect(outbox[0]?.fields).toMatchObject({ name: 'Dinas Kesehatan' });
  });

  it('leaves neither record nor outbox entry when the outbox write fails', async () => {
    const hook = (() => {
      throw new Error('injected outbox failure');
    }) as () => void;
    db.outbox.hook('creating', hook);
    try {
      await expect(createRecord('units', unit())).rejects.toThrow('injected outbox failure');
    } finally {
      db.outbox.hook('creating').unsubscribe(hook);
    }
    expect(await db.units.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('leaves the stored record untouched when a patch fails mid-transaction', async () => {
    const id = await createRecord('units', unit());
    await db.outbox.clear();
    const hook = (() => {
      throw new Error('injected');
    }) as () => void;
    db.outbox.hook('creating', hook);
    try {
      await expect(updateRecord('units', id, { name: 'Dinas Baru' })).rejects.toThrow('injected');
    } finally {
      db.outbox.hook('creating').unsubscribe(hook);
    }
    expect((await db.units.get(id))?.name).toBe('Dinas Kesehatan');
    expect(await db.outbox.count()).toBe(0);
  });

  it('rejects invalid fields with codes and writes nothing', async () => {
    const id = await createRecord('units', unit());
    const before = await db.outbox.count();
    const err = await updateRecord('units', id, { name: '   ' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationFailed);
    expect((err as ValidationFailed).errors).toEqual([{ field: 'name', code: 'required' }]);
    expect((await db.units.get(id))?.name).toBe('Dinas Kesehatan');
    expect(await db.outbox.count()).toBe(before);
  });

  it('refuses fields that are not part of the record', async () => {
    const id = await createRecord('units', unit());
    const err = await updateRecord('units', id, { version: 99 } as never).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationFailed);
    expect((await db.units.get(id))?.version).toBe(0);
  });

  it('rolls back every change of a batch when one of them is invalid', async () => {
    const err = await writeChanges([
      { table: 'units', op: 'create', fields: unit() },
      { table: 'units', op: 'create', fields: { ...unit(), kind: 'planet' as never } },
    ]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationFailed);
    expect(await db.units.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('coalesces consecutive patches of one record into the newest outbox entry', async () => {
    const id = await createRecord('units', unit());
    await updateRecord('units', id, { contactPerson: 'B' });
    await updateRecord('units', id, { contactPerson: 'Bu' });
    await updateRecord('units', id, { parentAgency: 'Pemkot' });
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.op).toBe('create');
    expect(outbox[0]?.fields).toMatchObject({ contactPerson: 'Bu', parentAgency: 'Pemkot' });
  });

  it('does not coalesce into an entry that a push has in flight', async () => {
    const id = await createRecord('units', unit());
    const first = await db.outbox.toCollection().last();
    await db.outbox.update(first?.seq as number, { inFlight: true });
    await updateRecord('units', id, { contactPerson: 'Budi' });
    const outbox = await db.outbox.toArray();
    expect(outbox.map((e) => e.op)).toEqual(['create', 'patch']);
    expect(outbox[1]?.fields).toEqual({ contactPerson: 'Budi' });
  });

  it('writes nothing for a patch that changes nothing', async () => {
    const id = await createRecord('units', unit());
    const before = await db.units.get(id);
    await updateRecord('units', id, { name: 'Dinas Kesehatan' });
    expect(await db.outbox.count()).toBe(1);
    expect((await db.units.get(id))?.updatedAt).toBe(before?.updatedAt);
  });

  it('soft-deletes and restores, each with an outbox entry', async () => {
    const a = await createRecord('units', unit());
    const b = await createRecord('units', { ...unit(), name: 'Kecamatan Timur', kind: 'kecamatan' });
    await deleteRecord('units', a);
    expect((await db.units.get(a))?.deleted).toBe(true);
    await restoreRecord('units', a);
    expect((await db.units.get(a))?.deleted).toBe(false);
    const ops = (await db.outbox.toArray()).map((e) => [
      e.recordId === a ? 'a' : 'b',
      e.op,
      e.fields.deleted,
    ]);
    expect(ops).toEqual([
      ['a', 'create', undefined],
      ['b', 'create', undefined],
      ['a', 'delete', true],
      ['a', 'patch', false],
    ]);
    expect((await db.units.get(b))?.deleted).toBe(false);
  });

  it('reports a missing record', async () => {
    await expect(updateRecord('units', 'nope', { name: 'x' })).rejects.toBeInstanceOf(RecordNotFound);
  });

  it('creates an innovation with its five 5D stages atomically', async () => {
    const unitId = await createRecord('units', unit());
    const id = await createInnovation({ unitId, name: 'Posyandu Digital' });
    const stages = await db.stageProgress.where('innovationId').equals(id).toArray();
    expect(stages.map((s) => s.stage).sort()).toEqual(['deliver', 'design', 'diagnose', 'display', 'drumUp']);
    expect(stages.every((s) => s.status === 'notStarted' && s.checklist.length >= 3)).toBe(true);
    expect(await db.outbox.count()).toBe(1 + 1 + 5);
  });

  it('stamps outbox entries with increasing hybrid logical clock values', async () => {
    const id = await createRecord('units', unit());
    await deleteRecord('units', id);
    await restoreRecord('units', id);
    const stamps = (await db.outbox.toArray()).map((e) => e.hlc);
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });
});
