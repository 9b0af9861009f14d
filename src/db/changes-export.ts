/**
 * Logging out clears this device (issue 12: refused changes vanished with it). Before that, the
 * person can download the changes that would go: the unsent ones (the outbox) and the ones the
 * server refused (dead letters), each with this device's copy of the record it is about, as one
 * JSON file to keep or hand to a coordinator. Read in one transaction; nothing is written.
 */
import { localToday } from '../domain/dates';
import { TABLES } from '../domain/table-names';
import type { OutboxEntry } from './outbox';
import { type DeadLetter, db as defaultDb, type KlinikDb } from './schema';
import { getSession } from './session-store';

export const CHANGES_FORMAT = 'klinik-inovasi-perubahan';

export interface ChangesFile {
  format: typeof CHANGES_FORMAT;
  formatVersion: 1;
  exportedAt: string;
  account?: string;
  /** Changes never sent (or sent without an answer), oldest first. */
  unsent: OutboxEntry[];
  /** Changes the server refused for good, with its reason. */
  refused: DeadLetter[];
  /** This device's copy of every record those changes are about, by `table/id`. */
  records: Record<string, unknown>;
}

export interface ChangesExport {
  text: string;
  fileName: string;
  unsent: number;
  refused: number;
}

export { changeCounts } from './sync-store';

export async function exportChanges(
  database: KlinikDb = defaultDb,
  now: Date = new Date(),
): Promise<ChangesExport> {
  const tables = TABLES.map((t) => database.table(t));
  const file = await database.transaction(
    'r',
    [...tables, database.outbox, database.deadLetters, database.meta],
    async (): Promise<ChangesFile> => {
      const unsent = (await database.outbox.orderBy('seq').toArray()).map(({ inFlight: _i, ...e }) => e);
      const refused = await database.deadLetters.orderBy('seq').toArray();
      const records: Record<string, unknown> = {};
      for (const { table, recordId } of [...unsent, ...refused.map((l) => l.entry)]) {
        const key = `${table}/${recordId}`;
        if (key in records || !(TABLES as readonly string[]).includes(table)) continue;
        records[key] = (await database.table(table).get(recordId)) ?? null;
      }
      const account = (await getSession(database))?.user.username;
      return {
        format: CHANGES_FORMAT,
        formatVersion: 1,
        exportedAt: now.toISOString(),
        ...(account ? { account } : {}),
        unsent,
        refused,
        records,
      };
    },
  );
  return {
    text: JSON.stringify(file, null, 1),
    fileName: `klinik-inovasi-perubahan-${localToday(now)}.json`,
    unsent: file.unsent.length,
    refused: file.refused.length,
  };
}
