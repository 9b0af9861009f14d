import { type ActionItem, actionItemSchema, validateActionItem } from './action-item';
import {
  type ClinicIdentityRecord,
  clinicIdentitySchema,
  validateClinicIdentity,
} from './clinic-identity-record';
import { type Conflict, conflictSchema, validateConflict } from './conflict';
import { type Innovation, innovationSchema, validateInnovation } from './innovation';
import type { Editable } from './record';
import { type MentoringSession, sessionSchema, validateSession } from './session';
import { type StageProgress, stageProgressSchema, validateStageProgress } from './stage-progress';
import type { TableName } from './table-names';
import { type Target, targetSchema, validateTarget } from './target';
import { type Unit, unitSchema, validateUnit } from './unit';
import { dateFields, type FieldError, fieldNames, type Schema } from './validation';

/** The synced tables by their storage (and wire) name. */
export interface TableRecords {
  units: Unit;
  innovations: Innovation;
  stageProgress: StageProgress;
  mentoringSessions: MentoringSession;
  actionItems: ActionItem;
  targets: Target;
  clinicIdentities: ClinicIdentityRecord;
  conflicts: Conflict;
}
export type { TableName };
export type RecordOf<T extends TableName> = TableRecords[T];
export type FieldsOf<T extends TableName> = Editable<TableRecords[T]>;

export { isTableName, TABLES } from './table-names';

type Validator<T extends TableName> = (patch: Partial<FieldsOf<T>>, current?: FieldsOf<T>) => FieldError[];

export const VALIDATORS: { [T in TableName]: Validator<T> } = {
  units: (p) => validateUnit(p),
  innovations: validateInnovation,
  stageProgress: validateStageProgress,
  mentoringSessions: validateSession,
  actionItems: (p) => validateActionItem(p),
  targets: (p) => validateTarget(p),
  clinicIdentities: (p) => validateClinicIdentity(p),
  conflicts: (p) => validateConflict(p),
};

/** Each table's schema: one check per editable field (conflicts: the record as the server writes it). */
export const SCHEMAS: { [T in TableName]: Schema<FieldsOf<T>> } = {
  units: unitSchema,
  innovations: innovationSchema,
  stageProgress: stageProgressSchema,
  mentoringSessions: sessionSchema,
  actionItems: actionItemSchema,
  targets: targetSchema,
  clinicIdentities: clinicIdentitySchema,
  // Created by the server only; clients never send a create, and change only `resolved`.
  conflicts: conflictSchema,
};

/** The editable field names of each table, read off its schema: a create must carry all of them. */
export const FIELD_NAMES: { [T in TableName]: readonly string[] } = {
  units: fieldNames(unitSchema),
  innovations: fieldNames(innovationSchema),
  stageProgress: fieldNames(stageProgressSchema),
  mentoringSessions: fieldNames(sessionSchema),
  actionItems: fieldNames(actionItemSchema),
  targets: fieldNames(targetSchema),
  clinicIdentities: fieldNames(clinicIdentitySchema),
  conflicts: fieldNames(conflictSchema),
};

/**
 * Fields added after records (and clients) existed without them, with the value an older create,
 * push or backup file means by leaving them out. A create must carry every other field of
 * FIELD_NAMES; `withCreateDefaults` fills these in first. Add one here with every new field.
 */
export const CREATE_DEFAULTS: { readonly [T in TableName]: Readonly<Partial<FieldsOf<T>>> } = {
  units: {},
  innovations: {},
  stageProgress: {},
  mentoringSessions: { time: '' },
  actionItems: { note: '' },
  targets: {},
  clinicIdentities: {},
  conflicts: {},
};

/** `fields` with the table's CREATE_DEFAULTS under it: what a create without the newer fields means. */
export function withCreateDefaults<F extends Record<string, unknown>>(table: TableName, fields: F): F {
  const defaults = CREATE_DEFAULTS[table] as Record<string, unknown>;
  const missing = Object.keys(defaults).filter((k) => !Object.hasOwn(fields, k));
  if (missing.length === 0) return fields;
  return { ...Object.fromEntries(missing.map((k) => [k, defaults[k]])), ...fields };
}

/** Every field, in any table, that holds a date (`YYYY-MM-DD`), read off the schemas. */
export const DATE_FIELDS: ReadonlySet<string> = new Set(
  Object.values<Schema<Record<string, unknown>>>(SCHEMAS).flatMap((schema) => dateFields(schema)),
);
