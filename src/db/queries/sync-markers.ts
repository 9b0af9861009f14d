/**
 * The sync markers' read (every list row shows one), apart from queries/sync.ts: the units list,
 * the first screen, needs only this, not the conflicts and sync pages' readers.
 */
import type { Conflict } from '../../domain/conflict';
import { db as defaultDb, type KlinikDb } from '../schema';

/** Conflicts still waiting for a person: not resolved, not deleted. */
export const isOpenConflict = (c: Conflict): boolean => !c.resolved && !c.deleted;

export interface SyncMarkerSets {
  pending: Set<string>;
  failed: Set<string>;
  conflicted: Set<string>;
}

/** Record ids with a change waiting, a change refused, or an unresolved conflict. */
export async function readSyncMarkers(database: KlinikDb = defaultDb): Promise<SyncMarkerSets> {
  const [pending, failed, conflicts] = await Promise.all([
    database.outbox.orderBy('recordId').uniqueKeys(),
    database.deadLetters.orderBy('entry.recordId').uniqueKeys(),
    database.conflicts.filter(isOpenConflict).toArray(),
  ]);
  return {
    pending: new Set(pending.map(String)),
    failed: new Set(failed.map(String)),
    conflicted: new Set(conflicts.map((c) => c.recordId)),
  };
}
