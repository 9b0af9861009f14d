/**
 * Loads the demo city into this device's database through the one write path, in a single
 * `writeChanges` call: all records and their outbox entries land together or not at all. It
 * adds to whatever is stored (fresh ids every time); the settings screen asks first. The clinic's
 * identity is one row under a fixed id: an identity already set is kept, not overwritten.
 */
import { localToday } from '../domain/dates';
import { DEMO_TABLES, type DemoRecord, type DemoTable, generateDemoData } from '../domain/demo';
import { uuidv7 } from '../domain/ids';
import { type Change, writeChangesAfterReading } from './mutations';
import { db as defaultDb, type KlinikDb } from './schema';

export type DemoCounts = Record<DemoTable, number>;

export interface LoadDemoOptions {
  today?: string;
  seed?: number;
}

function toChanges<T extends DemoTable>(table: T, records: readonly DemoRecord<T>[]): Change[] {
  return records.map((r) => ({ table, op: 'create', id: r.id, fields: r.fields }) as Change);
}

export async function loadDemoData(
  database: KlinikDb = defaultDb,
  options: LoadDemoOptions = {},
): Promise<DemoCounts> {
  const data = generateDemoData({ today: options.today ?? localToday(), seed: options.seed, newId: uuidv7 });
  const counts = {} as DemoCounts;
  await writeChangesAfterReading(
    DEMO_TABLES,
    async () => {
      const kept = await database.clinicIdentities.bulkGet(data.clinicIdentities.map((r) => r.id));
      data.clinicIdentities = data.clinicIdentities.filter((_, i) => kept[i] === undefined);
      for (const table of DEMO_TABLES) counts[table] = data[table].length;
      return DEMO_TABLES.flatMap((table) => toChanges(table, data[table]));
    },
    database,
  );
  return counts;
}
