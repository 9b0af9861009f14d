/**
 * A synchronous safety net for autosave. IndexedDB writes are asynchronous, and a tab closed or
 * reloaded within the autosave delay can lose the last words typed: the browser may abort the
 * transaction started on `pagehide`. So every keystroke's pending fields are also written to
 * localStorage (synchronous, survives the unload), removed once IndexedDB has committed them,
 * and replayed through the normal write path at the next start.
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
}
type Journal = Record<string, Entry>;

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
  const entry: Entry = { table, id, fields: { ...journal[key]?.fields, ...fields } };
  const base = create ?? journal[key]?.create;
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
  if (Object.keys(entry.fields).length === 0) delete journal[key];
  write(journal);
}

/**
 * Replays what a previous page left in the journal, through the one write path. Fields that no
 * longer validate (or records that are gone) are dropped one by one so the rest still lands.
 * Returns how many records were recovered.
 */
export async function recoverDrafts(database?: KlinikDb): Promise<number> {
  const journal = read();
  const entries = Object.values(journal);
  if (entries.length === 0) return 0;
  // The write path and every table's validation, fetched only when there is something to replay:
  // nearly every start has nothing, and this runs before the first screen renders.
  const [{ ValidationFailed, writeChanges }, schema] = await Promise.all([
    import('./mutations'),
    import('./schema'),
  ]);
  const target = database ?? schema.db;
  let recovered = 0;
  for (const entry of entries) {
    if (!isTableName(entry.table) || typeof entry.id !== 'string') continue;
    let fields = { ...entry.fields };
    const table = entry.table;
    // A record the page meant to create on its first edit and did not get to: create it now.
    const create = entry.create !== undefined && !(await target.table(table).get(entry.id));
    for (let attempt = 0; attempt < 3 && Object.keys(fields).length > 0; attempt++) {
      try {
        const change = create
          ? ({ table, op: 'create', id: entry.id, fields: { ...entry.create, ...fields } } as Change)
          : ({ table, op: 'patch', id: entry.id, fields } as Change);
        await writeChanges([change], target);
        recovered++;
        break;
      } catch (err) {
        if (!(err instanceof ValidationFailed)) break;
        const bad = new Set(err.errors.map((e) => e.field));
        fields = Object.fromEntries(Object.entries(fields).filter(([k]) => !bad.has(k)));
      }
    }
  }
  write({});
  return recovered;
}
