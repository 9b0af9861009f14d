import { isOpenConflict } from '../../../db/queries/sync-markers';
import { db } from '../../../db/schema';
import { outboxCount } from '../../../db/sync-store';
import { useLiveQuery } from '../../hooks/use-live-query';

/**
 * Changes waiting to be pushed, changes the server refused and conflicts not yet reviewed, live;
 * undefined while loading.
 */
export interface SyncCounts {
  pending: number;
  rejected: number;
  conflicts: number;
}

async function readCounts(): Promise<SyncCounts> {
  const [pending, rejected, conflicts] = await Promise.all([
    outboxCount(db),
    db.deadLetters.count(),
    db.conflicts.filter(isOpenConflict).count(),
  ]);
  return { pending, rejected, conflicts };
}

export function useSyncCounts(): SyncCounts | undefined {
  return useLiveQuery(readCounts, []);
}
