/**
 * What the logged-in account may do, without the sentences saying why (use-permissions.ts adds
 * those): the first screen needs only yes or no, and the reasons' messages load with the pages
 * that show them. The rules are domain/permissions.ts's MATRIX, the same the server enforces.
 *
 * `user === null` means the stored session is still being read: Root renders nothing then, so only
 * a component rendered on its own (tests) sees it, and it gets the coordinator's view.
 */
import { useMemo } from 'preact/hooks';
import {
  type Actor,
  can as canDo,
  canEditAny,
  canEditField as canEditFieldOf,
  type RecordKind,
  type Verb,
} from '../../domain/permissions';
import { useSync } from '../../state/sync-status';

export interface Can {
  /** null when nobody is logged in. */
  actor: Actor | null;
  can: (kind: RecordKind, verb: Verb, unitId?: string) => boolean;
  canEditField: (kind: RecordKind, field: string) => boolean;
  /** Some field of this kind is editable by the role (scope aside); false: read-only. */
  canEditAny: (kind: RecordKind) => boolean;
}

const EVERYWHERE: Actor = { role: 'coordinator', unitIds: [] };

export function canFor(actor: Actor | null): Can {
  return {
    actor,
    can: (kind, verb, unitId) => (actor ? canDo(actor, kind, verb, unitId) : false),
    canEditField: (kind, field) => (actor ? canEditFieldOf(actor.role, kind, field) : false),
    canEditAny: (kind) => (actor ? canEditAny(actor.role, kind) : false),
  };
}

export function useCan(): Can {
  const user = useSync((s) => s.user);
  return useMemo(
    () =>
      canFor(
        user === null ? EVERYWHERE : user === 'none' ? null : { role: user.role, unitIds: user.unitIds },
      ),
    [user],
  );
}
