/** What applying a push needs from storage, synchronously inside one transaction. */
import type { MutationResult } from '../../protocol/protocol';
import type { ServerRecord } from './merge';

export interface RecordAccess {
  getMutationResult(clientId: string, mutationId: string): MutationResult | undefined;
  saveMutationResult(clientId: string, mutationId: string, result: MutationResult): void;
  getRecord(table: string, id: string): ServerRecord | undefined;
  /**
   * Stores a record. `previousScope` is the scope it had before this write: when it differs, the
   * record left that scope, and whoever sees only the old scope is told so by their next pull.
   */
  putRecord(record: ServerRecord, previousScope?: string): void;
  nextSeq(): number;
  /** Records of `table` whose `field` equals `value` (children of a parent). */
  findRecords(table: string, field: string, value: string): ServerRecord[];
  addUnitToUser(userId: string, unitId: string): void;
}
