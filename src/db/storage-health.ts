/**
 * Watches the IndexedDB connection and writes for the failures a person must hear about:
 * - `full`: a write failed with QuotaExceededError. The write path is one transaction, so nothing
 *   was half-written; the form keeps the typed values and says "failed"; the banner says why.
 *   It clears by itself once a later write commits (space was freed, "Try again" worked).
 * - `newerVersion`: another tab opened a newer database version (an update). This tab closes its
 *   connection at once so the other can upgrade, and asks for a reload instead of breaking.
 * - `blocked`: this tab wants to upgrade but an old tab still holds the database open.
 * - `closed`: the browser closed the connection (site data cleared, storage lost).
 * This is the Dexie side; what the banner shows lives in state/storage-health.ts.
 */
import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';
import { clearTrouble, reportTrouble } from '../state/storage-health';
import { isQuotaError } from './quota';
import type { KlinikDb } from './schema';

export { isQuotaError };

function nameOf(err: unknown): string {
  return typeof err === 'object' && err !== null && 'name' in err ? String(err.name) : '';
}

export function isDatabaseClosedError(err: unknown): boolean {
  return nameOf(err) === 'DatabaseClosedError';
}

/** Any storage failure seen by the UI (a failed save, a failed query) can be passed here. */
export function noteStorageError(err: unknown): void {
  if (isQuotaError(err)) reportTrouble('full');
  else if (isDatabaseClosedError(err)) reportTrouble('closed');
}

function watchTransaction(tx: DBCoreTransaction): void {
  // The IndexedDB core hands out the native IDBTransaction; anything else is left alone.
  const native = tx as Partial<IDBTransaction>;
  if (typeof native.addEventListener !== 'function') return;
  native.addEventListener('abort', () => noteStorageError(native.error));
  native.addEventListener('complete', () => clearTrouble('full'));
}

const WATCH_NAME = 'klinik-storage-health';
const watchWrites: Middleware<DBCore> = {
  stack: 'dbcore',
  name: WATCH_NAME,
  create: (down) => ({
    transaction(stores, mode, options) {
      const tx = down.transaction(stores, mode, options);
      if (mode === 'readwrite') watchTransaction(tx);
      return tx;
    },
    table(name) {
      const table = down.table(name);
      return {
        ...table,
        mutate: (req) =>
          table.mutate(req).catch((err: unknown) => {
            noteStorageError(err);
            throw err;
          }),
      };
    },
  }),
};

/**
 * Installs the watchers on `database`. Call it before the database is first used (the write
 * middleware is built when it opens). Returns a function that removes the event handlers.
 */
export function watchStorage(database: KlinikDb): () => void {
  database.use(watchWrites);
  const onVersionChange = () => {
    reportTrouble('newerVersion');
    // Close for good (no auto-reopen with this old schema): the other tab can upgrade now.
    database.close({ disableAutoOpen: true });
    return false; // stops Dexie's default handler, which would reopen on the next query
  };
  // Our own close after a version change fires this too; `newerVersion` outranks it and stays.
  const onClose = () => reportTrouble('closed');
  const onBlocked = () => reportTrouble('blocked');
  const onReady = () => clearTrouble('blocked');
  database.on('versionchange', onVersionChange);
  database.on('close', onClose);
  database.on('blocked', onBlocked);
  database.on('ready', onReady, true);
  return () => {
    database.on('versionchange').unsubscribe(onVersionChange);
    database.on('close').unsubscribe(onClose);
    database.on('blocked').unsubscribe(onBlocked);
    database.on('ready').unsubscribe(onReady);
    database.unuse({ stack: 'dbcore', name: WATCH_NAME });
  };
}
