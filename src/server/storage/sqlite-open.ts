/**
 * Opening the SQLite file, and refusing a file the server could not serve from: corrupt (also
 * when leftover WAL files sit next to it), not a database, read-only or on a full disk. Every
 * such failure becomes one StorageUnavailableError with a reason a person can act on, which
 * main.ts prints as one line before exiting; nothing is served from a broken file.
 *
 * `guardStorage` does the same while serving: a fault from any storage call is rethrown as
 * StorageUnavailableError (the app answers 503), and `health()` reports it until a write
 * succeeds again.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { asStorageFault, type StorageHealth, StorageUnavailableError } from './faults';
import { MIGRATIONS } from './sqlite-schema';
import type { Storage } from './types';

/** Opens, checks and migrates the file; throws StorageUnavailableError when it cannot serve. */
export function openDatabase(file: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    db = new Database(file);
    db.pragma('busy_timeout = 5000');
    // Reads the whole file (and its WAL) once: a damaged page is found now, not by a login.
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new StorageUnavailableError(
        'SQLITE_CORRUPT',
        `the database file is corrupt (quick_check: ${String(check).slice(0, 200)})`,
      );
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const version = db.pragma('user_version', { simple: true }) as number;
    for (let i = version; i < MIGRATIONS.length; i++) {
      const conn = db;
      conn.transaction(() => {
        conn.exec(MIGRATIONS[i] ?? '');
        conn.pragma(`user_version = ${i + 1}`);
      })();
    }
    // A write at start: a read-only file or folder fails here, not at the first login.
    const conn = db;
    conn.transaction(() => conn.pragma(`user_version = ${MIGRATIONS.length}`))();
    return db;
  } catch (err) {
    try {
      db?.close();
    } catch {
      // already failing; the first error is the one to report
    }
    throw asStorageFault(err) ?? err;
  }
}

/** Calls that write: one that succeeds shows the storage works again. */
const WRITES = new Set<string>([
  'createUser',
  'updateUser',
  'saveToken',
  'revokeToken',
  'revokeUserTokens',
  'push',
]);

/**
 * Wraps every call of `inner`: storage faults become StorageUnavailableError and mark the
 * storage unhealthy until a write succeeds; `probe` is a cheap read that must not throw.
 */
export function guardStorage(inner: Omit<Storage, 'health'>, probe: () => void): Storage {
  let faulted = false;
  const guarded: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(inner) as [string, (...args: unknown[]) => Promise<unknown>][]) {
    guarded[name] = async (...args: unknown[]) => {
      try {
        const out = await fn.apply(inner, args);
        if (WRITES.has(name)) faulted = false;
        return out;
      } catch (err) {
        const fault = asStorageFault(err);
        if (!fault) throw err;
        faulted = true;
        throw fault;
      }
    };
  }
  guarded.health = async (): Promise<StorageHealth> => {
    try {
      probe();
    } catch {
      return 'error';
    }
    return faulted ? 'error' : 'ok';
  };
  return guarded as unknown as Storage;
}
