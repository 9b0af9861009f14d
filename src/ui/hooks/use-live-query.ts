import { useEffect, useState } from 'preact/hooks';
import { watchQuery } from '../../db/live-query';
import { isBulkPull, useSync } from '../../state/sync-status';

/** How often a screen refreshes while a bulk pull writes page after page. */
export const BULK_REFRESH_MS = 2_000;

export type LiveResult<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: unknown };

/**
 * Subscribes to a Dexie live query: the component re-renders whenever a committed write touches
 * what the query read, whether the write came from this screen, another tab or sync.
 * Returns `undefined` until the first result, so screens can tell "loading" from "empty".
 * During a bulk pull (state/sync-status.ts `isBulkPull`) it re-reads every BULK_REFRESH_MS
 * instead, and subscribes again, with a fresh read, when the pull ends.
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: readonly unknown[]): T | undefined {
  const result = useLiveResult(query, deps);
  return result.status === 'ready' ? result.data : undefined;
}

export function useLiveResult<T>(query: () => Promise<T> | T, deps: readonly unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ status: 'loading' });
  const bulk = useSync(isBulkPull);
  useEffect(() => {
    const ready = (data: T) => setResult({ status: 'ready', data });
    const failed = (error: unknown) => setResult({ status: 'error', error });
    if (bulk) {
      let live = true;
      let reading = false;
      const read = () => {
        if (reading) return; // a slow read is never stacked on another
        reading = true;
        Promise.resolve()
          .then(query)
          .then(
            (data) => live && ready(data),
            (error: unknown) => live && failed(error),
          )
          .finally(() => {
            reading = false;
          });
      };
      // A screen opened mid-pull needs its first answer now; one already showing keeps it.
      if (result.status === 'loading') read();
      const timer = setInterval(read, BULK_REFRESH_MS);
      return () => {
        live = false;
        clearInterval(timer);
      };
    }
    return watchQuery(query, ready, failed);
  }, [...deps, bulk]);
  return result;
}
