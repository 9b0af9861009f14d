/**
 * The one rule for "does this follow-up count": it is not deleted, and neither is the innovation
 * nor the session it hangs off, when it has one. Every screen that lists or counts follow-ups
 * (units list, unit page, follow-ups list, dashboard, exports, print documents) asks this
 * function, so their numbers agree. A parent that is not on this device does not hide it: it may
 * arrive with the next pull. Whether its unit is shown is each screen's own scope (the dashboard's
 * filters, the unit being viewed), not part of the rule.
 */
import type { ActionItem } from './action-item';

/** The ids of the parents that hide a follow-up: deleted innovations and deleted sessions. */
export interface FollowUpParents {
  deletedInnovations: ReadonlySet<string>;
  deletedSessions: ReadonlySet<string>;
}

interface Tombstoned {
  id: string;
  deleted: boolean;
}

/** The ids of the deleted records among `records`. */
export function deletedIds(records: Iterable<Tombstoned>): Set<string> {
  const ids = new Set<string>();
  for (const r of records) if (r.deleted) ids.add(r.id);
  return ids;
}

/** The parents as stored: innovations and sessions, deleted ones included. */
export function followUpParents(
  innovations: Iterable<Tombstoned>,
  sessions: Iterable<Tombstoned>,
): FollowUpParents {
  return { deletedInnovations: deletedIds(innovations), deletedSessions: deletedIds(sessions) };
}

export function isLiveFollowUp(
  item: Pick<ActionItem, 'deleted' | 'innovationId' | 'sessionId'>,
  parents: FollowUpParents,
): boolean {
  if (item.deleted) return false;
  if (item.innovationId !== '' && parents.deletedInnovations.has(item.innovationId)) return false;
  return item.sessionId === '' || !parents.deletedSessions.has(item.sessionId);
}
