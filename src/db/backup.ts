/**
 * The backup file against IndexedDB: export reads everything in one transaction; import plans
 * against what is stored (backup/plan.ts has the rule) and applies the plan in ONE transaction,
 * so a failure anywhere leaves nothing behind. Nothing from the file is stored as server data:
 * what it carries goes through `writeChanges`, queued for sync like any edit made on this
 * device, so the server validates, scopes and merges it (and refuses what it must).
 */

import {
  type BackupFile,
  type BackupRecord,
  type BackupTables,
  backupFileName,
  buildBackup,
  recordCount,
  serializeBackup,
} from '../backup/format';
import { recordKey } from '../backup/pending';
import { type ImportPlan, type LocalData, type PlanItem, planImport } from '../backup/plan';
import { localToday } from '../domain/dates';
import { FIELD_NAMES, TABLES, type TableName } from '../domain/tables';
import { SCHEMA_VERSION } from '../protocol/protocol';
import { getDevice } from './device';
import { type Change, writeChanges } from './mutations';
import { db as defaultDb, type KlinikDb } from './schema';
import { getSession } from './session-store';

export interface ExportResult {
  file: BackupFile;
  text: string;
  fileName: string;
  records: number;
  /** Unsent changes the file carries. */
  unsent: number;
}

function scope(database: KlinikDb) {
  return [...TABLES.map((t) => database.table(t)), database.outbox, database.meta, database.tombstones];
}

async function readTables(database: KlinikDb): Promise<BackupTables> {
  const entries = await Promise.all(TABLES.map(async (t) => [t, await database.table(t).toArray()] as const));
  return Object.fromEntries(entries) as unknown as BackupTables;
}

async function readLocal(database: KlinikDb): Promise<LocalData> {
  const tables = (await readTables(database)) as unknown as LocalData['tables'];
  return { tables, outbox: await database.outbox.orderBy('seq').toArray() };
}

export async function exportBackup(
  database: KlinikDb = defaultDb,
  now: Date = new Date(),
): Promise<ExportResult> {
  const device = await getDevice(database);
  const read = await database.transaction('r', scope(database), async () => ({
    tables: await readTables(database),
    outbox: await database.outbox.orderBy('seq').toArray(),
    session: await getSession(database),
  }));
  const file = await buildBackup({
    exportedAt: now.toISOString(),
    appSchemaVersion: SCHEMA_VERSION,
    device: device.clientId,
    account: read.session?.user.username,
    tables: read.tables,
    outbox: read.outbox,
  });
  return {
    file,
    text: serializeBackup(file),
    fileName: backupFileName(localToday(now)),
    records: recordCount(read.tables),
    unsent: read.outbox.length,
  };
}

export interface ImportPreview {
  plan: ImportPlan;
  /** The account logged in here, to warn when the file comes from another one. */
  account: string | null;
}

/** What importing `file` would do right now (nothing is written). */
export async function previewImport(
  file: BackupFile,
  database: KlinikDb = defaultDb,
): Promise<ImportPreview> {
  return database.transaction('r', scope(database), async () => ({
    plan: planImport(file, await readLocal(database)),
    account: (await getSession(database))?.user.username ?? null,
  }));
}

function editableOf(table: TableName, record: BackupRecord): Record<string, unknown> {
  return Object.fromEntries(FIELD_NAMES[table].map((f) => [f, record[f]]));
}

function changesOf(item: PlanItem): Change[] {
  const { table, id } = item;
  if (item.action === 'create') {
    const create = { table, op: 'create', id, fields: editableOf(table, item.record) } as Change;
    return item.record.deleted ? [create, { table, op: 'delete', id }] : [create];
  }
  if (item.action !== 'update') return [];
  const changes: Change[] = [];
  if (item.setDeleted === false) changes.push({ table, op: 'restore', id });
  if (Object.keys(item.patch).length > 0)
    changes.push({ table, op: 'patch', id, fields: item.patch } as Change);
  if (item.setDeleted === true) changes.push({ table, op: 'delete', id });
  return changes;
}

/**
 * The write path stamps what it queues as an edit made here and now, on this device's version.
 * An imported unsent change was made elsewhere, earlier: its queued entry gets the file's HLC
 * stamp and base version back, so the server settles it against concurrent edits as if the
 * exporting device had sent it, and a create keeps the record's real creation time. The file's
 * stamps are not trusted further than that: a base version is never above the version this
 * device holds, and a stamp never later than the one the write path just gave (a forged
 * `version: 999999999` or a stamp in the year 9999 would otherwise win against every later
 * edit). Same transaction, bookkeeping only.
 */
async function carryFileStamps(
  items: readonly PlanItem[],
  afterSeq: number,
  database: KlinikDb,
): Promise<void> {
  const byRecord = new Map<string, PlanItem>();
  for (const item of items) if ('stamps' in item) byRecord.set(recordKey(item.table, item.id), item);
  for (const entry of await database.outbox.where('seq').above(afterSeq).toArray()) {
    const item = byRecord.get(recordKey(entry.table, entry.recordId));
    if (!item || !('stamps' in item) || entry.seq === undefined) continue;
    const names = entry.op === 'delete' ? ['deleted'] : Object.keys(entry.fields);
    const stamps = names.flatMap((n) => item.stamps[n] ?? []);
    if (stamps.length === 0) continue;
    const created = item.action === 'create' && entry.op === 'create';
    const fileHlc =
      stamps
        .map((st) => st.hlc)
        .sort()
        .at(-1) ?? entry.hlc; // stamps sort as strings
    const ceiling = item.action === 'update' ? item.localVersion : entry.baseVersion;
    await database.outbox.update(entry.seq, {
      baseVersion: entry.op === 'create' ? 0 : Math.min(ceiling, ...stamps.map((st) => st.base)),
      hlc: [fileHlc, entry.hlc].sort()[0] ?? entry.hlc,
      ...(created ? { createdAt: item.record.createdAt } : {}),
    });
    if (created) await database.table(item.table).update(item.id, { createdAt: item.record.createdAt });
  }
}

export interface ImportOutcome {
  plan: ImportPlan;
  /** Changes waiting to be sent after the import. */
  pending: number;
}

/**
 * Applies `file` in one transaction. The plan is made again inside it, against the data as it
 * is at that moment (a sync may have run since the preview), so nothing newer is overwritten.
 */
export async function applyImport(file: BackupFile, database: KlinikDb = defaultDb): Promise<ImportOutcome> {
  // Outside the transaction: a failed import must not take a new device id down with it.
  await getDevice(database);
  return database.transaction('rw', scope(database), async () => {
    const plan = planImport(file, await readLocal(database));
    const lastSeq = (await database.outbox.orderBy('seq').last())?.seq ?? 0;
    await writeChanges(plan.items.flatMap(changesOf), database);
    await carryFileStamps(plan.items, lastSeq, database);
    return { plan, pending: await database.outbox.count() };
  });
}
