import type { OutboxEntry } from '../db/outbox';
import type { TableName } from '../domain/tables';

/** When and on what an unsent edit of one field was made. */
export interface Stamp {
  /** The oldest server version an unsent edit of the field was made on. */
  base: number;
  /** The newest HLC stamp of those edits (what the server compares concurrent edits by). */
  hlc: string;
}

/** What an outbox says is unsent about one record. */
export interface Pending {
  /** A create not yet acknowledged: the server may not have the record at all. */
  create: boolean;
  /** Field → its unsent edit; `deleted` for deletes and restores. */
  fields: Map<string, Stamp>;
}

export const recordKey = (table: string, id: string): string => `${table}/${id}`;

/**
 * Groups outbox entries by record. Conflicts are server records: only `resolved` is ever
 * a client change, so nothing else of theirs counts as pending.
 */
export function pendingByRecord(outbox: readonly OutboxEntry[]): Map<string, Pending> {
  const map = new Map<string, Pending>();
  for (const entry of outbox) {
    const key = recordKey(entry.table, entry.recordId);
    const pending = map.get(key) ?? { create: false, fields: new Map<string, Stamp>() };
    const conflict = (entry.table as TableName) === 'conflicts';
    if (entry.op === 'create' && !conflict) pending.create = true;
    const names = entry.op === 'delete' ? ['deleted'] : Object.keys(entry.fields);
    for (const name of names) {
      if (conflict && name !== 'resolved') continue;
      const seen = pending.fields.get(name);
      pending.fields.set(name, {
        base: seen ? Math.min(seen.base, entry.baseVersion) : entry.baseVersion,
        hlc: seen && seen.hlc > entry.hlc ? seen.hlc : entry.hlc,
      });
    }
    map.set(key, pending);
  }
  return map;
}
