/**
 * What typing writes to the draft journal (draft-journal.ts says why it exists): fields typed but
 * not committed yet, forgotten once committed or refused. Only forms import this, so the first
 * screen, which only replays or clears the journal, does not carry it.
 */
import type { TableName } from '../domain/tables';
import { type Entry, journalAccount, now, readJournal, writeJournal } from './draft-journal';

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
  const journal = readJournal();
  const key = `${table}/${id}`;
  const account = journalAccount();
  const previous = journal[key]?.userId === account ? journal[key] : undefined;
  const entry: Entry = { table, id, fields: { ...previous?.fields, ...fields }, userId: account, at: now() };
  const base = create ?? previous?.create;
  if (base) entry.create = base;
  journal[key] = entry;
  writeJournal(journal);
}

/** Forgets committed fields, unless they were typed over again since (then they stay journaled). */
export function journalCommitted(table: TableName, id: string, committed: Record<string, unknown>): void {
  const journal = readJournal();
  const key = `${table}/${id}`;
  const entry = journal[key];
  if (!entry) return;
  for (const [field, value] of Object.entries(committed)) {
    if (JSON.stringify(entry.fields[field]) === JSON.stringify(value)) delete entry.fields[field];
  }
  // The record is now stored as of this moment: what is left was typed no earlier than that.
  entry.at = now();
  if (Object.keys(entry.fields).length === 0) delete journal[key];
  writeJournal(journal);
}

/** Forgets fields whose journaled value the person replaced with one that was refused. */
export function journalForget(table: TableName, id: string, fields: readonly string[]): void {
  const journal = readJournal();
  const key = `${table}/${id}`;
  const entry = journal[key];
  if (!entry) return;
  for (const field of fields) delete entry.fields[field];
  if (Object.keys(entry.fields).length === 0) delete journal[key];
  writeJournal(journal);
}
