/**
 * Asks the browser to keep this origin's data (navigator.storage.persist) once the device holds
 * real work: the first record created here or the first records pulled by sync. Asked once per
 * device; Settings shows the answer and can ask again. Without it a browser may evict IndexedDB
 * under storage pressure (Safari even after 7 days without a visit).
 */
import { liveQuery } from 'dexie';
import type { KlinikDb } from './schema';

export const PERSIST_ASKED_KEY = 'klinik-inovasi.persist-asked';

type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted'>;

function storageManager(): StorageManagerLike | undefined {
  const s = globalThis.navigator?.storage as Partial<StorageManager> | undefined;
  return s && typeof s.persist === 'function' && typeof s.persisted === 'function'
    ? (s as StorageManagerLike)
    : undefined;
}

/** true/false: the browser's answer; null: the browser has no such API. */
export async function requestPersistentStorage(): Promise<boolean | null> {
  const manager = storageManager();
  if (!manager) return null;
  try {
    return (await manager.persisted()) || (await manager.persist());
  } catch {
    return false;
  }
}

async function hasRealData(database: KlinikDb): Promise<boolean> {
  const [pending, units] = await Promise.all([database.outbox.count(), database.units.count()]);
  return pending > 0 || units > 0;
}

/** Called once at start; resolves nothing, just asks when the first data arrives. */
export function watchForRealData(database: KlinikDb): () => void {
  let asked = false;
  try {
    asked = globalThis.localStorage?.getItem(PERSIST_ASKED_KEY) === '1';
  } catch {
    // No localStorage: ask (the browser answers repeated requests without prompting).
  }
  if (asked || !storageManager()) return () => undefined;
  const sub = liveQuery(() => hasRealData(database)).subscribe({
    next: (has) => {
      if (!has || asked) return;
      asked = true;
      try {
        globalThis.localStorage?.setItem(PERSIST_ASKED_KEY, '1');
      } catch {
        // Remembered for this visit only.
      }
      void requestPersistentStorage();
      queueMicrotask(() => sub.unsubscribe());
    },
    error: () => undefined,
  });
  return () => sub.unsubscribe();
}
