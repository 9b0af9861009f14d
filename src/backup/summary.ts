import { TABLES, type TableName } from '../domain/tables';
import type { PlanItem } from './plan-item';

/** Per table: what an import will do (the preview's numbers). */
export interface TableSummary {
  /** Records added that people will see. */
  added: number;
  /** Records added as deleted (kept so the deletion syncs and can be undone). */
  addedDeleted: number;
  /** Records changed from the file's newer copy, deletions and restorations included. */
  updated: number;
  /** Of `updated`: live here, deleted in the file. */
  deleting: number;
  /** Of `updated`: deleted here, live in the file. */
  restoring: number;
  /** Records this device has in a newer (or equally new) state: not overwritten. */
  kept: number;
  /** Identical on both sides. */
  same: number;
}

export interface ImportSummary {
  tables: Record<TableName, TableSummary>;
  totals: TableSummary;
  /** Unsent changes the file carries. */
  unsentInFile: number;
  /** Records some of whose unsent changes from the file stay out (this device's copy is newer). */
  unsentLeftOut: number;
  /** Records that get changes queued for sync. */
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
  kept: 0,
  same: 0,
});

export function emptySummary(): ImportSummary {
  return {
    tables: Object.fromEntries(TABLES.map((t) => [t, zero()])) as Record<TableName, TableSummary>,
    totals: zero(),
    unsentInFile: 0,
    unsentLeftOut: 0,
    queued: 0,
    nothingToDo: true,
  };
}

function queues(item: PlanItem): boolean {
  if (item.action === 'create') return true;
  if (item.action !== 'copy' && item.action !== 'update') return false;
  return Object.keys(item.patch).length > 0 || item.setDeleted !== undefined;
}

export function summarize(items: readonly PlanItem[], unsentInFile: number): ImportSummary {
  const summary = emptySummary();
  summary.unsentInFile = unsentInFile;
  for (const item of items) {
    const row = summary.tables[item.table];
    switch (item.action) {
      case 'create':
      case 'copy': {
        const deleted = item.action === 'create' ? item.record.deleted : item.deleted;
        if (deleted) row.addedDeleted++;
        else row.added++;
        break;
      }
      case 'update':
        row.updated++;
        if (item.unsentLeftOut) summary.unsentLeftOut++;
        if (item.deleted && !item.wasDeleted) row.deleting++;
        if (!item.deleted && item.wasDeleted) row.restoring++;
        break;
      case 'keep':
        row.kept++;
        if (item.unsentLeftOut) summary.unsentLeftOut++;
        break;
      case 'same':
        row.same++;
        break;
    }
    if (queues(item)) summary.queued++;
  }
  for (const table of TABLES) {
    const row = summary.tables[table];
    for (const key of Object.keys(row) as (keyof TableSummary)[]) summary.totals[key] += row[key];
  }
  const t = summary.totals;
  summary.nothingToDo = t.added + t.addedDeleted + t.updated === 0;
  return summary;
}
