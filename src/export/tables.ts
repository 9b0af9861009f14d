/** Every export table, built from the records in one pass each (pure: the caller reads the db). */
import type { ExportData, ExportTable, ExportTableId, Translate } from './model';
import { innovationsTable, progressTable, unitsTable } from './tables-innovations';
import { attendeesTable, followUpsTable, sessionsTable } from './tables-sessions';

export function buildExportTables(data: ExportData, t: Translate, today: string): ExportTable[] {
  return [
    unitsTable(data, t, today),
    innovationsTable(data, t),
    progressTable(data, t),
    sessionsTable(data, t),
    attendeesTable(data, t),
    followUpsTable(data, t, today),
  ];
}

/** Just one table (a CSV download does not need the other five). */
export function buildExportTable(
  id: ExportTableId,
  data: ExportData,
  t: Translate,
  today: string,
): ExportTable {
  switch (id) {
    case 'units':
      return unitsTable(data, t, today);
    case 'innovations':
      return innovationsTable(data, t);
    case 'progress':
      return progressTable(data, t);
    case 'sessions':
      return sessionsTable(data, t);
    case 'attendees':
      return attendeesTable(data, t);
    case 'followUps':
      return followUpsTable(data, t, today);
  }
}
