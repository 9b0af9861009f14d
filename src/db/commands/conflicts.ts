/**
 * Resolving conflicts and discarding refused changes. A resolution that restores a value writes
 * the record patch (and, for a deleted record, its restore) together with the conflict's
 * `resolved` flag in one `writeChanges` call: either the value is back and the conflict is
 * closed, or nothing changed. A losing value that no longer validates is refused by the write
 * path with a `ValidationFailed`, before anything is written.
 */
import type { Conflict } from '../../domain/conflict';
import { isTableName } from '../../domain/tables';
import { type Change, RecordNotFound, writeChanges, writeChangesAfterReading } from '../mutations';
import { db as defaultDb, type KlinikDb } from '../schema';

const markResolved = (conflict: Conflict): Change => ({
  table: 'conflicts',
  op: 'patch',
  id: conflict.id,
  fields: { resolved: true },
});

/** Keep what the record holds now (or keep it deleted): only the conflict is closed. */
export async function resolveConflict(conflict: Conflict, database: KlinikDb = defaultDb): Promise<void> {
  await writeChanges([markResolved(conflict)], database);
}

/**
 * Put the losing value back into the record, restoring the record first when it is deleted,
 * and close the conflict, all in one transaction. Throws `ValidationFailed` (nothing written)
 * when the value is no longer valid, `RecordNotFound` when the record is not on this device.
 */
export async function restoreLosingValue(conflict: Conflict, database: KlinikDb = defaultDb): Promise<void> {
  const table = conflict.table;
  if (!isTableName(table) || table === 'conflicts') throw new RecordNotFound('conflicts', conflict.recordId);
  const id = conflict.recordId;
  await writeChangesAfterReading(
    [table, 'conflicts'],
    async () => {
      const record = await database.table(table).get(id);
      if (!record) throw new RecordNotFound(table, id);
      const changes: Change[] = [];
      if (conflict.field === 'deleted') {
        // The losing side of a delete-versus-restore: apply it as a delete or a restore.
        changes.push({ table, op: conflict.losingValue === true ? 'delete' : 'restore', id });
      } else {
        if (record.deleted === true) changes.push({ table, op: 'restore', id });
        changes.push({
          table,
          op: 'patch',
          id,
          fields: { [conflict.field]: conflict.losingValue },
        } as Change);
      }
      changes.push(markResolved(conflict));
      return changes;
    },
    database,
  );
}

export { type Discarded, discardDeadLetter, restoreDeadLetter } from './refused';
