/**
 * Dexie's live queries behind a plain callback API, so code outside db/ (hooks, the sync engine)
 * can watch the database without importing Dexie (test/architecture/layers.test.ts).
 */
import { liveQuery } from 'dexie';

/**
 * Runs `query` now and again after every committed write that touches what it read, whether the
 * write came from this tab, another tab or sync. Returns the function that stops watching.
 */
export function watchQuery<T>(
  query: () => Promise<T> | T,
  onResult: (result: T) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(query).subscribe({ next: onResult, error: onError });
  return () => subscription.unsubscribe();
}
