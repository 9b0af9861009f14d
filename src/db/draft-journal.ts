/**
 * A synchronous safety net for autosave. IndexedDB writes are asynchronous, and a tab closed or
 * reloaded within the autosave delay can lose the last words typed: the browser may abort the
 * transaction started on `pagehide`. So every keystroke's pending fields are also written to
 * localStorage (synchronous, survives the unload), removed once IndexedDB has committed them,
 * and replayed through the normal write path at the next start.
 *
 * A replay must never bring back something the person no longer meant (issue 12: holding
 * Backspace left "<" here, since the empty name was refused and never saved; the next start
 * applied and synced it, under the next account's token). So:
 * - a value refused or replaced is forgotten at once (`journalForget`);
 * - each entry says when it was last typed or committed (`at`); a record stored later than
 *   that (a pull, another tab) holds a newer value, and the entry is dropped, not replayed;
 * - each entry belongs to the account that typed it and is only replayed for that account;
 *   logging out settles the journal (`settleDrafts` replays into the write path, where the
 *   logout warning counts it, then `clearJournal`);
 * - a replay that fails for any reason but validation (storage full) keeps its entry.
 *
 * This module is what start, login and logout need; what typing writes is in
 * draft-journal-typing.ts and the refused values in held-drafts.ts, which only forms import, so
 * the first screen does not carry them.
 */

import { isTableName } from '../domain/table-names';
import type { TableName } from '../domain/tables';
import type { Change } from './mutations';
import type { KlinikDb } from './schema';

const KEY = 'klinik-inovasi.draft-journal';
/** Where refused values are held (held-drafts.ts); cleared with the journal. */
export const HELD_KEY = 'klinik-inovasi.held-drafts';

export interface Entry {
  table: TableName;
  id: string;
  fields: Record<string, unknown>;
  /** For a record not stored yet (a new session): all its fields, to create it with. */
  create?: Record<string, unknown>;
  /** The account logged in when it was typed (`null`: none). */
  userId: string | null;
  /** When it was last typed or had fields committed (ISO). */
  at: string;
}
export type Journal = Record<string, Entry>;

let account: string | null = null;

/** Whose typing is journaled from now on: called at start, login and logout. */
export function setJournalAccount(userId: string | null): void {
  account = userId;
}

/** The account whose typing is journaled now (`null`: none). */
export function journalAccount(): string | null {
  return account;
}

export function readJournal(): Journal {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return typeof parsed === 'object' && parsed !== null ? (parsed as Journal) : {};
  } catch {
    return {};
  }
}

export function writeJournal(journal: Journal): void {
  try {
    if (Object.keys(journal).length === 0) globalThis.localStorage?.removeItem(KEY);
    else globalThis.localStorage?.setItem(KEY, JSON.stringify(journal));
  } catch {
    // Storage full or disabled: autosave to IndexedDB still runs; only the safety net is missing.
  }
}

export const now = (): string => new Date().toISOString();

/** Everything journaled, whoever typed it (logout and another account's login); held values too. */
export function clearJournal(): void {
  writeJournal({});
  try {
    globalThis.localStorage?.removeItem(HELD_KEY);
  } catch {
    // Storage disabled: there is nothing held either.
  }
}

const isEntry = (e: unknown): e is Entry =>
  typeof e === 'object' &&
  e !== null &&
  isTableName((e as Entry).table) &&
  typeof (e as Entry).id === 'string' &&
  typeof (e as Entry).fields === 'object' &&
  (e as Entry).fields !== null &&
  typeof (e as Entry).at === 'string' &&
  ((e as Entry).userId === null || typeof (e as Entry).userId === 'string');

/**
 * Replays what a previous page left in the journal for `userId`, through the one write path.
 * Fields that no longer validate (or records that are gone) are dropped one by one so the rest
 * still lands; entries older than the stored record are dropped; another account's entries are
 * left alone; an entry whose write fails otherwise (storage full) stays for the next start.
 * Returns how many records were recovered.
 */
export async function recoverDrafts(database: KlinikDb | undefined, userId: string | null): Promise<number> {
  const journal = readJournal();
  if (Object.keys(journal).length === 0) return 0;
  // The write path and every table's validation, fetched only when there is something to replay:
  // nearly every start has nothing, and this runs before the first screen renders.
  const [{ ValidationFailed, writeChanges }, schema] = await Promise.all([
    import('./mutations'),
    import('./schema'),
  ]);
  const target = database ?? schema.db;
  const kept: Journal = {};
  let recovered = 0;
  for (const [key, entry] of Object.entries(journal)) {
    if (!isEntry(entry)) continue; // unreadable, or from before entries named their account
    if (entry.userId !== userId) {
      kept[key] = entry;
      continue;
    }
    const table = entry.table;
    let fields = { ...entry.fields };
    try {
      const stored = (await target.table(table).get(entry.id)) as { updatedAt?: string } | undefined;
      // Stored later than it was typed: a newer value is there; replaying would revert it.
      if (stored?.updatedAt && Date.parse(stored.updatedAt) > Date.parse(entry.at)) continue;
      // A record the page meant to create on its first edit and did not get to: create it now.
      const create = entry.create !== undefined && !stored;
      for (let attempt = 0; attempt < 3 && Object.keys(fields).length > 0; attempt++) {
        try {
          const change = create
            ? ({ table, op: 'create', id: entry.id, fields: { ...entry.create, ...fields } } as Change)
            : ({ table, op: 'patch', id: entry.id, fields } as Change);
          await writeChanges([change], target);
          recovered++;
          break;
        } catch (err) {
          if (!(err instanceof ValidationFailed)) throw err;
          const bad = new Set(err.errors.map((e) => e.field));
          fields = Object.fromEntries(Object.entries(fields).filter(([k]) => !bad.has(k)));
        }
      }
    } catch (err) {
      // Gone records are simply dropped; anything else (storage full) keeps the words for later.
      if (!(err instanceof Error && err.name === 'RecordNotFound')) kept[key] = entry;
    }
  }
  writeJournal(kept);
  return recovered;
}

/**
 * Before logging out: whatever the current account has journaled goes into the write path, so
 * the logout warning counts it with the other unsent changes and can export it.
 */
export function settleDrafts(database?: KlinikDb): Promise<number> {
  return recoverDrafts(database, account);
}
