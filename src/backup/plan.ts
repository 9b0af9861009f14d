/**
 * What an import will do, decided before anything is written (pure). The rule, per record,
 * comparing the file's copy F with this device's copy L:
 *
 * - L missing: F is added as it was on the exporting device. A record whose create was never
 *   sent is queued as a create. Otherwise the server already has it: it is stored as the server
 *   state it reflects (version and dates kept, nothing queued, exactly like a pull), and only the
 *   fields F still had unsent are queued as edits.
 * - L present, field by field (`deleted` counts as a field):
 *   - a field F had unsent (in the file's outbox) is an edit that exists nowhere else. It is
 *     imported unless L has an unsent edit of the same field made later (HLC stamps; on a tie
 *     the file wins, since dropping unsent work would lose it for good). Whether someone changed
 *     that field on the server meanwhile is not known here: the edit is queued with the stamp
 *     and base version it was made with, so the server settles it exactly as if the exporting
 *     device had sent it (the later edit wins, the other is kept as a conflict to review).
 *   - any other field of F is a server value: it is taken only when F reflects a newer server
 *     version than L, and never over an edit L has not sent yet (the same rule as a pull).
 *     Comparing `updatedAt` here would let a stale copy with a late stamp revert others' work.
 *   - nothing taken but something differs: "not overwritten" (L is newer or equally new).
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
  const stamps = stampsOf(pending, unsent);
  if (pending.create) return { action: 'create', table, id: file.id, record: file, stamps };
  // F as the server had it: fields still unsent are left out (the queued edit adds them).
  const snapshot: BackupRecord = { ...file };
  const patch: Fields = {};
  for (const field of unsent) {
    if (field === 'deleted') snapshot.deleted = !file.deleted;
    else {
      patch[field] = file[field];
      delete snapshot[field];
    }
  }
  const setDeleted = pending.fields.has('deleted') ? file.deleted : undefined;
  return {
    action: 'copy',
    table,
    id: file.id,
    deleted: file.deleted,
    snapshot,
    patch,
    stamps,
    ...(setDeleted === undefined ? {} : { setDeleted }),
  };
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
  // F reflects a newer server version: its other fields are taken as a pull would take them,
  // unless an unsent field of F stays out (the stored version would then claim too much).
  const newer = file.version > local.version && taken.length === unsent.length;
  const serverFields = newer ? diffs.filter((f) => !fp.fields.has(f) && !lp.fields.has(f)) : [];
  const current: Fields = { ...local };
  for (const f of serverFields) current[f] = file[f];
  taken = dropInvalid(table, file, taken, current);
  const unsentLeftOut = taken.length < unsent.length;
  const advance = newer && !unsentLeftOut;
  if (taken.length === 0 && (!advance || serverFields.length === 0)) {
    return { action: 'keep', table, id, unsentLeftOut };
  }
  let snapshot: BackupRecord | undefined;
  if (advance) {
    snapshot = { ...file };
    for (const f of fp.fields.keys()) snapshot[f] = local[f];
  }
  const patch: Fields = {};
  for (const f of taken) if (f !== 'deleted') patch[f] = file[f];
  const setDeleted = taken.includes('deleted') ? file.deleted : undefined;
  const deleted = setDeleted ?? (snapshot && !lp.fields.has('deleted') ? snapshot.deleted : local.deleted);
  return {
    action: 'update',
    table,
    id,
    wasDeleted: local.deleted,
    deleted,
    unsentLeftOut,
    patch,
    stamps: stampsOf(fp, taken),
    ...(snapshot ? { snapshot } : {}),
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
