/**
 * Checks one record or outbox entry read from a backup file before anything is written. A
 * record must have exactly the bookkeeping fields plus its table's editable fields, each valid
 * by the same domain validators the write path uses, so an import can never store what the app
 * itself would refuse. Problems are reported as domain error codes (`error.<code>` in i18n).
 */
import { validateConflictRecord } from '../domain/conflict';
import { CREATE_DEFAULTS, FIELD_NAMES, isTableName, type TableName, VALIDATORS } from '../domain/tables';
import type { ErrorCode, FieldError } from '../domain/validation';
import { parseHlc } from '../protocol/hlc';

export interface RecordProblem {
  table: TableName;
  /** The record's id, or its position (`#3`) when it has no usable id. */
  id: string;
  field: string;
  code: ErrorCode;
}

export interface OutboxProblem {
  /** Position of the entry in the file's outbox (0-based). */
  index: number;
  field: string;
  code: ErrorCode;
}

const BOOKKEEPING = ['id', 'createdAt', 'updatedAt', 'deleted', 'version'] as const;
const MAX_ID_LENGTH = 100;
const OPS: readonly unknown[] = ['create', 'patch', 'delete'];

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isId = (v: unknown): v is string => typeof v === 'string' && v !== '' && v.length <= MAX_ID_LENGTH;
const isTimestamp = (v: unknown): boolean => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isCount = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0;

export function checkRecord(table: TableName, raw: unknown, index: number): RecordProblem | null {
  const problem = (field: string, code: ErrorCode, id?: string): RecordProblem => ({
    table,
    id: id ?? `#${index + 1}`,
    field,
    code,
  });
  if (!isPlainObject(raw)) return problem('', 'invalidChoice');
  if (!isId(raw.id)) return problem('id', 'required');
  const id = raw.id;
  if (!isTimestamp(raw.createdAt)) return problem('createdAt', 'invalidDate', id);
  if (!isTimestamp(raw.updatedAt)) return problem('updatedAt', 'invalidDate', id);
  if (typeof raw.deleted !== 'boolean') return problem('deleted', 'invalidChoice', id);
  if (!isCount(raw.version)) return problem('version', 'invalidNumber', id);
  const names = FIELD_NAMES[table];
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if ((BOOKKEEPING as readonly string[]).includes(key)) continue;
    if (!names.includes(key)) return problem(key, 'invalidChoice', id);
    fields[key] = value;
  }
  // A file from before a field existed lacks it: the field's default is what it means.
  Object.assign(fields, { ...CREATE_DEFAULTS[table], ...fields });
  const missing = names.find((n) => !(n in fields));
  if (missing) return problem(missing, 'required', id);
  // The server owns every conflict field but `resolved`; they still must have the right types.
  const error =
    table === 'conflicts'
      ? validateConflictRecord(fields)[0]
      : // The record as the file holds it is its own "before": rows stored before a rule existed
        // (an attendee's 17-digit NIP) load as they are; the UI flags them (domain/session.ts).
        (VALIDATORS[table] as (p: Record<string, unknown>, c?: Record<string, unknown>) => FieldError[])(
          fields,
          fields,
        )[0];
  return error ? problem(error.field, error.code, id) : null;
}

/** An outbox entry: only its shape matters here (the values imported are the record's own). */
export function checkOutboxEntry(raw: unknown, index: number): OutboxProblem | null {
  const problem = (field: string, code: ErrorCode): OutboxProblem => ({ index, field, code });
  if (!isPlainObject(raw)) return problem('', 'invalidChoice');
  if (!isId(raw.id)) return problem('id', 'required');
  if (!isTableName(raw.table)) return problem('table', 'invalidChoice');
  if (!isId(raw.recordId)) return problem('recordId', 'required');
  if (!OPS.includes(raw.op)) return problem('op', 'invalidChoice');
  if (!isPlainObject(raw.fields)) return problem('fields', 'invalidChoice');
  const names = FIELD_NAMES[raw.table];
  const unknown = Object.keys(raw.fields).find((k) => k !== 'deleted' && !names.includes(k));
  if (unknown) return problem(`fields.${unknown}`, 'invalidChoice');
  if ('deleted' in raw.fields && typeof raw.fields.deleted !== 'boolean')
    return problem('fields.deleted', 'invalidChoice');
  if (!isCount(raw.baseVersion)) return problem('baseVersion', 'invalidNumber');
  if (typeof raw.hlc !== 'string' || !parseHlc(raw.hlc)) return problem('hlc', 'invalidChoice');
  if (!isTimestamp(raw.createdAt)) return problem('createdAt', 'invalidDate');
  if (raw.seq !== undefined && !isCount(raw.seq)) return problem('seq', 'invalidNumber');
  for (const flag of ['inFlight', 'sent'] as const) {
    if (raw[flag] !== undefined && typeof raw[flag] !== 'boolean') return problem(flag, 'invalidChoice');
  }
  return null;
}
