/**
 * The server's merge rule for one mutation, as a pure function so every storage backend
 * (SQLite today, PostgreSQL later) applies exactly the same semantics.
 *
 * Per field the server remembers the version that last changed it and the HLC stamp of that
 * write (the stamp ends with the writer's client id, so comparing stamps as strings also
 * breaks ties deterministically). A patch field whose server version is newer than the
 * mutation's baseVersion is a concurrent edit: the later stamp wins, and the losing value is
 * returned as a conflict for a person to review. A delete always wins over edits; an edit that
 * meets (or is cut off by) a delete is kept as a conflict instead of being dropped.
 */
import type { ConflictFields, Mutation } from '../../protocol/protocol';

export interface FieldMeta {
  /** Server version (commit sequence) that last changed the field. */
  v: number;
  /** HLC stamp of that write. */
  hlc: string;
}

export interface ServerRecord {
  table: Mutation['table'] | 'conflicts';
  id: string;
  unitId: string;
  version: number;
  deleted: boolean;
  fields: Record<string, unknown>;
  meta: Record<string, FieldMeta>;
  createdAt: string;
  updatedAt: string;
}

export type NewConflict = Omit<ConflictFields, 'unitId' | 'createdAt' | 'resolved'>;

export interface MergeResult {
  /** The record after the mutation, or null when nothing changed. */
  next: ServerRecord | null;
  conflicts: NewConflict[];
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The client id inside an HLC stamp (`ms:counter:node`). */
export function stampNode(hlc: string): string {
  const i = hlc.indexOf(':', hlc.indexOf(':') + 1);
  return i < 0 ? '' : hlc.slice(i + 1);
}

export function mergeMutation(
  existing: ServerRecord | undefined,
  m: Mutation,
  ctx: { seq: number; now: string; unitId: string; clientId: string },
): MergeResult {
  const stamp = { v: ctx.seq, hlc: m.hlc };
  if (!existing) {
    if (m.op !== 'create') return { next: null, conflicts: [] };
    const meta: Record<string, FieldMeta> = { deleted: stamp };
    for (const k of Object.keys(m.fields)) meta[k] = stamp;
    return {
      next: {
        table: m.table,
        id: m.recordId,
        unitId: ctx.unitId,
        version: ctx.seq,
        deleted: false,
        fields: { ...m.fields },
        meta,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      },
      conflicts: [],
    };
  }

  const fields = { ...existing.fields };
  const meta = { ...existing.meta };
  let deleted = existing.deleted;
  let changed = false;
  const conflicts: NewConflict[] = [];
  const lose = (
    field: string,
    kind: NewConflict['kind'],
    winningValue: unknown,
    losingValue: unknown,
    loser: FieldMeta,
  ) =>
    conflicts.push({
      table: m.table,
      recordId: m.recordId,
      kind,
      field,
      winningValue,
      losingValue,
      losingClientId: loser.hlc === m.hlc ? ctx.clientId : stampNode(loser.hlc),
      losingHlc: loser.hlc,
    });
  // Changed on the server after the client's base version, by someone else: one client's own
  // successive writes are sequential, never concurrent, whatever base version they carry.
  const othersChange = (fm: FieldMeta | undefined) =>
    fm !== undefined && fm.v > m.baseVersion && stampNode(fm.hlc) !== ctx.clientId;
  const concurrent = (field: string) => othersChange(meta[field]);

  if (m.op === 'delete') {
    if (!existing.deleted) {
      deleted = true;
      meta.deleted = stamp;
      changed = true;
      // The delete wins, but edits others made since this client last saw the record are kept.
      for (const [field, fm] of Object.entries(existing.meta)) {
        if (field !== 'deleted' && othersChange(fm)) lose(field, 'deleted', null, existing.fields[field], fm);
      }
    }
    return finish();
  }

  // create of an id the server already has, or patch: field by field.
  const wantsRestore = m.fields.deleted === false;
  if ('deleted' in m.fields && typeof m.fields.deleted === 'boolean' && m.fields.deleted !== deleted) {
    const fm = meta.deleted ?? { v: 0, hlc: '' };
    if (!concurrent('deleted') || m.hlc > fm.hlc) {
      deleted = m.fields.deleted;
      meta.deleted = stamp;
      changed = true;
    } else {
      lose('deleted', 'field', deleted, m.fields.deleted, stamp);
    }
  }
  for (const [field, value] of Object.entries(m.fields)) {
    if (field === 'deleted') continue;
    if (deleted && !wantsRestore) {
      // An edit meeting a delete: the delete stands, the edit is kept for a person to restore.
      if (!same(fields[field], value)) lose(field, 'deleted', fields[field], value, stamp);
      continue;
    }
    const fm = meta[field];
    if (same(fields[field], value)) {
      // Sent unchanged on purpose (fields that must agree travel together, e.g. a stage's status
      // with its checklist): a write that would win takes the field's stamp, so a concurrent
      // write is judged against it as against its siblings, and all of them win or lose as one.
      if (fm && fm.hlc !== m.hlc && (!concurrent(field) || m.hlc > fm.hlc)) {
        meta[field] = stamp;
        changed = true;
      }
      continue;
    }
    if (fm && concurrent(field)) {
      if (m.hlc > fm.hlc) {
        lose(field, 'field', value, fields[field], fm);
      } else {
        lose(field, 'field', fields[field], value, stamp);
        continue;
      }
    }
    fields[field] = value;
    meta[field] = stamp;
    changed = true;
  }
  return finish();

  function finish(): MergeResult {
    if (!changed) return { next: null, conflicts };
    return {
      next: {
        ...existing,
        fields,
        meta,
        deleted,
        version: ctx.seq,
        unitId: ctx.unitId,
        updatedAt: ctx.now,
      } as ServerRecord,
      conflicts,
    };
  }
}
