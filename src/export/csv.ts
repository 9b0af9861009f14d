/**
 * CSV per RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, a
 * quote, CR or LF (quotes doubled), headers in the first line. The file starts with a UTF-8 BOM
 * so Excel reads "Kelurahan Sungai Jawi" and "–" correctly. Dates are written `YYYY-MM-DD`,
 * numbers as plain digits with a dot, so any program reads them back the same. Text that would
 * start a formula is neutralised (see FORMULA_START).
 */
import { forEachInChunks, type OnProgress } from './chunks';
import { type Cell, type ExportTable, isoOfDate } from './model';

export const CSV_BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Text a spreadsheet would run as a formula when the file is opened (CSV injection): a leading
 * `=`, `+`, `-`, `@`, tab or CR. Such a cell gets a leading apostrophe, which Excel and
 * LibreOffice show as text. Numbers are written as numbers, so a negative count is untouched.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return isoOfDate(cell);
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',');
}

/** The whole table as CSV text, BOM included (for small tables and tests). */
export function toCsv(table: ExportTable): string {
  const lines = [csvLine(table.columns.map((c) => c.header)), ...table.rows.map(csvLine)];
  return CSV_BOM + lines.join(CRLF) + CRLF;
}

/** The same text built in chunks that yield to the page; resolves to a Blob ready to save. */
export async function buildCsvBlob(table: ExportTable, onProgress?: OnProgress): Promise<Blob> {
  const parts: string[] = [CSV_BOM, csvLine(table.columns.map((c) => c.header)), CRLF];
  await forEachInChunks(
    table.rows,
    (row) => {
      parts.push(csvLine(row), CRLF);
    },
    { doneBefore: 0, total: table.rows.length, onProgress },
  );
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}
