/**
 * Applies one push, mutation by mutation, inside the caller's storage transaction. Each
 * mutation's result is stored with its effect (same transaction), so a replayed push returns
 * the stored result and changes nothing: exactly-once application even when the client never
 * saw the first answer.
 *
 * Per mutation: bookkeeping the server owns is taken out, fields are validated, the permission
 * matrix rules on what the mutation really does (authorize.ts), references must resolve
 * (references.ts), the merge decides field by field, and the stored scope is read off the
 * merged record (scope.ts), so it always follows the winning value.
 */
import { uuidv7 } from '../../domain/ids';
import {
  FIELD_NAMES,
  isTableName,
  type TableName,
  VALIDATORS,
  withCreateDefaults,
} from '../../domain/tables';
import type { FieldError } from '../../domain/validation';
import { formatHlc, parseHlc } from '../../protocol/hlc';
import type { ConflictFields, Mutation, MutationResult, SyncTable } from '../../protocol/protocol';
import { actionsOf, authorize } from './authorize';
import { checkFollowUpDueOnServer } from './follow-up-due';
import { mergeMutation, type NewConflict, type ServerRecord } from './merge';
import type { AuthUser } from './permissions';
import type { RecordAccess } from './record-access';
import { checkReferences } from './references';
import { scopeOf } from './scope';

export type { RecordAccess } from './record-access';

/** Stamps more than this far in the future are pulled back, so one bad clock can't win forever. */
export const MAX_CLOCK_SKEW_MS = 60_000;

/** A client's `createdAt` is kept only in this exact form (found: `1<img src=x …>` was stored). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

function reject(
  m: { id: string },
  error: string,
  extra: Pick<MutationResult, 'details' | 'reason'> = {},
): MutationResult {
  return { id: m.id, status: 'rejected', version: 0, error, ...extra };
}

function invalid(m: { id: string }, details: FieldError[]): MutationResult {
  return reject(m, 'invalid', { details });
}

function clampHlc(hlc: string, nowMs: number): string | null {
  const p = parseHlc(hlc);
  if (!p) return null;
  return p.ms > nowMs + MAX_CLOCK_SKEW_MS ? formatHlc(nowMs + MAX_CLOCK_SKEW_MS, p.counter, p.node) : hlc;
}

/** The creation time a client reported, when it is a real instant not after now. */
function clientCreatedAt(value: unknown, now: Date): string | undefined {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) && ms <= now.getTime() ? new Date(ms).toISOString() : undefined;
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

/** Field checks for a synced table; null when the mutation may go on. */
function checkFields(
  m: Mutation,
  table: TableName,
  fields: Record<string, unknown>,
  existing: ServerRecord | undefined,
): MutationResult | null {
  if (table === 'conflicts') {
    // People resolve conflicts; only the `resolved` flag of an existing one may change.
    const keys = Object.keys(fields);
    if (m.op !== 'patch' || keys.some((k) => k !== 'resolved') || typeof fields.resolved !== 'boolean') {
      return invalid(m, [{ field: 'resolved', code: 'invalidChoice' }]);
    }
    return existing ? null : reject(m, 'not-found');
  }
  if (Object.hasOwn(fields, 'deleted')) {
    // A create is never born deleted; elsewhere `deleted` is the delete/restore switch.
    if (typeof fields.deleted !== 'boolean' || (m.op === 'create' && !existing)) {
      return invalid(m, [{ field: 'deleted', code: 'invalidChoice' }]);
    }
  }
  const dataFields = Object.fromEntries(Object.entries(fields).filter(([k]) => k !== 'deleted'));
  if (m.op === 'create' && !existing) {
    const missing = FIELD_NAMES[table].filter((f) => !Object.hasOwn(dataFields, f));
    if (missing.length)
      return invalid(
        m,
        missing.map((field) => ({ field, code: 'required' })),
      );
  }
  const validate = VALIDATORS[table] as (
    p: Record<string, unknown>,
    c?: Record<string, unknown>,
  ) => FieldError[];
  const errors = validate(dataFields, existing?.fields);
  if (errors.length) return invalid(m, errors);
  if (m.op !== 'create' && !existing) return reject(m, 'not-found');
  return null;
}

function applyOne(
  access: RecordAccess,
  user: AuthUser,
  clientId: string,
  raw: Mutation,
  now: Date,
): MutationResult {
  const table = raw.table as SyncTable;
  if (!isTableName(table)) return reject(raw, 'unknown-table');
  const hlc = clampHlc(raw.hlc, now.getTime());
  if (!hlc) return invalid(raw, [{ field: 'hlc', code: 'invalidChoice' }]);
  const nowIso = now.toISOString();
  // Bookkeeping is the server's: createdAt is taken out (kept only when it is a plausible instant).
  const { createdAt: reportedCreatedAt, ...sent } = raw.fields;
  const existing = access.getRecord(table, raw.recordId);
  // A create from an older client lacks the fields added since: they take CREATE_DEFAULTS.
  const fields =
    raw.op === 'create' && !existing && table !== 'conflicts' ? withCreateDefaults(table, sent) : sent;
  const m: Mutation = { ...raw, hlc, fields };
  const problem = checkFields(m, table, fields, existing);
  if (problem) return problem;

  const proposed = existing ? { ...existing.fields, ...fields } : fields;
  const after =
    table === 'conflicts' ? (existing?.unitId ?? null) : scopeOf(access, table, m.recordId, proposed);
  if (after === null) return reject(m, 'not-found');
  const decision = authorize(user, actionsOf(m, table, existing, { before: existing?.unitId, after }));
  if (!decision.ok) {
    const details = decision.field ? [{ field: decision.field, code: 'forbiddenField' }] : undefined;
    return reject(m, 'forbidden', { reason: decision.reason, ...(details ? { details } : {}) });
  }
  if (table !== 'conflicts') {
    const broken = checkReferences(access, user, table, fields);
    if (broken.length) return invalid(m, broken);
  }
  if (table === 'actionItems') {
    const early = checkFollowUpDueOnServer(access, fields, existing);
    if (early.length) return invalid(m, early);
  }

  const seq = access.nextSeq();
  const merged = mergeMutation(existing, m, { seq, now: nowIso, unitId: after, clientId });
  const { next, conflicts } = merged;
  let scope = existing?.unitId ?? after;
  if (next) {
    // The scope the merged record names: when the move lost, the record stays where it was.
    if (table !== 'conflicts') next.unitId = scopeOf(access, table, next.id, next.fields) ?? next.unitId;
    scope = next.unitId;
    const createdAt = existing ? undefined : clientCreatedAt(reportedCreatedAt, now);
    if (createdAt) next.createdAt = createdAt;
    access.putRecord(next, existing?.unitId);
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
  for (const c of conflicts) saveConflict(access, c, scope, nowIso);
  return {
    id: m.id,
    status: conflicts.length ? 'conflict' : 'applied',
    version: next?.version ?? (existing && conflicts.length ? seq : (existing?.version ?? 0)),
  };
}

/** An innovation moved to another unit takes its 5D rows along, so the new unit's people get them. */
function rescopeStages(access: RecordAccess, innovation: ServerRecord): void {
  for (const row of access.findRecords('stageProgress', 'innovationId', innovation.id)) {
    access.putRecord({ ...row, unitId: innovation.unitId, version: access.nextSeq() }, row.unitId);
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
