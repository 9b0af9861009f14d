/**
 * "Buang" on a refused change: the change leaves the list and the device goes back to the
 * server's value. A refused change stays applied on this device until then (the person may want
 * to copy it), so discarding must undo it, or the device would keep showing a value the server
 * never took (found: a refused target of 5 stayed while the server had 40).
 *
 * The value to go back to is the record's value just before the change (`OutboxEntry.before`),
 * used only while the record still holds the server version the change was made on; once a pull
 * has brought a newer version, the row already shows the server's value. A later change to the
 * same field, still waiting or itself refused, keeps what it shows and inherits this `before`.
 * A refused create of a record the server never had is removed. An `out-of-scope` change is
 * only dropped: its record has already left the device.
 */
import type { BaseRecord } from '../../domain/record';
import { isTableName } from '../../domain/table-names';
import { OUT_OF_SCOPE } from '../../protocol/protocol';
import type { OutboxEntry } from '../outbox';
import { type DeadLetter, db as defaultDb, type KlinikDb } from '../schema';
import { markDeleted } from '../tombstones';

/** What discarding changed, so "Undo" can put it back. */
export interface Discarded {
  letter: DeadLetter;
  /** The record's values (of the restored fields) before the discard. */
  fields?: Record<string, unknown>;
  /** A refused create's record, removed by the discard. */
  removed?: BaseRecord;
}

const has = (o: object | undefined, k: string) => o !== undefined && Object.hasOwn(o, k);

/** Removes a refused change from the list and restores the server's value on this device. */
export async function discardDeadLetter(seq: number, database: KlinikDb = defaultDb): Promise<Discarded> {
  const table = async (seqNo: number) => (await database.deadLetters.get(seqNo))?.entry.table;
  const name = await table(seq);
  const tables = name && isTableName(name) ? [database.table(name)] : [];
  return database.transaction(
    'rw',
    [database.deadLetters, database.outbox, database.tombstones, ...tables],
    async () => {
      const letter = await database.deadLetters.get(seq);
      if (!letter) throw new Error(`dead letter ${seq} not found`);
      await database.deadLetters.delete(seq);
      const { entry } = letter;
      if (letter.error === OUT_OF_SCOPE || !isTableName(entry.table) || tables.length === 0)
        return { letter };
      const records = database.table<BaseRecord, string>(entry.table);
      const row = await records.get(entry.recordId);
      if (!row) return { letter };
      const sameRecord = (e: OutboxEntry) => e.table === entry.table && e.recordId === entry.recordId;
      const waiting = (await database.outbox.where('recordId').equals(entry.recordId).toArray()).filter(
        sameRecord,
      );
      const refused = (
        await database.deadLetters.where('entry.recordId').equals(entry.recordId).toArray()
      ).filter((l) => sameRecord(l.entry));

      if (entry.op === 'create') {
        // Never on the server, and nothing else about it here: it goes.
        if (row.version !== 0 || waiting.length > 0 || refused.length > 0) return { letter };
        await records.delete(row.id);
        await markDeleted(database, entry.table, row.id, false);
        return { letter, removed: row };
      }
      if (row.version !== entry.baseVersion || !entry.before) return { letter };
      const mine = entry.seq ?? 0;
      const restore: Record<string, unknown> = {};
      for (const field of Object.keys(entry.fields)) {
        if (!has(entry.before, field)) continue;
        const value = entry.before[field];
        const laterWaiting = waiting.filter((e) => (e.seq ?? 0) > mine && has(e.fields, field));
        const laterRefused = refused.filter((l) => (l.entry.seq ?? 0) > mine && has(l.entry.fields, field));
        if (laterWaiting.length + laterRefused.length === 0) {
          restore[field] = value;
          continue;
        }
        for (const e of laterWaiting)
          await database.outbox.put({ ...e, before: { ...e.before, [field]: value } });
        for (const l of laterRefused)
          await database.deadLetters.put({
            ...l,
            entry: { ...l.entry, before: { ...l.entry.before, [field]: value } },
          });
      }
      const keys = Object.keys(restore);
      if (keys.length === 0) return { letter };
      const current = row as unknown as Record<string, unknown>;
      await records.put({ ...row, ...restore } as BaseRecord);
      if (has(restore, 'deleted')) await markDeleted(database, entry.table, row.id, restore.deleted === true);
      return { letter, fields: Object.fromEntries(keys.map((k) => [k, current[k]])) };
    },
  );
}

/** Undo of `discardDeadLetter`: the same row under the same number, and the refused values again. */
export async function restoreDeadLetter(discarded: Discarded, database: KlinikDb = defaultDb): Promise<void> {
  const { letter, fields, removed } = discarded;
  const name = letter.entry.table;
  const tables = isTableName(name) ? [database.table(name)] : [];
  await database.transaction('rw', [database.deadLetters, database.tombstones, ...tables], async () => {
    await database.deadLetters.put(letter);
    if (!isTableName(name)) return;
    const records = database.table<BaseRecord, string>(name);
    if (removed) {
      await records.put(removed);
      await markDeleted(database, name, removed.id, removed.deleted);
    } else if (fields) {
      const row = await records.get(letter.entry.recordId);
      if (!row) return;
      await records.put({ ...row, ...fields } as BaseRecord);
      if (has(fields, 'deleted')) await markDeleted(database, name, row.id, fields.deleted === true);
    }
  });
}
