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
 */

import { isTableName } from '../domain/table-names';
import type { TableName } from '../domain/tables';
import type { Change } from './mutations';
import type { KlinikDb } from './schema';

const KEY = 'klinik-inovasi.draft-journal';

interface Entry {
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
type Journal = Record<string, Entry>;

let account: string | null = null;

/** Whose typing is journaled from now on: called at start, login and logout. */
export function setJournalAccount(userId: string | null): void {
  account = userId;
}

function read(): Journal {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return typeof parsed === 'object' && parsed !== null ? (parsed as Journal) : {};
  } catch {
    return {};
  }
}

function write(journal: Journal): void {
  try {
    if (Object.keys(journal).length === 0) globalThis.localStorage?.removeItem(KEY);
    else globalThis.localStorage?.setItem(KEY, JSON.stringify(journal));
  } catch {
    // Storage full or disabled: autosave to IndexedDB still runs; only the safety net is missing.
  }
}

const now = () => new Date().toISOString();

/**
 * Records fields typed but not yet committed for one record. Merged into what is there: fields
 * of a save still in flight stay journaled until `journalCommitted` says they landed.
 */
export function journalPending(
  table: TableName,
  id: string,
  fields: Record<string, unknown>,
  create?: Record<string, unknown>,
): void {
  const journal = read();
  const key = `${table}/${id}`;
  const previous = journal[key]?.userId === account ? journal[key] : undefined;
  const entry: Entry = { table, id, fields: { ...previous?.fields, ...fields }, userId: account, at: now() };
  const base = create ?? previous?.create;
  if (base) entry.create = base;
  journal[key] = entry;
  write(journal);
}

/** Forgets committed fields, unless they were typed over again since (then they stay journaled). */
export function journalCommitted(table: TableName, id: string, committed: Record<string, unknown>): void {
  const journal = read();
  const key = `${table}/${id}`;
  const entry = journal[key];
  if (!entry) return;
  for (const [field, value] of Object.entries(committed)) {
    if (JSON.stringify(entry.fields[field]) === JSON.stringify(value)) delete entry.fields[field];
  }
  // The record is now stored as of this moment: what is left was typed no earlier than that.
  entry.at = now();
  if (Object.keys(entry.fields).length === 0) delete journal[key];
  write(journal);
}

/** Forgets fields whose journaled value the person replaced with one that was refused. */
export function journalForget(table: TableName, id: string, fields: readonly string[]): void {
  const journal = read();
  const key = `${table}/${id}`;
  const entry = journal[key];
  if (!entry) return;
  for (const field of fields) delete entry.fields[field];
  if (Object.keys(entry.fields).length === 0) delete journal[key];
  write(journal);
}

/** Everything journaled, whoever typed it (logout and another account's login); held values too. */
export function clearJournal(): void {
  write({});
  writeHeld({});
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
  const journal = read();
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
  write(kept);
  return recovered;
}

/**
 * Before logging out: whatever the current account has journaled goes into the write path, so
 * the logout warning counts it with the other unsent changes and can export it.
 */
export function settleDrafts(database?: KlinikDb): Promise<number> {
  return recoverDrafts(database, account);
}

/*
 * Held values: what was typed but refused (a 17-digit NIP in the attendance list, a session date
 * after its next visit). They are never written or replayed (a refused value must not reach the
 * server), but what a person typed must not vanish on a reload either: the form shows them again,
 * with their error, until they are fixed or replaced. Per record and account, like the journal.
 */
const HELD_KEY = 'klinik-inovasi.held-drafts';
type Held = Record<string, { userId: string | null; fields: Record<string, unknown> }>;

function readHeld(): Held {
  try {
    const raw = globalThis.localStorage?.getItem(HELD_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return typeof parsed === 'object' && parsed !== null ? (parsed as Held) : {};
  } catch {
    return {};
  }
}

function writeHeld(held: Held): void {
  try {
    if (Object.keys(held).length === 0) globalThis.localStorage?.removeItem(HELD_KEY);
    else globalThis.localStorage?.setItem(HELD_KEY, JSON.stringify(held));
  } catch {
    // Storage full or disabled: the refused value stays on screen for this visit only.
  }
}

/** Keeps a refused value of one field, to show again after a reload. */
export function holdRefused(table: TableName, id: string, field: string, value: unknown): void {
  const held = readHeld();
  const key = `${table}/${id}`;
  const mine = held[key]?.userId === account ? held[key]?.fields : undefined;
  held[key] = { userId: account, fields: { ...mine, [field]: value } };
  writeHeld(held);
}

/** Forgets held values once the field holds something valid again. */
export function releaseHeld(table: TableName, id: string, fields: readonly string[]): void {
  const held = readHeld();
  const key = `${table}/${id}`;
  const entry = held[key];
  if (!entry || !fields.some((f) => Object.hasOwn(entry.fields, f))) return;
  for (const f of fields) delete entry.fields[f];
  if (Object.keys(entry.fields).length === 0) delete held[key];
  writeHeld(held);
}

/** This account's held values of one record ({} for none). */
export function heldFields(table: TableName, id: string): Record<string, unknown> {
  const entry = readHeld()[`${table}/${id}`];
  return entry && entry.userId === account && typeof entry.fields === 'object' && entry.fields !== null
    ? entry.fields
    : {};
}
