/**
 * One record's entry in an import plan (plan.ts decides it, summary.ts counts it): apart from
 * plan.ts so the summary can name it without the two modules importing each other.
 */
import type { TableName } from '../domain/tables';
import type { BackupRecord } from './format';
import type { Stamp } from './pending';

export type Fields = Record<string, unknown>;

interface Writes {
  /** Stored as the server state it reflects (no outbox row), before the queued edits. */
  snapshot?: BackupRecord;
  /** Edited fields queued for sync (a patch through the write path). */
  patch: Fields;
  /** A queued delete (true) or restore (false). */
  setDeleted?: boolean;
  /** The file's stamps of the queued fields: the queued changes carry them to the server. */
  stamps: Record<string, Stamp>;
}

export type PlanItem =
  | { action: 'create'; table: TableName; id: string; record: BackupRecord; stamps: Record<string, Stamp> }
  | ({ action: 'copy'; table: TableName; id: string; deleted: boolean } & Writes)
  | ({
      action: 'update';
      table: TableName;
      id: string;
      wasDeleted: boolean;
      deleted: boolean;
      unsentLeftOut: boolean;
    } & Writes)
  | { action: 'keep'; table: TableName; id: string; unsentLeftOut: boolean }
  | { action: 'same'; table: TableName; id: string };
