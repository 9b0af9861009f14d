import type { Mutation, MutationOp } from '../protocol/protocol';

/**
 * A local change waiting to reach the server. It is written in the same Dexie transaction as
 * the record it describes (see mutations.ts), so the outbox never claims a change that did
 * not happen and never misses one that did.
 */
export interface OutboxEntry extends Mutation {
  /** Local order of writes (auto-increment); pushes go out in this order. */
  seq?: number;
  createdAt: string;
  /** Set by the sync engine while a push carrying this entry is in flight: never coalesce into it. */
  inFlight?: boolean;
  /**
   * Set once a push carrying this entry has left, and never cleared: the server may have applied
   * it under this id even if no answer came back, so nothing may be folded into it any more (a
   * later edit under the same id would be answered `duplicate` and silently lost).
   */
  sent?: boolean;
  /**
   * For a patch or delete: each changed field's value on this device just before the change
   * (never sent). If the server refuses the change, "Buang" puts these back, so the device shows
   * the server's value again instead of keeping what was refused.
   */
  before?: Record<string, unknown>;
}

/**
 * Can `next` be folded into `last` instead of adding a row? Only a create or patch of the same
 * record that is the newest entry overall, was never sent, and was made on the same server
 * version: merging it then cannot reorder changes across records, cannot hide behind a mutation
 * id the server may already have, and cannot make a change made after seeing a newer version
 * claim an older `baseVersion` (the server would take it for a concurrent edit and might let
 * the value it replaced win). Autosave keystrokes still do not pile up thousands of rows.
 */
export function canCoalesce(
  last: OutboxEntry | undefined,
  recordId: string,
  op: MutationOp,
  baseVersion: number,
): boolean {
  return (
    last !== undefined &&
    !last.inFlight &&
    !last.sent &&
    last.recordId === recordId &&
    last.baseVersion === baseVersion &&
    op === 'patch' &&
    (last.op === 'create' || last.op === 'patch')
  );
}
