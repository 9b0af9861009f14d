/**
 * Applies one push, mutation by mutation, inside the caller's storage transaction. Each
 * mutation's result is stored with its effect (same transaction), so a replayed push returns
 * the stored result and changes nothing: exactly-once application even when the client never
 * saw the first answer.
 */
import { uuidv7 } from '../../domain/ids';
import { FIELD_NAMES, isTableName, type TableName, VALIDATORS } from '../../domain/tables';
import type { FieldError } from '../../domain/validation';
import { formatHlc, parseHlc } from '../../protocol/hlc';
import type { ConflictFields, Mutation, MutationResult } from '../../protocol/protocol';
import { mergeMutation, type NewConflict, type ServerRecord } from './merge';
import { type AuthUser, canWrite, GLOBAL_SCOPE } from './permissions';

/** What apply-push needs from storage, synchronously inside one transaction. */
export interface RecordAccess {
  getMutationResult(clientId: string, mutationId: string): MutationResult | undefined;
  saveMutationResult(clientId: string, mutationId: string, result: MutationResult): void;
  getRecord(table: string, id: string): ServerRecord | undefined;
  putRecord(record: ServerRecord): void;
  nextSeq(): number;
  /** Records of `table` whose `field` equals `value` (children of a parent). */
  findRecords(table: string, field: string, value: string): ServerRecord[];
  addUnitToUser(userId: string, unitId: string): void;
}

/** Stamps more than this far in the future are pulled back, so one bad clock can't win forever. */
export const MAX_CLOCK_SKEW_MS = 60_000;

function reject(m: { id: string }, error: string, details?: FieldError[]): MutationResult {
  return { id: m.id, status: 'rejected', version: 0, error, ...(details ? { details } : {}) };
}

function clampHlc(hlc: string, nowMs: number): string | null {
  const p = parseHlc(hlc);
  if (!p) return null;
  return p.ms > nowMs + MAX_CLOCK_SKEW_MS ? formatHlc(nowMs + MAX_CLOCK_SKEW_MS, p.counter, p.node) : hlc;
}

function scopeOf(
  access: RecordAccess,
  table: TableName | 'conflicts',
  id: string,
  fields: Record<string, unknown>,
): string | null {
  switch (table) {
    case 'units':
      return id;
    case 'targets':
      return GLOBAL_SCOPE;
    case 'stageProgress': {
      const parent = access.getRecord('innovations', String(fields.innovationId ?? ''));
      return parent ? parent.unitId : null;
    }
    case 'conflicts':
      return typeof fields.unitId === 'string' ? fields.unitId : null;
    default:
      return typeof fields.unitId === 'string' && fields.unitId !== '' ? fields.unitId : null;
  }
}

export function applyPush(
  access: RecordAccess,
  user: AuthUser,
  clientId: string,
  mutations: readonly Mutation[],
  now: Date,
): MutationResult[] {
  // A copy: a unit a facilitator creates joins their scope for the rest of this push too, so
  // "new unit + an innovation in it" made offline is not refused as out of scope.
  const actor: AuthUser = { ...user, unitIds: [...user.unitIds] };
  return mutations.map((m) => {
    const stored = access.getMutationResult(clientId, m.id);
    if (stored) return stored.status === 'rejected' ? stored : { ...stored, status: 'duplicate' };
    const result = applyOne(access, actor, clientId, m, now);
    access.saveMutationResult(clientId, m.id, result);
    return result;
  });
}

function applyOne(
  access: RecordAccess,
  user: AuthUser,
  clientId: string,
  raw: Mutation,
  now: Date,
): MutationResult {
  const table = raw.table as TableName | 'conflicts';
  if (!isTableName(table) && table !== 'conflicts') return reject(raw, 'unknown-table');
  const hlc = clampHlc(raw.hlc, now.getTime());
  if (!hlc) return reject(raw, 'invalid', [{ field: 'hlc', code: 'invalidChoice' }]);
  const nowIso = now.toISOString();
  const { createdAt: clientCreatedAt, ...fields } = raw.fields;
  const m: Mutation = { ...raw, hlc, fields };
  const existing = access.getRecord(table, m.recordId);

  if (table === 'conflicts') {
    // People resolve conflicts; only the `resolved` flag of an existing one may change.
    const keys = Object.keys(fields);
    if (m.op !== 'patch' || keys.some((k) => k !== 'resolved') || typeof fields.resolved !== 'boolean') {
      return reject(m, 'invalid', [{ field: 'resolved', code: 'invalidChoice' }]);
    }
    if (!existing) return reject(m, 'not-found');
  } else {
    const dataFields = Object.fromEntries(Object.entries(fields).filter(([k]) => k !== 'deleted'));
    if ('deleted' in fields && typeof fields.deleted !== 'boolean') {
      return reject(m, 'invalid', [{ field: 'deleted', code: 'invalidChoice' }]);
    }
    if (m.op === 'create' && !existing) {
      const missing = FIELD_NAMES[table].filter((f) => !(f in dataFields));
      if (missing.length)
        return reject(
          m,
          'invalid',
          missing.map((field) => ({ field, code: 'required' })),
        );
    }
    const validate = VALIDATORS[table] as (
      p: Record<string, unknown>,
      c?: Record<string, unknown>,
    ) => FieldError[];
    const errors = validate(dataFields, existing?.fields);
    if (errors.length) return reject(m, 'invalid', errors);
    if (m.op !== 'create' && !existing) return reject(m, 'not-found');
  }

  const merged = { ...existing?.fields, ...fields };
  const after = scopeOf(access, table, m.recordId, merged);
  if (after === null) return reject(m, 'not-found');
  if (!canWrite(user, { table, op: m.op, before: existing?.unitId, after })) return reject(m, 'forbidden');

  const seq = access.nextSeq();
  const { next, conflicts } = mergeMutation(existing, m, { seq, now: nowIso, unitId: after, clientId });
  if (next) {
    if (!existing && typeof clientCreatedAt === 'string' && clientCreatedAt <= nowIso)
      next.createdAt = clientCreatedAt;
    access.putRecord(next);
    if (table === 'units' && !existing && user.role === 'facilitator') {
      access.addUnitToUser(user.id, next.id);
      user.unitIds.push(next.id);
    }
    if (table === 'innovations' && existing && existing.unitId !== next.unitId) rescopeStages(access, next);
  } else if (existing && conflicts.length) {
    // Every field lost: the record is unchanged, but the sender still shows its losing values.
    // A new version (same content) brings the record back on its next pull, so it converges.
    access.putRecord({ ...existing, version: seq });
  }
  for (const c of conflicts) saveConflict(access, c, after, nowIso);
  return {
    id: m.id,
    status: conflicts.length ? 'conflict' : 'applied',
    version: next?.version ?? (existing && conflicts.length ? seq : (existing?.version ?? 0)),
  };
}

/** An innovation moved to another unit takes its 5D rows along, so the new unit's people get them. */
function rescopeStages(access: RecordAccess, innovation: ServerRecord): void {
  for (const row of access.findRecords('stageProgress', 'innovationId', innovation.id)) {
    access.putRecord({ ...row, unitId: innovation.unitId, version: access.nextSeq() });
  }
}

function saveConflict(access: RecordAccess, c: NewConflict, unitId: string, nowIso: string): void {
  const seq = access.nextSeq();
  const fields: ConflictFields = { ...c, unitId, createdAt: nowIso, resolved: false };
  const stamp = { v: seq, hlc: '' };
  access.putRecord({
    table: 'conflicts',
    id: uuidv7(),
    unitId,
    version: seq,
    deleted: false,
    fields: fields as unknown as Record<string, unknown>,
    meta: { resolved: stamp, deleted: stamp },
    createdAt: nowIso,
    updatedAt: nowIso,
  });
}
