import type { BaseRecord, Editable } from './record';
import type { TableName } from './table-names';
import { checks, type FieldError, type Schema, validateFields } from './validation';

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

/** Clients may only change `resolved`. */
const schema: Schema = { resolved: checks.boolean() };

export const validateConflict = (patch: Partial<ConflictFields>): FieldError[] =>
  validateFields(schema, patch as Record<string, unknown>);
