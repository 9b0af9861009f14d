/**
 * One record's entry in an import plan (plan.ts decides it, summary.ts counts it): apart from
 * plan.ts so the summary can name it without the two modules importing each other.
 */
import type { TableName } from '../domain/tables';
import type { BackupRecord } from './format';
import type { Stamp } from './pending';

export type Fields = Record<string, unknown>;

export type PlanItem =
  /** A record the file says was never sent: queued as a create, the server decides. */
  | { action: 'create'; table: TableName; id: string; record: BackupRecord; stamps: Record<string, Stamp> }
  /** The file's unsent edits of a record this device holds, queued through the write path. */
  | {
      action: 'update';
      table: TableName;
      id: string;
      /** This device's stored version: the queued edits are never based on a later one. */
      localVersion: number;
      wasDeleted: boolean;
      deleted: boolean;
      unsentLeftOut: boolean;
      patch: Fields;
      /** A queued delete (true) or restore (false). */
      setDeleted?: boolean;
      /** The file's stamps of the queued fields (clamped when written, see db/backup.ts). */
      stamps: Record<string, Stamp>;
    }
  /**
   * Server data in the file: never stored. The record comes from the server with the next pull.
   * `unsentNoRecord`: the file had unsent edits of it, but this device does not hold the record
   * yet, so they cannot be queued (sync first, then import again).
   */
  | { action: 'skip'; table: TableName; id: string; unsentLeftOut: boolean; unsentNoRecord: boolean }
  | { action: 'same'; table: TableName; id: string };
