import { TABLES, type TableName } from '../domain/tables';
import type { PlanItem } from './plan-item';

/** Per table: what an import will do (the preview's numbers). */
export interface TableSummary {
  /** Never-sent records queued as creates, that people will see. */
  added: number;
  /** Never-sent records queued as created and deleted (so the deletion can be undone). */
  addedDeleted: number;
  /** Records that get the file's unsent edits queued, deletions and restorations included. */
  updated: number;
  /** Of `updated`: live here, deleted in the file. */
  deleting: number;
  /** Of `updated`: deleted here, live in the file. */
  restoring: number;
  /** Server records in the file that differ from (or are missing on) this device: not stored. */
  skipped: number;
  /** Identical on both sides. */
  same: number;
}

export interface ImportSummary {
  tables: Record<TableName, TableSummary>;
  totals: TableSummary;
  /** Unsent changes the file carries. */
  unsentInFile: number;
  /** Records some of whose unsent changes from the file stay out (this device's edit is later). */
  unsentLeftOut: number;
  /** Records with unsent changes in the file that this device does not hold yet. */
  unsentNoRecord: number;
  /** Records that get changes queued for sync (creates and edits). */
  queued: number;
  /** True when importing would change nothing. */
  nothingToDo: boolean;
}

const zero = (): TableSummary => ({
  added: 0,
  addedDeleted: 0,
  updated: 0,
  deleting: 0,
  restoring: 0,
  skipped: 0,
  same: 0,
});

export function emptySummary(): ImportSummary {
  return {
    tables: Object.fromEntries(TABLES.map((t) => [t, zero()])) as Record<TableName, TableSummary>,
    totals: zero(),
    unsentInFile: 0,
    unsentLeftOut: 0,
    unsentNoRecord: 0,
    queued: 0,
    nothingToDo: true,
  };
}

export function summarize(items: readonly PlanItem[], unsentInFile: number): ImportSummary {
  const summary = emptySummary();
  summary.unsentInFile = unsentInFile;
  for (const item of items) {
    const row = summary.tables[item.table];
    switch (item.action) {
      case 'create':
        if (item.record.deleted) row.addedDeleted++;
        else row.added++;
        summary.queued++;
        break;
      case 'update':
        row.updated++;
        summary.queued++;
        if (item.unsentLeftOut) summary.unsentLeftOut++;
        if (item.deleted && !item.wasDeleted) row.deleting++;
        if (!item.deleted && item.wasDeleted) row.restoring++;
        break;
      case 'skip':
        // A record whose unsent changes stay out (this device's are later) is said as such.
        if (item.unsentLeftOut) summary.unsentLeftOut++;
        else row.skipped++;
        if (item.unsentNoRecord) summary.unsentNoRecord++;
        break;
      case 'same':
        row.same++;
        break;
    }
  }
  for (const table of TABLES) {
    const row = summary.tables[table];
    for (const key of Object.keys(row) as (keyof TableSummary)[]) summary.totals[key] += row[key];
  }
  summary.nothingToDo = summary.queued === 0;
  return summary;
}
