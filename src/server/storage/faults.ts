/**
 * Storage faults: the disk is full, the file cannot be written, read or trusted. They are not
 * the request's fault and not a bug, so the server answers 503 `storage-unavailable` (clients
 * keep their outbox and retry later) instead of 500 `internal`; at start they stop the server
 * with one line, since serving on a broken file only turns every login into an error.
 *
 * A storage implementation throws `StorageUnavailableError` (SQLite: see `asStorageFault`);
 * the app maps it in its error handler, whatever route it came from.
 */

export class StorageUnavailableError extends Error {
  constructor(
    /** The driver's code (`SQLITE_FULL`, `SQLITE_IOERR_WRITE`, …) or a short tag. */
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageUnavailableError';
  }
}

export type StorageHealth = 'ok' | 'error';

/**
 * SQLite result codes (primary, before the first `_`) that mean the storage, not the request,
 * failed. SQLITE_BUSY/LOCKED: another process held the file past busy_timeout; retrying later
 * is right for those too. Constraint errors and the like stay bugs (500) or 4xx.
 */
const SQLITE_FAULTS = new Set([
  'SQLITE_FULL',
  'SQLITE_IOERR',
  'SQLITE_READONLY',
  'SQLITE_CORRUPT',
  'SQLITE_NOTADB',
  'SQLITE_CANTOPEN',
  'SQLITE_PERM',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_NOMEM',
  'SQLITE_PROTOCOL',
]);

/** Node's own codes for a file system that refuses us (opening the folder, for instance). */
const FS_FAULTS = new Set(['ENOSPC', 'EROFS', 'EACCES', 'EPERM', 'EIO', 'EDQUOT']);

function codeOf(err: unknown): string | undefined {
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** The error as a StorageUnavailableError when it is a storage fault; otherwise undefined. */
export function asStorageFault(err: unknown): StorageUnavailableError | undefined {
  if (err instanceof StorageUnavailableError) return err;
  const code = codeOf(err);
  if (!code) return undefined;
  const primary = code.startsWith('SQLITE_') ? code.replace(/^(SQLITE_[A-Z]+).*$/, '$1') : code;
  if (!SQLITE_FAULTS.has(primary) && !FS_FAULTS.has(code)) return undefined;
  const detail = err instanceof Error ? err.message : String(err);
  return new StorageUnavailableError(code, `${describeCode(code)} (${code}: ${detail})`, { cause: err });
}

/** A person-readable reason for the start-up line and the log. */
function describeCode(code: string): string {
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS')
    return 'the database is read-only for this process';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
    return 'the database file is corrupt or not a database';
  if (
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_PERM') ||
    code === 'EACCES' ||
    code === 'EPERM'
  )
    return 'the database file cannot be opened';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return 'the database is locked by another process';
  return 'the disk failed to read or write';
}
