/**
 * A record's references must name records that exist and that the writer may see (found: a
 * session for unit `no-such-unit` was accepted and then belonged to nobody). A reference to a
 * deleted record is kept: the work was done offline against it, and restoring the parent brings
 * its children back; refusing would drop what someone typed.
 */
import { type Actor, canSee } from '../../domain/permissions';
import type { TableName } from '../../domain/tables';
import type { FieldError } from '../../domain/validation';
import type { RecordAccess } from './record-access';

interface Reference {
  field: string;
  table: TableName;
  /** Empty is allowed (an optional link). */
  optional?: boolean;
  /** The field holds a list of ids. */
  list?: boolean;
}

const REFERENCES: Partial<Record<TableName, readonly Reference[]>> = {
  innovations: [{ field: 'unitId', table: 'units' }],
  stageProgress: [{ field: 'innovationId', table: 'innovations' }],
  mentoringSessions: [
    { field: 'unitId', table: 'units' },
    { field: 'innovationIds', table: 'innovations', list: true },
  ],
  actionItems: [
    { field: 'unitId', table: 'units' },
    { field: 'sessionId', table: 'mentoringSessions', optional: true },
    { field: 'innovationId', table: 'innovations', optional: true },
  ],
};

/**
 * The references among `fields` (the ones a mutation sends) that point nowhere the actor can
 * see, as field errors with the code `unknownReference`.
 */
export function checkReferences(
  access: Pick<RecordAccess, 'getRecord'>,
  actor: Actor,
  table: TableName,
  fields: Record<string, unknown>,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const ref of REFERENCES[table] ?? []) {
    if (!Object.hasOwn(fields, ref.field)) continue;
    const value = fields[ref.field];
    const ids = ref.list ? (Array.isArray(value) ? value : []) : [value];
    const bad = ids.some((id) => {
      if (typeof id !== 'string') return true;
      if (id === '' && ref.optional) return false;
      const target = access.getRecord(ref.table, id);
      return !target || !canSee(actor, target.unitId);
    });
    if (bad) errors.push({ field: ref.field, code: 'unknownReference' });
  }
  return errors;
}
