/** The import plan's decisions, record by record and field by field (pure: no database). */
import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  type BackupFile,
  type BackupRecord,
  type BackupTables,
} from '../../src/backup/format';
import { type LocalData, type PlanItem, planImport } from '../../src/backup/plan';
import type { OutboxEntry } from '../../src/db/outbox';
import { TABLES, type TableName } from '../../src/domain/tables';
import { newUnitFields } from '../../src/domain/unit';
import { formatHlc } from '../../src/protocol/hlc';

const T1 = '2026-03-01T09:00:00.000Z';
const T2 = '2026-03-01T10:00:00.000Z';
const T3 = '2026-03-01T11:00:00.000Z';
const HLC_1 = formatHlc(Date.parse(T1), 0, 'device-a');
const HLC_3 = formatHlc(Date.parse(T3), 0, 'device-b');

const unit = (id: string, over: Partial<BackupRecord> & Record<string, unknown> = {}): BackupRecord => ({
  id,
  createdAt: '2026-02-01T08:00:00.000Z',
  updatedAt: T1,
  deleted: false,
  version: 3,
  ...newUnitFields({ name: 'Dinas Sosial', kind: 'opd', contactPerson: 'Ani' }),
  ...over,
});

const conflict = (over: Partial<BackupRecord> & Record<string, unknown>): BackupRecord => ({
  id: 'c1',
  createdAt: T1,
  updatedAt: T1,
  deleted: false,
  version: 12,
  table: 'units',
  recordId: 'u1',
  unitId: 'u1',
  kind: 'field',
  field: 'name',
  winningValue: 'A',
  losingValue: 'B',
  losingClientId: 'dev',
  losingHlc: 'h',
  resolved: false,
  ...over,
});

let seq = 0;
const entry = (
  recordId: string,
  op: OutboxEntry['op'],
  fields: Record<string, unknown>,
  baseVersion = 3,
  table: TableName = 'units',
  hlc = HLC_1,
): OutboxEntry => ({
  seq: ++seq,
  id: `m-${seq}`,
  table,
  recordId,
  op,
  fields,
  baseVersion,
  hlc,
  createdAt: T1,
});

const emptyTables = () => Object.fromEntries(TABLES.map((t) => [t, []])) as unknown as BackupTables;

function file(
  units: BackupRecord[],
  outbox: OutboxEntry[] = [],
  extra: Partial<Record<TableName, BackupRecord[]>> = {},
) {
  const tables = { ...emptyTables(), units, ...extra } as unknown as BackupTables;
  const f: BackupFile = {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    exportedAt: T3,
    appSchemaVersion: 1,
    device: 'device-a',
    checksum: '',
    tables,
    outbox,
  };
  return f;
}

function local(
  units: BackupRecord[],
  outbox: OutboxEntry[] = [],
  extra: Partial<Record<TableName, BackupRecord[]>> = {},
): LocalData {
  return { tables: { ...emptyTables(), units, ...extra } as unknown as LocalData['tables'], outbox };
}

function only(items: PlanItem[]): PlanItem {
  expect(items).toHaveLength(1);
  const [item] = items;
  if (!item) throw new Error('no item');
  return item;
}

describe('records this device does not have', () => {
  it('queues a never-sent record as a create', () => {
    const rec = unit('u1', { version: 0 });
    const plan = planImport(
      file([rec], [entry('u1', 'create', newUnitFields({ name: 'x', kind: 'opd' }), 0)]),
      local([]),
    );
    expect(only(plan.items)).toMatchObject({ action: 'create', table: 'units', id: 'u1', record: rec });
    expect(plan.summary.tables.units.added).toBe(1);
    expect(plan.summary.queued).toBe(1);
  });

  it('never stores a record the file presents as on the server: skipped, pulled instead', () => {
    const rec = unit('u1', { version: 7 });
    const plan = planImport(file([rec]), local([]));
    expect(only(plan.items)).toEqual({
      action: 'skip',
      table: 'units',
      id: 'u1',
      unsentLeftOut: false,
      unsentNoRecord: false,
    });
    expect(plan.summary.tables.units.skipped).toBe(1);
    expect(plan.summary.queued).toBe(0);
    expect(plan.summary.nothingToDo).toBe(true);
  });

  it('says unsent edits of a record this device does not hold cannot be queued yet', () => {
    const rec = unit('u1', { name: 'Dinas Sosial Baru', version: 7 });
    const plan = planImport(file([rec], [entry('u1', 'patch', { name: 'x' }, 7)]), local([]));
    expect(only(plan.items)).toMatchObject({ action: 'skip', unsentNoRecord: true });
    expect(plan.summary.unsentNoRecord).toBe(1);
    expect(plan.summary.queued).toBe(0);
  });

  it('never stores a made-up conflict record, even one the file claims it created', () => {
    const made = conflict({ id: 'c-fake' });
    const plan = planImport(
      file([], [entry('c-fake', 'create', { resolved: false }, 0, 'conflicts')], { conflicts: [made] }),
      local([]),
    );
    expect(only(plan.items)).toMatchObject({ action: 'skip', table: 'conflicts' });
    expect(plan.summary.queued).toBe(0);
  });

  it('queues a never-sent deleted record as created then deleted', () => {
    const unsent = unit('u2', { deleted: true, version: 0 });
    const plan = planImport(
      file([unsent], [entry('u2', 'create', {}, 0), entry('u2', 'delete', { deleted: true }, 0)]),
      local([]),
    );
    expect(only(plan.items)).toMatchObject({ action: 'create', record: { deleted: true } });
    expect(plan.summary.tables.units).toMatchObject({ added: 0, addedDeleted: 1 });
  });
});

describe('records on both sides', () => {
  it('does nothing when they are the same', () => {
    const plan = planImport(file([unit('u1')]), local([unit('u1', { updatedAt: T3 })]));
    expect(only(plan.items).action).toBe('same');
    expect(plan.summary.nothingToDo).toBe(true);
  });

  it('imports an unsent edit from a newer copy', () => {
    const plan = planImport(
      file([unit('u1', { name: 'Baru', updatedAt: T2 })], [entry('u1', 'patch', { name: 'Baru' })]),
      local([unit('u1', { updatedAt: T1, version: 5 })]),
    );
    expect(only(plan.items)).toMatchObject({
      action: 'update',
      patch: { name: 'Baru' },
      unsentLeftOut: false,
    });
  });

  it('imports an unsent edit when the stamps tie', () => {
    const plan = planImport(
      file([unit('u1', { name: 'Baru', updatedAt: T2 })], [entry('u1', 'patch', { name: 'Baru' })]),
      local([unit('u1', { updatedAt: T2 })]),
    );
    expect(only(plan.items)).toMatchObject({ action: 'update', patch: { name: 'Baru' } });
  });

  it('never takes server values from the file, whatever version it claims', () => {
    const plan = planImport(
      file([unit('u1', { name: 'Palsu', contactPerson: 'Palsu', updatedAt: T3, version: 999999999 })]),
      local([unit('u1', { updatedAt: T2, version: 4 })]),
    );
    expect(only(plan.items)).toEqual({
      action: 'skip',
      table: 'units',
      id: 'u1',
      unsentLeftOut: false,
      unsentNoRecord: false,
    });
    expect(plan.summary.tables.units.skipped).toBe(1);
    expect(plan.summary.nothingToDo).toBe(true);
  });

  it('keeps a later unsent edit of the same field made here, and says an unsent change stays out', () => {
    const plan = planImport(
      file([unit('u1', { name: 'Dari file', updatedAt: T1 })], [entry('u1', 'patch', { name: 'x' })]),
      local(
        [unit('u1', { name: 'Di sini', updatedAt: T3 })],
        [entry('u1', 'patch', { name: 'Di sini' }, 3, 'units', HLC_3)],
      ),
    );
    expect(only(plan.items)).toMatchObject({ action: 'skip', unsentLeftOut: true });
    expect(plan.summary.unsentLeftOut).toBe(1);
  });

  it('imports an unsent edit over an older unsent edit of the same field made here', () => {
    const plan = planImport(
      file(
        [unit('u1', { name: 'Dari file', updatedAt: T3 })],
        [entry('u1', 'patch', { name: 'x' }, 3, 'units', HLC_3)],
      ),
      local([unit('u1', { name: 'Di sini', updatedAt: T1 })], [entry('u1', 'patch', { name: 'Di sini' })]),
    );
    expect(only(plan.items)).toMatchObject({ action: 'update', patch: { name: 'Dari file' } });
  });

  it('imports an unsent edit whatever the stamps of the record, with the stamp it was made with', () => {
    // L changed later (another field, on the server): the server settles it by the file's stamp.
    const plan = planImport(
      file([unit('u1', { name: 'Dari file', updatedAt: T1 })], [entry('u1', 'patch', { name: 'x' }, 3)]),
      local([unit('u1', { contactPerson: 'Budi', updatedAt: T3, version: 8 })]),
    );
    expect(only(plan.items)).toMatchObject({
      action: 'update',
      patch: { name: 'Dari file' },
      localVersion: 8,
      stamps: { name: { base: 3, hlc: HLC_1 } },
    });
  });

  it('never reverts newer server values with a stale copy, whatever its stamp', () => {
    // The file reflects server version 3 plus an unsent name edit; this device has version 8.
    const plan = planImport(
      file(
        [unit('u1', { name: 'Dari file', contactPerson: 'Lama', updatedAt: T3, version: 3 })],
        [entry('u1', 'patch', { name: 'x' }, 3)],
      ),
      local([unit('u1', { contactPerson: 'Terbaru', updatedAt: T2, version: 8 })]),
    );
    const item = only(plan.items);
    expect(item).toMatchObject({ action: 'update', patch: { name: 'Dari file' } });
    if (item.action !== 'update') throw new Error(item.action);
    expect(item.patch).not.toHaveProperty('contactPerson');
  });

  it('leaves newer server values in the file to the pull, keeping this device’s unsent edits', () => {
    const plan = planImport(
      file([unit('u1', { name: 'Server baru', contactPerson: 'Server', updatedAt: T2, version: 9 })]),
      local(
        [unit('u1', { contactPerson: 'Saya', updatedAt: T1, version: 4 })],
        [entry('u1', 'patch', { contactPerson: 'Saya' }, 4)],
      ),
    );
    expect(only(plan.items)).toMatchObject({ action: 'skip' });
    expect(plan.summary.queued).toBe(0);
  });

  it('counts deletions and restorations', () => {
    const plan = planImport(
      file(
        [
          unit('u1', { deleted: true, updatedAt: T2 }),
          unit('u2', { deleted: false, updatedAt: T2, version: 6 }),
        ],
        [entry('u1', 'delete', { deleted: true }), entry('u2', 'patch', { deleted: false }, 5)],
      ),
      local([unit('u1'), unit('u2', { deleted: true, version: 5 })]),
    );
    expect(plan.items[0]).toMatchObject({
      action: 'update',
      setDeleted: true,
      deleted: true,
      wasDeleted: false,
    });
    expect(plan.items[1]).toMatchObject({
      action: 'update',
      setDeleted: false,
      deleted: false,
      wasDeleted: true,
    });
    expect(plan.summary.tables.units).toMatchObject({ updated: 2, deleting: 1, restoring: 1 });
  });

  it('only ever queues `resolved` for a conflict', () => {
    const plan = planImport(
      file([], [entry('c1', 'patch', { resolved: true }, 12, 'conflicts')], {
        conflicts: [conflict({ resolved: true, updatedAt: T2 })],
      }),
      local([], [], { conflicts: [conflict({})] }),
    );
    expect(only(plan.items)).toMatchObject({
      action: 'update',
      table: 'conflicts',
      patch: { resolved: true },
    });
  });
});
