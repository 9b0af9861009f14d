import { deleteRecord, restoreRecord } from '../db/mutations';
import type { TableName } from '../domain/tables';
import { showToast } from '../state/ui-store';

/**
 * Soft-deletes a record and offers "Undo" for a few seconds. `message` is the translated
 * "X dihapus." text. Resolves once the delete is committed.
 */
export async function deleteWithUndo(table: TableName, id: string, message: string): Promise<void> {
  await deleteRecord(table, id);
  showToast(message, () => restoreRecord(table, id));
}
