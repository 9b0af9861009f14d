import { describe, expect, it } from 'vitest';
import {
  discardDeadLetter,
  resolveConflict,
  restoreDeadLetter,
  restoreLosingValue,
} from '../../src/db/commands/conflicts';
import { ValidationFailed } from '../../src/db/mutations';
import { listConflictGroups, listRejected, readSyncMarkers } from '../../src/db/queries/sync';
import { db } from '../../src/db/schema';
import { newUnitFields } from '../../src/domain/unit';
import { AT, aConflict, aPatch, aTrialDateConflict, pulled, pulledInnovation } from '../helpers/builders';

describe('resolving conflicts', () => {
  it('writes the losing value into the record and closes the conflict together', async () => {
    const c = await aTrialDateConflict();
    await restoreLosingValue(c);
    expect((await db.innovations.get('i1'))?.trialDate).toBe('2026-02-15');
    expect((await db.conflicts.get('c1'))?.resolved).toBe(true);
    const outbox = await db.outbox.toArray();
    expect(outbox.map((e) => [e.table, e.recordId, e.fields])).toEqual([
      ['innovations', 'i1', { trialDate: '2026-02-15' }],
      ['conflicts', 'c1', { resolved: true }],
    ]);
  });

  it('keeping the current value only closes the conflict', async () => {
    const c = await aTrialDateConflict();
    await resolveConflict(c);
    expect((await db.innovations.get('i1'))?.trialDate).toBe('2026-03-01');
    expect((await db.conflicts.get('c1'))?.resolved).toBe(true);
    expect((await db.outbox.toArray()).map((e) => e.table)).toEqual(['conflicts']);
  });

  it('leaves record and conflict unchanged when the transaction fails', async () => {
    const c = await aTrialDateConflict();
    // Fails on the conflict's outbox row, after the record's patch was written in the same call.
    const hook = ((_key: unknown, entry: { table: string }) => {
      if (entry.table === 'conflicts') throw new Error('injected outbox failure');
    }) as () => void;
    db.outbox.hook('creating', hook);
    try {
      await expect(restoreLosingValue(c)).rejects.toThrow('injected outbox failure');
    } finally {
      db.outbox.hook('creating').unsubscribe(hook);
    }
    expect((await db.innovations.get('i1'))?.trialDate).toBe('2026-03-01');
    expect((await db.conflicts.get('c1'))?.resolved).toBe(false);
    expect(await db.outbox.count()).toBe(0);
  });

  it('restores a deleted record with the edit that met the delete', async () => {
    await pulledInnovation({ trialDate: '2026-03-01', deleted: true });
    const c = await aConflict({
      id: 'c1',
      kind: 'deleted',
      field: 'tujuan',
      winningValue: '',
      losingValue: 'Menurunkan angka stunting',
    });
    await restoreLosingValue(c);
    const row = await db.innovations.get('i1');
    expect(row).toMatchObject({ deleted: false, tujuan: 'Menurunkan angka stunting' });
    expect((await db.conflicts.get('c1'))?.resolved).toBe(true);
    // The restore and the patch travel as one mutation made on the version the device had.
    const [entry] = await db.outbox.where('recordId').equals('i1').toArray();
    expect(entry).toMatchObject({ op: 'patch', baseVersion: 2 });
    expect(entry?.fields).toEqual({ deleted: false, tujuan: 'Menurunkan angka stunting' });
  });

  it('keeping a deleted record deleted changes nothing but the conflict', async () => {
    await pulledInnovation({ trialDate: '2026-03-01', deleted: true });
    const c = await aConflict({ id: 'c1', kind: 'deleted', field: 'tujuan', losingValue: 'X' });
    await resolveConflict(c);
    expect((await db.innovations.get('i1'))?.deleted).toBe(true);
    expect((await db.conflicts.get('c1'))?.resolved).toBe(true);
  });

  it('refuses a losing value that no longer validates and writes nothing', async () => {
    await pulledInnovation({ trialDate: '2026-03-01' });
    const c = await aConflict({
      id: 'c1',
      field: 'name',
      winningValue: 'SIGAP Stunting',
      losingValue: '  ',
    });
    const err = await restoreLosingValue(c).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationFailed);
    expect((err as ValidationFailed).errors).toEqual([{ field: 'name', code: 'required' }]);
    expect((await db.innovations.get('i1'))?.name).toBe('SIGAP Stunting');
    expect((await db.conflicts.get('c1'))?.resolved).toBe(false);
    expect(await db.outbox.count()).toBe(0);
  });

  it('applies a losing delete flag as a delete', async () => {
    await pulledInnovation({ trialDate: '2026-03-01' });
    const c = await aConflict({ id: 'c1', field: 'deleted', winningValue: false, losingValue: true });
    await restoreLosingValue(c);
    expect((await db.innovations.get('i1'))?.deleted).toBe(true);
    expect((await db.conflicts.get('c1'))?.resolved).toBe(true);
  });
});

describe('sync queries', () => {
  it('groups unresolved conflicts by record, newest group first', async () => {
    await pulledInnovation({ trialDate: '2026-03-01' });
    await pulled('units', 'u2', 3, newUnitFields({ name: 'Kecamatan Timur', kind: 'kecamatan' }));
    await aConflict({
      id: 'c1',
      field: 'trialDate',
      losingValue: '2026-02-01',
      createdAt: '2026-01-01T00:00:00Z',
    });
    await aConflict({ id: 'c2', field: 'tujuan', losingValue: 'A', createdAt: '2026-01-03T00:00:00Z' });
    await aConflict({
      id: 'c3',
      table: 'units',
      recordId: 'u2',
      field: 'name',
      losingValue: 'Kec. Timur',
      createdAt: '2026-01-02T00:00:00Z',
    });
    await aConflict({ id: 'c4', field: 'hasil', losingValue: 'B', resolved: true });
    const { groups, book } = await listConflictGroups();
    expect(groups.map((g) => [g.ref.table, g.ref.name, g.conflicts.map((c) => c.id)])).toEqual([
      ['innovations', 'SIGAP Stunting', ['c2', 'c1']],
      ['units', 'Kecamatan Timur', ['c3']],
    ]);
    expect(groups[0]?.ref).toMatchObject({
      parent: 'Dinas Kesehatan',
      open: { route: 'innovation', id: 'i1' },
    });
    expect(book.units.get('u1')).toBe('Dinas Kesehatan');
    const markers = await readSyncMarkers();
    expect([...markers.conflicted].sort()).toEqual(['i1', 'u2']);
  });

  it('discards a refused change and puts it back under the same number', async () => {
    await pulledInnovation({ trialDate: '2026-03-01' });
    const entry = aPatch('innovations', 'i1', { name: 'X' }, { baseVersion: 2 });
    const seqNo = await db.deadLetters.add({ entry, error: 'forbidden', at: AT });
    expect((await readSyncMarkers()).failed.has('i1')).toBe(true);
    const removed = await discardDeadLetter(seqNo);
    expect(await listRejected()).toEqual([]);
    await restoreDeadLetter(removed);
    const [back] = await listRejected();
    expect(back?.letter).toMatchObject({ seq: seqNo, error: 'forbidden', entry: { recordId: 'i1' } });
    expect(back?.ref).toMatchObject({ table: 'innovations', name: 'SIGAP Stunting', state: 'live' });
  });
});
