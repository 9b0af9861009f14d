/**
 * Who may read and write what. A record belongs to one unit (its "scope"); targets belong to no
 * unit and are readable by everyone, writable by coordinators. Coordinators see everything,
 * facilitators their assigned units, unit members the units they belong to.
 */
import type { TableName } from '../../domain/tables';
import type { PublicUser } from '../../protocol/protocol';

export type AuthUser = PublicUser;

/** The scope key of targets and other city-wide rows. */
export const GLOBAL_SCOPE = '';

export function canSeeUnit(user: AuthUser, unitId: string): boolean {
  return user.role === 'coordinator' || unitId === GLOBAL_SCOPE || user.unitIds.includes(unitId);
}

export interface WriteCheck {
  table: TableName | 'conflicts';
  op: 'create' | 'patch' | 'delete';
  /** Scope before the write (undefined for a new record). */
  before: string | undefined;
  /** Scope after the write. */
  after: string;
}

export function canWrite(user: AuthUser, w: WriteCheck): boolean {
  if (user.role === 'coordinator') return true;
  if (w.table === 'targets') return false;
  if (w.table === 'units') {
    // Unit members edit their own unit's details but never create or delete units.
    if (user.role === 'unit' && w.op !== 'patch') return false;
    // A facilitator may open a new unit; a create naming an existing unit is a write to it.
    if (w.op === 'create' && w.before === undefined) return user.role === 'facilitator';
  }
  const inScope = (unitId: string) => unitId !== GLOBAL_SCOPE && user.unitIds.includes(unitId);
  return (w.before === undefined || inScope(w.before)) && inScope(w.after);
}
