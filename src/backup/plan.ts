/**
 * What an import will do, decided before anything is written (pure). A backup file carries
 * unsent work, not server truth: anything it presents as already on the server (a version, a
 * conflict record, other fields) may be stale or forged (the checksum detects damage, not a
 * forger), so it is never stored as server data. Per record, comparing the file's copy F with
 * this device's copy L:
 *
 * - F's create was never sent (in the file's outbox) and L is missing: queued as a create
 *   through the write path; the server validates, scopes and accepts or refuses it.
 * - Any other F with L missing: skipped; the record comes from the server with the next pull
 *   (if it is one the person may see). Unsent edits of it cannot be queued yet: the preview says so.
 * - L present: only the fields F had unsent (in the file's outbox) are imported, as edits queued
 *   through the write path, unless L has an unsent edit of the same field made later (HLC
 *   stamps; on a tie the file wins, since dropping unsent work would lose it for good). Every
 *   other difference is server data: skipped, the pull settles it. Conflicts are server
 *   records: only `resolved` can be queued.
 */
import type { OutboxEntry } from '../db/outbox';
import { FIELD_NAMES, TABLES, type TableName, VALIDATORS } from '../domain/tables';
import type { FieldError } from '../domain/validation';
import { canonicalJson } from './checksum';
import { type BackupFile, type BackupRecord, recordsOf } from './format';
import { type Pending, pendingByRecord, recordKey, type Stamp } from './pending';
import type { Fields, PlanItem } from './plan-item';
import { type ImportSummary, summarize } from './summary';

export type { Fields, PlanItem } from './plan-item';

export interface ImportPlan {
  items: PlanItem[];
  summary: ImportSummary;
}

export interface LocalData {
  tables: { [T in TableName]: readonly BackupRecord[] };
  outbox: readonly OutboxEntry[];
}

const NO_PENDING: Pending = { create: false, fields: new Map() };
const same = (a: unknown, b: unknown): boolean => a === b || canonicalJson(a) === canonicalJson(b);

function stampsOf(pending: Pending, fields: readonly string[]): Record<string, Stamp> {
  const out: Record<string, Stamp> = {};
  for (const f of fields) {
    const stamp = pending.fields.get(f);
    if (stamp) out[f] = stamp;
  }
  return out;
}

function addItem(table: TableName, file: BackupRecord, pending: Pending): PlanItem {
  const unsent = [...pending.fields.keys()];
  if (pending.create && table !== 'conflicts')
    return { action: 'create', table, id: file.id, record: file, stamps: stampsOf(pending, unsent) };
  return { action: 'skip', table, id: file.id, unsentLeftOut: false, unsentNoRecord: unsent.length > 0 };
}

function validate(table: TableName, patch: Fields, current: Fields): FieldError[] {
  const editable = Object.fromEntries(
    FIELD_NAMES[table].filter((f) => f in current).map((f) => [f, current[f]]),
  );
  return (VALIDATORS[table] as (p: Fields, c?: Fields) => FieldError[])(patch, editable);
}

/**
 * A patch the write path would refuse against this device's copy (e.g. a date now before
 * another one kept from L) loses the offending fields rather than failing the whole import.
 */
function dropInvalid(table: TableName, file: BackupRecord, taken: string[], current: Fields): string[] {
  let fields = taken;
  for (let round = 0; round < 3; round++) {
    const patch = Object.fromEntries(fields.filter((f) => f !== 'deleted').map((f) => [f, file[f]]));
    const errors = validate(table, patch, current);
    if (errors.length === 0) return fields;
    const bad = new Set(errors.map((e) => e.field));
    fields = fields.filter((f) => !bad.has(f));
  }
  return fields.filter((f) => f === 'deleted');
}

function mergeItem(
  table: TableName,
  file: BackupRecord,
  local: BackupRecord,
  fp: Pending,
  lp: Pending,
): PlanItem {
  const id = file.id;
  const diffs = [...FIELD_NAMES[table], 'deleted'].filter((f) => !same(file[f], local[f]));
  if (diffs.length === 0) return { action: 'same', table, id };
  const unsent = diffs.filter((f) => fp.fields.has(f));
  let taken = unsent.filter((f) => {
    const mine = lp.fields.get(f);
    const theirs = fp.fields.get(f);
    return !mine || !theirs || theirs.hlc >= mine.hlc;
  });
  taken = dropInvalid(table, file, taken, { ...local });
  const unsentLeftOut = taken.length < unsent.length;
  if (taken.length === 0) return { action: 'skip', table, id, unsentLeftOut, unsentNoRecord: false };
  const patch: Fields = {};
  for (const f of taken) if (f !== 'deleted') patch[f] = file[f];
  const setDeleted = taken.includes('deleted') ? file.deleted : undefined;
  return {
    action: 'update',
    table,
    id,
    localVersion: local.version,
    wasDeleted: local.deleted,
    deleted: setDeleted ?? local.deleted,
    unsentLeftOut,
    patch,
    stamps: stampsOf(fp, taken),
    ...(setDeleted === undefined ? {} : { setDeleted }),
  };
}

export function planImport(file: BackupFile, local: LocalData): ImportPlan {
  const filePending = pendingByRecord(file.outbox);
  const localPending = pendingByRecord(local.outbox);
  const items: PlanItem[] = [];
  for (const table of TABLES) {
    const mine = new Map(local.tables[table].map((r) => [r.id, r]));
    for (const record of recordsOf(file.tables, table)) {
      const key = recordKey(table, record.id);
      const fp = filePending.get(key) ?? NO_PENDING;
      const existing = mine.get(record.id);
      items.push(
        existing
          ? mergeItem(table, record, existing, fp, localPending.get(key) ?? NO_PENDING)
          : addItem(table, record, fp),
      );
    }
  }
  return { items, summary: summarize(items, file.outbox.length) };
}
