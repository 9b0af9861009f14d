import type { TableName } from '../domain/tables';

/**
 * A local change waiting to reach the server. It is written in the same Dexie transaction as
 * the record it describes (see mutations.ts), so the outbox never claims a change that did
 * not happen and never misses one that did.
 */
export type MutationOp = 'create' | 'patch' | 'delete';

export interface OutboxEntry {
  /** Local order of writes (auto-increment); pushes go out in this order. */
  seq?: number;
  /** Mutation id (UUIDv7): the server's exactly-once key together with the client id. */
  id: string;
  table: TableName;
  recordId: string;
  op: MutationOp;
  fields: Record<string, unknown>;
  /** The server version of the record this change was made on (0 = never synced). */
  baseVersion: number;
  hlc: string;
  createdAt: string;
  /** Set by the sync engine while a push carrying this entry is in flight: never coalesce into it. */
  inFlight?: boolean;
}

/**
 * Can `next` be folded into `last` instead of adding a row? Only a create or patch of the same
 * record that is the newest entry overall and not in flight: merging it then cannot reorder
 * changes across records, and autosave keystrokes do not pile up thousands of rows.
 */
export function canCoalesce(last: OutboxEntry | undefined, recordId: string, op: MutationOp): boolean {
  return (
    last !== undefined &&
    !last.inFlight &&
    last.recordId === recordId &&
    op === 'patch' &&
    (last.op === 'create' || last.op === 'patch')
  );
}
