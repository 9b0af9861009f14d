/**
 * Held values: what was typed but refused (a 17-digit NIP in the attendance list, a session date
 * after its next visit). They are never written or replayed (a refused value must not reach the
 * server), but what a person typed must not vanish on a reload either: the form shows them again,
 * with their error, until they are fixed or replaced. Per record and account, like the journal
 * (draft-journal.ts, whose clearJournal clears these too). Only forms import this.
 */
import type { TableName } from '../domain/tables';
import { HELD_KEY, journalAccount } from './draft-journal';

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
  const account = journalAccount();
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
  return entry &&
    entry.userId === journalAccount() &&
    typeof entry.fields === 'object' &&
    entry.fields !== null
    ? entry.fields
    : {};
}
