/**
 * Where a record lives: the unit its data names. Units are their own scope, targets and the
 * clinic's identity the city's (GLOBAL_SCOPE), 5D rows their innovation's unit, everything else its `unitId` field. The
 * stored scope is always worked out from the record's fields after the merge, so it follows the
 * value that won, never the value a losing write proposed.
 */
import { GLOBAL_SCOPE } from '../../domain/permissions';
import type { SyncTable } from '../../protocol/protocol';
import type { RecordAccess } from './record-access';

export function scopeOf(
  access: Pick<RecordAccess, 'getRecord'>,
  table: SyncTable,
  id: string,
  fields: Record<string, unknown>,
): string | null {
  switch (table) {
    case 'units':
      return id;
    case 'targets':
    case 'clinicIdentities':
      return GLOBAL_SCOPE;
    case 'stageProgress': {
      const parent = access.getRecord('innovations', String(fields.innovationId ?? ''));
      return parent ? parent.unitId : null;
    }
    default:
      return typeof fields.unitId === 'string' && fields.unitId !== '' ? fields.unitId : null;
  }
}
