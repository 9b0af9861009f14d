/** The backup file against real (fake) IndexedDB: export, and import into another device. */
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/backup/checksum';
import { type BackupFile, recordsOf } from '../../src/backup/format';
import { pendingByRecord } from '../../src/backup/pending';
import { applyImport, exportBackup, previewImport } from '../../src/db/backup';
import { getDevice } from '../../src/db/device';
import { updateRecord } from '../../src/db/mutations';
import { db, type KlinikDb } from '../../src/db/schema';
import { applyPullPage } from '../../src/db/sync-store';
import { TABLES } from '../../src/domain/tables';
import { newUnitFields } from '../../src/domain/unit';
import { AT, exported, fillDevice, otherDevice, snapshot } from './backup-helpers';

describe('export', () => {
  it('writes every record of every table and the whole outbox, with a header', async () => {
    await fillDevice();
    const { text, file } = await exported();
    expect(text.startsWith('{"format":"klinik-inovasi-backup","formatVersion":1')).toBe(true);
    expect(file).toMatchObject({
      exportedAt: '2026-03-10T07:30:00.000Z',
      appSchemaVersion: 1,
      device: (await getDevice(db)).clientId,
      account: 'fasilitator1',
    });
    for (const table of TABLES) {
      const rows = await db.table(table).toArray();
      expect(rows.length, table).toBeGreaterThan(0);
      expect(canonicalJson(file.tables[table])).toBe(canonicalJson(rows));
    }
    expect(canonicalJson(file.outbox)).toBe(canonicalJson(await db.outbox.orderBy('seq').toArray()));
    expect((await exportBackup(db)).fileName).toMatch(/^klinik-inovasi-cadangan-\d{4}-\d{2}-\d{2}\.json$/);
  });
});

/**
 * What the server would hand `other` on a first pull: the file's records as the server has them
 * (without the exporting device's unsent changes, which the server never got).
 */
async function pullSameServerState(file: BackupFile, other: KlinikDb): Promise<void> {
  const pending = pendingByRecord(file.outbox);
  const changes = TABLES.flatMap((table) =>
    recordsOf(file.tables, table).flatMap((record) => {
      const p = pending.get(`${table}/${record.id}`);
      if (p?.create) return [];
      const { id, version, deleted, ...fields } = record;
      // Unsent edits are left out: the server still has the value from before them.
      for (const f of p?.fields.keys() ?? []) if (f !== 'deleted') delete fields[f];
      return [
        { table, recordId: id, version, deleted: p?.fields.has('deleted') ? !deleted : deleted, fields },
      ];
    }),
  );
  await applyPullPage(changes, 'cursor-same', other);
}

describe('import into another device', () => {
  it('stores only never-sent records, skipping everything the file presents as on the server', async () => {
    await fillDevice();
    const { file } = await exported();
    const other = otherDevice();
    const outcome = await applyImport(file, other);
    const pendingInFile = pendingByRecord(file.outbox);
    let skipped = 0;
    for (const table of TABLES) {
      const imported = new Map((await other.table(table).toArray()).map((r) => [r.id, r]));
      for (const record of recordsOf(file.tables, table)) {
        const created = pendingInFile.get(`${table}/${record.id}`)?.create && table !== 'conflicts';
        if (created) {
          const { updatedAt: _u, version: _v, ...rest } = record;
          expect(imported.get(record.id), `${table}/${record.id}`).toMatchObject({ ...rest, version: 0 });
        } else {
          expect(imported.has(record.id), `${table}/${record.id}`).toBe(false);
          skipped++;
        }
      }
    }
    expect(outcome.plan.summary.totals.skipped).toBe(skipped);
    expect(skipped).toBeGreaterThan(0);
    // Nothing pulled is claimed: no cursor, no server conflict record.
    expect(await other.meta.get('pullCursor')).toBeUndefined();
    expect(await other.conflicts.count()).toBe(0);
    // The queued creates carry the records' own creation time to the server.
    const creates = (await other.outbox.toArray()).filter((e) => e.op === 'create');
    expect(creates.length).toBeGreaterThan(0);
    for (const e of creates)
      expect(e.createdAt).toBe((await other.table(e.table).get(e.recordId))?.createdAt);
  });

  it('queues every unsent change on a device holding the same server records', async () => {
    await fillDevice();
    const { file } = await exported();
    const other = otherDevice();
    await pullSameServerState(file, other);
    await applyImport(file, other);
    const pendingInFile = pendingByRecord(file.outbox);
    const queued = pendingByRecord(await other.outbox.toArray());
    expect([...queued.keys()].sort()).toEqual([...pendingInFile.keys()].sort());
    for (const [key, pending] of pendingInFile) {
      expect(queued.get(key)?.create, key).toBe(pending.create);
      for (const field of pending.fields.keys())
        expect(queued.get(key)?.fields.has(field), `${key}.${field}`).toBe(true);
    }
    // Importing the same file again finds nothing to do.
    const again = await previewImport(file, other);
    expect(again.plan.summary.nothingToDo).toBe(true);
  });

  it('does not overwrite newer data on the receiving device', async () => {
    await fillDevice();
    const { file } = await exported();
    const other = otherDevice();
    await pullSameServerState(file, other);
    await applyImport(file, other);
    await updateRecord('innovations', 'srv-inno', { name: 'Nama terbaru di perangkat B' }, other);
    const preview = await previewImport(file, other);
    expect(preview.plan.summary.totals).toMatchObject({ added: 0, updated: 0 });
    expect(preview.plan.summary.unsentLeftOut).toBe(1);
    await applyImport(file, other);
    expect((await other.innovations.get('srv-inno'))?.name).toBe('Nama terbaru di perangkat B');
  });

  it('leaves nothing behind when writing fails half-way', async () => {
    await fillDevice();
    const { file } = await exported();
    const other = otherDevice();
    await applyPullPage(
      [
        {
          table: 'units',
          recordId: 'b-unit',
          version: 2,
          deleted: false,
          fields: { createdAt: AT, updatedAt: AT, ...newUnitFields({ name: 'Dinas B', kind: 'opd' }) },
        },
      ],
      'b-cursor',
      other,
    );
    await getDevice(other); // a device in use has its id already
    const before = await snapshot(other);
    let adds = 0;
    const failLater = (() => {
      if (++adds === 40) throw new Error('disk full');
    }) as () => void;
    other.outbox.hook('creating', failLater);
    try {
      await expect(applyImport(file, other)).rejects.toThrow('disk full');
    } finally {
      other.outbox.hook('creating').unsubscribe(failLater);
    }
    expect(adds).toBe(40);
    expect(await snapshot(other)).toEqual(before);
  });
});
