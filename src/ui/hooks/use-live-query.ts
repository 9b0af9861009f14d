import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type LiveResult<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: unknown };

/**
 * Subscribes to a Dexie live query: the component re-renders whenever a committed write touches
 * what the query read, whether the write came from this screen, another tab or sync.
 * Returns `undefined` until the first result, so screens can tell "loading" from "empty".
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: readonly unknown[]): T | undefined {
  const result = useLiveResult(query, deps);
  return result.status === 'ready' ? result.data : undefined;
}

export function useLiveResult<T>(query: () => Promise<T> | T, deps: readonly unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ status: 'loading' });
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (data) => setResult({ status: 'ready', data }),
      error: (error) => setResult({ status: 'error', error }),
    });
    return () => sub.unsubscribe();
  }, deps);
  return result;
}
