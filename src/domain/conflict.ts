import type { BaseRecord, Editable } from './record';
import { isTableName, type TableName } from './table-names';
import { type Check, checks, type FieldError, type Schema, validateFields } from './validation';

/**
 * A concurrent edit the server resolved automatically (same field changed on two devices, or an
 * edit meeting a delete). Created by the server only; people review it and mark it resolved,
 * possibly restoring the losing value into the record.
 */
export interface Conflict extends BaseRecord {
  table: TableName;
  recordId: string;
  unitId: string;
  kind: 'field' | 'deleted';
  field: string;
  winningValue: unknown;
  losingValue: unknown;
  losingClientId: string;
  losingHlc: string;
  resolved: boolean;
}

export type ConflictFields = Editable<Conflict>;

const text: Check = (v) => (typeof v === 'string' ? null : 'invalidChoice');
const anyValue: Check = () => null;

/** The whole record as the server writes it: the types a backup file's conflict must have. */
export const conflictSchema: Schema<ConflictFields> = {
  table: (v) => (isTableName(v) ? null : 'invalidChoice'),
  recordId: text,
  unitId: text,
  kind: checks.choice(['field', 'deleted'], false),
  field: text,
  winningValue: anyValue,
  losingValue: anyValue,
  losingClientId: text,
  losingHlc: text,
  resolved: checks.boolean(),
};

/**
 * The one field a client may change; every other conflict field is the server's. A deliberate
 * exception to "a schema checks every editable field": edits are validated against this subset.
 */
export type ClientConflictFields = Pick<ConflictFields, 'resolved'>;
const clientSchema: Schema<ClientConflictFields> = { resolved: conflictSchema.resolved };

export const validateConflict = (patch: Partial<ConflictFields>): FieldError[] =>
  validateFields(clientSchema, patch as Record<string, unknown>);

/** A whole conflict record (a backup's), every field by its type. */
export const validateConflictRecord = (fields: Record<string, unknown>): FieldError[] =>
  validateFields(conflictSchema, fields);
