import { db } from '../../../db/schema';
import { outboxCount } from '../../../db/sync-store';
import { useLiveQuery } from '../../hooks/use-live-query';

/** Changes waiting to be pushed and changes the server refused, live; undefined while loading. */
export interface SyncCounts {
  pending: number;
  rejected: number;
}

async function readCounts(): Promise<SyncCounts> {
  const [pending, rejected] = await Promise.all([outboxCount(db), db.deadLetters.count()]);
  return { pending, rejected };
}

export function useSyncCounts(): SyncCounts | undefined {
  return useLiveQuery(readCounts, []);
}
