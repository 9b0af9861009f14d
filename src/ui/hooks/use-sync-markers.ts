/**
 * Which records have a change waiting, a change the server refused, or an unresolved conflict.
 * Every row of a list asks, so all callers share one live query (started by the first caller,
 * stopped when the last one unmounts) instead of opening one subscription per row.
 */
import { useEffect, useState } from 'preact/hooks';
import { watchQuery } from '../../db/live-query';
import { readSyncMarkers, type SyncMarkerSets } from '../../db/queries/sync-markers';

export interface SyncMarkers extends SyncMarkerSets {
  /** False until the first result: render no marker rather than a wrong "synced". */
  ready: boolean;
}

const EMPTY: SyncMarkers = { pending: new Set(), failed: new Set(), conflicted: new Set(), ready: false };

type Listener = (m: SyncMarkers) => void;
const listeners = new Set<Listener>();
let latest: SyncMarkers = EMPTY;
let stop: (() => void) | null = null;

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  if (!stop) {
    stop = watchQuery(
      () => readSyncMarkers(),
      (sets) => {
        latest = { ...sets, ready: true };
        for (const l of listeners) l(latest);
      },
      // Markers are a hint: on a read error show none rather than break the list.
      () => {
        latest = EMPTY;
        for (const l of listeners) l(latest);
      },
    );
  } else if (latest.ready) {
    listener(latest);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      stop?.();
      stop = null;
      latest = EMPTY;
    }
  };
}

export function useSyncMarkers(): SyncMarkers {
  const [markers, setMarkers] = useState<SyncMarkers>(latest);
  useEffect(() => subscribe(setMarkers), []);
  return markers;
}
