/**
 * CSV per RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, a
 * quote, CR or LF (quotes doubled), headers in the first line. The file starts with a UTF-8 BOM
 * so Excel reads "Kelurahan Sungai Jawi" and "–" correctly. Dates are written `YYYY-MM-DD`,
 * numbers as plain digits with a dot, so any program reads them back the same. Text that would
 * start a formula is neutralised (see FORMULA_START).
 *
 * The `semicolon` dialect is for spreadsheets set to Indonesian, where the comma is the decimal
 * separator and Excel splits a CSV on `;`: fields are separated by `;`, a fraction is written
 * with a decimal comma, and text made only of digits (NIP, phone numbers) is written as the
 * formula `="…"`, which Excel and LibreOffice keep as text; read as a number, an 18-digit NIP
 * loses its last digits and a phone number its leading zero.
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

export const CSV_DIALECTS = ['semicolon', 'comma'] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];

/** Text a spreadsheet would turn into a number: digits, maybe with one decimal point or comma. */
const NUMBER_LIKE = /^\d+(?:[.,]\d+)?$/;

export function csvField(cell: Cell, dialect: CsvDialect = 'comma'): string {
  if (cell === null) return '';
  if (cell instanceof Date) return isoOfDate(cell);
  const semicolon = dialect === 'semicolon';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    return semicolon ? String(cell).replace('.', ',') : String(cell);
  }
  let text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  if (semicolon && NUMBER_LIKE.test(text)) text = `="${text}"`;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly Cell[], dialect: CsvDialect = 'comma'): string {
  return cells.map((cell) => csvField(cell, dialect)).join(dialect === 'semicolon' ? ';' : ',');
}

/** The whole table as CSV text, BOM included (for small tables and tests). */
export function toCsv(table: ExportTable, dialect: CsvDialect = 'comma'): string {
  const line = (cells: readonly Cell[]) => csvLine(cells, dialect);
  const lines = [line(table.columns.map((c) => c.header)), ...table.rows.map(line)];
  return CSV_BOM + lines.join(CRLF) + CRLF;
}

/** The same text built in chunks that yield to the page; resolves to a Blob ready to save. */
export async function buildCsvBlob(
  table: ExportTable,
  onProgress?: OnProgress,
  dialect: CsvDialect = 'comma',
): Promise<Blob> {
  const parts: string[] = [
    CSV_BOM,
    csvLine(
      table.columns.map((c) => c.header),
      dialect,
    ),
    CRLF,
  ];
  await forEachInChunks(
    table.rows,
    (row) => {
      parts.push(csvLine(row, dialect), CRLF);
    },
    { doneBefore: 0, total: table.rows.length, onProgress },
  );
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}
