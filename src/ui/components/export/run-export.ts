/**
 * One export from button press to saved file: read the live records, build the table(s), write
 * XLSX or CSV in chunks that report progress, save the Blob. Files are always in Indonesian so
 * every coordinator's export has the same column headings, whatever language the screen uses.
 */
import { getClinicIdentity } from '../../../db/queries/clinic-identity';
import { loadExportData } from '../../../db/queries/export';
import type { ClinicIdentity } from '../../../domain/clinic-identity';
import { localToday } from '../../../domain/dates';
import type { OnProgress } from '../../../export/chunks';
import { buildCsvBlob, type CsvDialect } from '../../../export/csv';
import { exportFileName, saveBlob } from '../../../export/download';
import type { ExportData, ExportTableId, Translate } from '../../../export/model';
import { buildExportTable, buildExportTables } from '../../../export/tables';
import { buildXlsxBlob, ExcelModuleUnavailable } from '../../../export/xlsx';
import { translate } from '../../../i18n';

export type ExportTarget = 'xlsx' | ExportTableId;

export const exportT: Translate = (key, params) => translate('id', key, params);

export interface ExportDeps {
  load: () => Promise<ExportData>;
  save: (blob: Blob, filename: string) => void;
  today: string;
  /** The clinic's identity, naming the workbook (CSV files stay plain tables). */
  identity?: () => Promise<ClinicIdentity>;
}

const defaultDeps = (): ExportDeps => ({
  load: () => loadExportData(),
  save: saveBlob,
  today: localToday(),
  identity: () => getClinicIdentity(),
});

/** Builds and saves one export; resolves to the file name. `csv` picks the CSV separator. */
export async function runExport(
  target: ExportTarget,
  onProgress: OnProgress,
  deps: ExportDeps = defaultDeps(),
  csv: CsvDialect = 'comma',
): Promise<string> {
  const data = await deps.load();
  if (target === 'xlsx') {
    const tables = buildExportTables(data, exportT, deps.today);
    const identity = await deps.identity?.();
    const blob = await buildXlsxBlob(tables, { onProgress, ...(identity ? { identity } : {}) });
    const name = exportFileName(exportT('export.file.workbook'), deps.today, 'xlsx');
    deps.save(blob, name);
    return name;
  }
  const table = buildExportTable(target, data, exportT, deps.today);
  onProgress(0, table.rows.length);
  const blob = await buildCsvBlob(table, onProgress, csv);
  const name = exportFileName(table.fileStem, deps.today, 'csv');
  deps.save(blob, name);
  return name;
}

export type ExportErrorKind = 'module' | 'failed';

export function exportErrorKind(error: unknown): ExportErrorKind {
  return error instanceof ExcelModuleUnavailable ? 'module' : 'failed';
}
