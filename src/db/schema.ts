import { Dexie, type Table } from 'dexie';
import { TABLES, type TableName } from '../domain/table-names';
import type { TableRecords } from '../domain/tables';
import type { OutboxEntry } from './outbox';

/** A pushed change the server refused for good (forbidden, invalid...): kept for people to see. */
export interface DeadLetter {
  seq?: number;
  entry: OutboxEntry;
  error: string;
  details?: { field: string; code: string }[];
  at: string;
  /**
   * What the record was called, kept when its unit left this device's scope and the record
   * was evicted (db/eviction.ts), so the refused change still says what it was about.
   */
  gone?: { name: string; detail: string; parent: string };
}

/**
 * A deleted record of a synced table, by table and id (tombstones.ts keeps these in step). It
 * makes "which sessions are deleted" a keys-only read: IndexedDB cannot index a boolean, and
 * reading every session's value to learn its `deleted` flag made the units list read 14 MB.
 */
export interface TombstoneRow {
  table: TableName;
  id: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface KlinikDbOptions {
  /** The device's wall clock: record times and sync stamps. Tests and the simulation pass their own. */
  clock?: () => Date;
}

/**
 * The only Dexie database. Bump the version and add an `upgrade()` when an index or shape
 * changes; upgrades must tolerate old rows (including old outbox rows) rather than throw.
 */
export class KlinikDb extends Dexie {
  units!: Table<TableRecords['units'], string>;
  innovations!: Table<TableRecords['innovations'], string>;
  stageProgress!: Table<TableRecords['stageProgress'], string>;
  mentoringSessions!: Table<TableRecords['mentoringSessions'], string>;
  actionItems!: Table<TableRecords['actionItems'], string>;
  targets!: Table<TableRecords['targets'], string>;
  clinicIdentities!: Table<TableRecords['clinicIdentities'], string>;
  conflicts!: Table<TableRecords['conflicts'], string>;
  deadLetters!: Table<DeadLetter, number>;
  outbox!: Table<OutboxEntry, number>;
  meta!: Table<MetaRow, string>;
  tombstones!: Table<TombstoneRow, [TableName, string]>;
  readonly clock: () => Date;

  constructor(name = 'klinik-inovasi', options: KlinikDbOptions = {}) {
    // Live queries share Dexie's cache, 'immutable': results are frozen instead of deep-copied
    // on every read, as the default ('cloned') does. At city scale (20,000 follow-ups, 10,000
    // sessions) that copying was 40 % of opening the dashboard and ~330 ms of the first sync
    // (npm run bench -- --profile). Read code never changes what it reads: it sorts copies.
    super(name, { cache: 'immutable' });
    this.clock = options.clock ?? (() => new Date());
    this.version(1).stores({
      units: 'id, name, kind, group, updatedAt',
      innovations: 'id, unitId, currentStage, updatedAt',
      stageProgress: 'id, innovationId, [innovationId+stage]',
      mentoringSessions: 'id, unitId, date, updatedAt',
      actionItems: 'id, unitId, sessionId, innovationId, status, dueDate',
      targets: 'id, year',
      outbox: '++seq, &id, recordId',
      meta: 'key',
    });
    // v2 (sync): conflicts the server recorded, and refused changes. No row changes shape.
    this.version(2).stores({
      conflicts: 'id, recordId, table',
      deadLetters: '++seq, entry.recordId',
    });
    // v3: the tombstone index, filled from the records already stored.
    this.version(3)
      .stores({ tombstones: '[table+id], table' })
      .upgrade(async (tx) => {
        // Only the tables v3 had: later versions' tables do not exist yet during this step.
        for (const table of TABLES.filter((t) => t !== 'clinicIdentities')) {
          const ids = (await tx
            .table(table)
            .filter((row: { deleted?: boolean }) => row.deleted === true)
            .primaryKeys()) as string[];
          await tx.table('tombstones').bulkPut(ids.map((id): TombstoneRow => ({ table, id })));
        }
      });
    // v4: the clinic's identity (one city-wide row, id 'clinic'). A new table: nothing to move.
    this.version(4).stores({ clinicIdentities: 'id' });
  }
}

export const db = new KlinikDb();
