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
import { applyPullPage } from '../../src/db/sync-store';
import type { Conflict } from '../../src/domain/conflict';
import { newInnovationFields } from '../../src/domain/innovation';
import { newUnitFields } from '../../src/domain/unit';
import { formatHlc } from '../../src/protocol/hlc';

const AT = '2026-01-10T03:00:00.000Z';
const OTHER = '0190aaaa-bbbb-7ccc-8ddd-eeeeff123456';

/** Puts records on the device as a pull from the server would (no outbox entries). */
async function pull(table: string, id: string, version: number, fields: object, deleted = false) {
  await applyPullPage(
    [
      {
        table: table as 'units',
        recordId: id,
        version,
        deleted,
        fields: { createdAt: AT, updatedAt: AT, ...fields },
      },
    ],
    `c${version}`,
  );
}

async function seed(opts: { innovationDeleted?: boolean } = {}) {
  await pull('units', 'u1', 1, newUnitFields({ name: 'Dinas Kesehatan', kind: 'opd' }));
  await pull(
    'innovations',
    'i1',
    2,
    newInnovationFields({ unitId: 'u1', name: 'SIGAP Stunting', trialDate: '2026-03-01' }),
    opts.innovationDeleted,
  );
}

let seq = 10;
async function addConflict(partial: Partial<Conflict> & Pick<Conflict, 'id' | 'field' | 'losingValue'>) {
  const { id, ...rest } = partial;
  seq++;
  await pull('conflicts', id, seq, {
    table: 'innovations',
    recordId: 'i1',
    unitId: 'u1',
    kind: 'field',
    winningValue: null,
    losingClientId: OTHER,
    losingHlc: formatHlc(Date.parse(AT), 0, OTHER),
    resolved: false,
    ...rest,
  });
  const stored = await db.conflicts.get(id);
  if (!stored) throw new Error('conflict not stored');
  return stored;
}

describe('resolving conflicts', () => {
  it('writes the losing value into the record and closes the conflict together', async () => {
    await seed();
    const c = await addConflict({
      id: 'c1',
      field: 'trialDate',
      winningValue: '2026-03-01',
      losingValue: '2026-02-15',
    });
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
    await seed();
    const c = await addConflict({
      id: 'c1',
      field: 'trialDate',
      winningValue: '2026-03-01',
      losingValue: '2026-02-15',
    });
    await resolveConflict(c);
    expect((await db.innovations.get('i1'))?.trialDate).toBe('2026-03-01');
    expect((await db.conflicts.get('c1'))?.resolved).toBe(true);
    expect((await db.outbox.toArray()).map((e) => e.table)).toEqual(['conflicts']);
  });

  it('leaves record and conflict unchanged when the transaction fails', async () => {
    await seed();
    const c = await addConflict({
      id: 'c1',
      field: 'trialDate',
      winningValue: '2026-03-01',
      losingValue: '2026-02-15',
    });
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
    await seed({ innovationDeleted: true });
    const c = await addConflict({
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
    await seed({ innovationDeleted: true });
    const c = await addConflict({ id: 'c1', kind: 'deleted', field: 'tujuan', losingValue: 'X' });
    await resolveConflict(c);
    expect((await db.innovations.get('i1'))?.deleted).toBe(true);
    expect((await db.conflicts.get('c1'))?.resolved).toBe(true);
  });

  it('refuses a losing value that no longer validates and writes nothing', async () => {
    await seed();
    const c = await addConflict({
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
    await seed();
    const c = await addConflict({ id: 'c1', field: 'deleted', winningValue: false, losingValue: true });
    await restoreLosingValue(c);
    expect((await db.innovations.get('i1'))?.deleted).toBe(true);
    expect((await db.conflicts.get('c1'))?.resolved).toBe(true);
  });
});

describe('sync queries', () => {
  it('groups unresolved conflicts by record, newest group first', async () => {
    await seed();
    await pull('units', 'u2', 3, newUnitFields({ name: 'Kecamatan Timur', kind: 'kecamatan' }));
    await addConflict({
      id: 'c1',
      field: 'trialDate',
      losingValue: '2026-02-01',
      createdAt: '2026-01-01T00:00:00Z',
    });
    await addConflict({ id: 'c2', field: 'tujuan', losingValue: 'A', createdAt: '2026-01-03T00:00:00Z' });
    await addConflict({
      id: 'c3',
      table: 'units',
      recordId: 'u2',
      field: 'name',
      losingValue: 'Kec. Timur',
      createdAt: '2026-01-02T00:00:00Z',
    });
    await addConflict({ id: 'c4', field: 'hasil', losingValue: 'B', resolved: true });
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
    await seed();
    const entry = {
      id: 'm1',
      table: 'innovations' as const,
      recordId: 'i1',
      op: 'patch' as const,
      fields: { name: 'X' },
      baseVersion: 2,
      hlc: formatHlc(Date.parse(AT), 0, OTHER),
      createdAt: AT,
    };
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
