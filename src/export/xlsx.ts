/**
 * The XLSX workbook: one sheet per table, Indonesian headers, real Date and number cells, a
 * frozen header row, an autofilter over the data and column widths that fit. exceljs is big, so
 * it is only ever loaded by the dynamic import below: a separate chunk fetched when a user
 * presses "Unduh Excel", never part of the first screen.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { ClinicIdentity } from '../domain/clinic-identity';
import { forEachInChunks, type OnProgress, yieldToEventLoop } from './chunks';
import type { Cell, Column, ExportTable } from './model';

type ExcelJs = typeof import('exceljs');

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Excel refuses a cell longer than this. */
export const XLSX_MAX_CELL_CHARS = 32_767;
export const XLSX_DATE_FORMAT = 'dd/mm/yyyy';

/** The exceljs chunk could not be fetched (offline before it was ever cached, or a failed update). */
export class ExcelModuleUnavailable extends Error {
  constructor(cause: unknown) {
    super('The Excel module could not be loaded', { cause });
    this.name = 'ExcelModuleUnavailable';
  }
}

async function loadExcelJs(): Promise<ExcelJs> {
  let mod: ExcelJs;
  try {
    mod = await import('exceljs');
  } catch (cause) {
    throw new ExcelModuleUnavailable(cause);
  }
  // The browser build is a UMD bundle (namespace under `default`); Node's CJS build may be either.
  const withDefault = mod as ExcelJs & { default?: ExcelJs };
  return withDefault.default ?? withDefault;
}

/** Control characters other than tab and line breaks are not allowed in the sheet's XML. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what must go.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xlsxValue(cell: Cell): string | number | Date | null {
  if (typeof cell !== 'string') return cell;
  // Excel's own line break inside a cell is LF; a CR would show as "_x000D_" in some readers.
  const clean = cell.replace(XML_INVALID, '').replace(/\r\n?/g, '\n');
  return clean.length > XLSX_MAX_CELL_CHARS ? `${clean.slice(0, XLSX_MAX_CELL_CHARS - 1)}…` : clean;
}

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function columnStyle(c: Column): Partial<import('exceljs').Style> {
  if (c.kind === 'date')
    return { numFmt: XLSX_DATE_FORMAT, alignment: { vertical: 'top', horizontal: 'left' } };
  if (c.kind === 'long') return { alignment: { vertical: 'top', wrapText: true } };
  return { alignment: { vertical: 'top' } };
}

function addSheet(wb: Workbook, table: ExportTable): Worksheet {
  const ws = wb.addWorksheet(table.title, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  ws.columns = table.columns.map((c, i) => ({
    header: c.header,
    key: `c${i}`,
    width: Math.max(c.width, Math.min(40, c.header.length + 4)),
    style: columnStyle(c),
  }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3F1ED' } };
  header.border = { bottom: { style: 'thin', color: { argb: 'FF0F5C4D' } } };
  const last = columnLetter(Math.max(1, table.columns.length));
  ws.autoFilter = `A1:${last}${table.rows.length + 1}`;
  return ws;
}

export interface XlsxOptions {
  onProgress?: OnProgress;
  chunkSize?: number;
  now?: Date;
  /** Names the workbook (its document properties), so a file passed on says whose data it is. */
  identity?: ClinicIdentity;
}

/**
 * The workbook's document properties from the clinic's identity: title the clinic, subject the
 * region, company the agency. Properties, not a title row: the sheets stay plain tables whose
 * first row is the header, which filters, pivots and re-imports rely on.
 */
export function workbookProperties(identity: ClinicIdentity | undefined): {
  creator: string;
  title?: string;
  subject?: string;
  company?: string;
} {
  const clean = (s: string | undefined) => xlsxValue(s?.trim() ?? '') as string;
  const clinic = clean(identity?.clinicName);
  const region = clean(identity?.regionName);
  const agency = clean(identity?.agencyName);
  return {
    creator: clinic || 'Klinik Inovasi',
    ...(clinic ? { title: clinic } : {}),
    ...(region ? { subject: region } : {}),
    ...(agency ? { company: agency } : {}),
  };
}

/** Builds the workbook in chunks (progress = rows added / all rows) and returns the file bytes. */
export async function buildXlsx(
  tables: readonly ExportTable[],
  options: XlsxOptions = {},
): Promise<ArrayBuffer> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  Object.assign(wb, workbookProperties(options.identity));
  wb.created = options.now ?? new Date();
  const total = tables.reduce((n, t) => n + t.rows.length, 0);
  let done = 0;
  options.onProgress?.(0, total);
  for (const table of tables) {
    const ws = addSheet(wb, table);
    await forEachInChunks(table.rows, (row) => ws.addRow(row.map(xlsxValue)), {
      doneBefore: done,
      total,
      onProgress: options.onProgress,
      chunkSize: options.chunkSize,
    });
    done += table.rows.length;
  }
  await yieldToEventLoop();
  const buffer = await wb.xlsx.writeBuffer();
  // exceljs gives a Node Buffer in Node and an ArrayBuffer-like in browsers: copy to a plain one.
  const bytes = new Uint8Array(buffer as ArrayBuffer);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export async function buildXlsxBlob(
  tables: readonly ExportTable[],
  options: XlsxOptions = {},
): Promise<Blob> {
  return new Blob([await buildXlsx(tables, options)], { type: XLSX_MIME });
}
