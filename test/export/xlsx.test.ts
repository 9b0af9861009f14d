// @vitest-environment node
import './node-env';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { loadDemoData } from '../../src/db/demo';
import { deleteRecord } from '../../src/db/mutations';
import { loadExportData } from '../../src/db/queries/export';
import { db } from '../../src/db/schema';
import { STAGES } from '../../src/domain/stages';
import type { ExportTable } from '../../src/export/model';
import { buildExportTables } from '../../src/export/tables';
import { buildXlsx, XLSX_MAX_CELL_CHARS, xlsxValue } from '../../src/export/xlsx';
import { MULTILINE, QUOTED, sampleData, TRICKY, tId } from './fixtures';
import { unzip } from './zip';

const TODAY = '2026-03-15';
const SHEETS = ['Unit kerja', 'Inovasi', 'Kemajuan 5D', 'Sesi pendampingan', 'Peserta sesi', 'Tindak lanjut'];

async function demoWorkbook() {
  await loadDemoData(db, { today: TODAY });
  const data = await loadExportData(db);
  const tables = buildExportTables(data, tId, TODAY);
  const bytes = await buildXlsx(tables, { chunkSize: 50 });
  return { data, tables, bytes, sheets: await readXlsxFile(Buffer.from(bytes)) };
}

const headerOf = (t: ExportTable) => t.columns.map((c) => c.header);

describe('XLSX workbook read back with read-excel-file', () => {
  it('has the six sheets with Indonesian headers and one row per record', async () => {
    const { data, sheets } = await demoWorkbook();
    expect(sheets.map((s) => s.sheet)).toEqual(SHEETS);
    const rowsOf = (name: string) => (sheets.find((s) => s.sheet === name)?.data ?? []).slice(1);
    const header = (name: string) => sheets.find((s) => s.sheet === name)?.data[0];

    expect(header('Unit kerja')).toEqual(
      expect.arrayContaining(['Nama unit', 'Jenis unit', 'Kelompok kompetisi', 'Instansi induk']),
    );
    expect(header('Inovasi')).toEqual(
      expect.arrayContaining(['Tahapan (IID)', 'Urusan lain yang beririsan', 'Tim inovasi (nama dan peran)']),
    );
    expect(header('Tindak lanjut')).toEqual([
      'Unit',
      'Tanggal sesi',
      'Nama inovasi',
      'Apa yang dilakukan',
      'Penanggung jawab',
      'Tenggat',
      'Status',
      'Tanggal selesai',
      'Terlambat',
      'Catatan tim unit',
    ]);

    expect(data.units.length).toBeGreaterThanOrEqual(12);
    expect(rowsOf('Unit kerja')).toHaveLength(data.units.length);
    expect(rowsOf('Inovasi')).toHaveLength(data.innovations.length);
    expect(rowsOf('Kemajuan 5D')).toHaveLength(data.innovations.length * STAGES.length);
    expect(rowsOf('Sesi pendampingan')).toHaveLength(data.sessions.length);
    const attendees = data.sessions.reduce((n, s) => n + s.attendees.length, 0);
    expect(attendees).toBeGreaterThan(0);
    expect(rowsOf('Peserta sesi')).toHaveLength(attendees);
    expect(rowsOf('Tindak lanjut')).toHaveLength(data.actionItems.length);
    expect(rowsOf('Unit kerja').map((r) => r[0])).toEqual(data.units.map((u) => u.name));
  });

  it('writes dates as Date cells and counts as numbers, matching the records', async () => {
    const { data, tables, sheets } = await demoWorkbook();
    for (const [n, table] of tables.entries()) {
      const sheet = sheets[n];
      expect(sheet?.data[0]).toEqual(headerOf(table));
      for (const [c, column] of table.columns.entries()) {
        const cells = (sheet?.data ?? []).slice(1).map((r) => r[c] ?? null);
        const filled = cells.filter((v) => v !== null);
        if (column.kind === 'date') expect(filled.every((v) => v instanceof Date)).toBe(true);
        else if (column.kind === 'number') expect(filled.every((v) => typeof v === 'number')).toBe(true);
        else expect(filled.every((v) => typeof v === 'string')).toBe(true);
      }
    }
    // Session dates: the same calendar days as the records, oldest first.
    const sessionDates = (sheets[3]?.data ?? [])
      .slice(1)
      .map((r) => (r[0] as unknown as Date).toISOString().slice(0, 10));
    expect(sessionDates).toEqual(data.sessions.map((s) => s.date));
    // Attendee counts per session are numbers that add up.
    const counts = (sheets[3]?.data ?? []).slice(1).map((r) => r[7]);
    expect(counts).toEqual(data.sessions.map((s) => s.attendees.length));
    // NIP stays text (18 digits would lose precision as a number).
    const nips = (sheets[4]?.data ?? [])
      .slice(1)
      .map((r) => r[4])
      .filter((v) => v !== null);
    expect(nips.length).toBeGreaterThan(0);
    expect(nips.every((v) => typeof v === 'string' && /^\d{18}$/.test(v))).toBe(true);
  });

  it('keeps commas, quotes, line breaks and Indonesian text, and the IID profile joined readably', async () => {
    const tables = buildExportTables(sampleData(), tId, TODAY);
    const sheets = await readXlsxFile(Buffer.from(await buildXlsx(tables)));
    const innovation = sheets[1]?.data[1] ?? [];
    expect(innovation[0]).toBe(TRICKY);
    expect(innovation[1]).toBe(QUOTED);
    expect(innovation[7]).toBe('Sosial; Pemberdayaan Masyarakat dan Desa');
    expect((innovation[8] as unknown as Date).toISOString()).toBe('2026-02-03T00:00:00.000Z');
    expect(innovation[14]).toBe(MULTILINE.replace(/\r\n/g, '\n'));
    expect(innovation[21]).toBe('Siti Aminah (Ketua); Budi, S.Kom');
    const followUps = sheets[5]?.data.slice(1) ?? [];
    expect(followUps.map((r) => r[8])).toEqual(['Ya', 'Tidak', 'Tidak']);
  });
});

describe('XLSX layout inside the file', () => {
  it('freezes the header row and puts an autofilter over each table (read from the raw XML)', async () => {
    const tables = buildExportTables(sampleData(), tId, TODAY);
    const files = unzip(await buildXlsx(tables));
    const workbook = files.get('xl/workbook.xml') ?? '';
    expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(SHEETS);
    const lastColumn = ['I', 'V', 'J', 'M', 'G', 'J'];
    for (const [n, table] of tables.entries()) {
      const xml = files.get(`xl/worksheets/sheet${n + 1}.xml`) ?? '';
      expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
      expect(xml).toContain(`<autoFilter ref="A1:${lastColumn[n]}${table.rows.length + 1}"`);
      expect(xml).toMatch(/<col [^>]*width="/);
    }
  });

  it('reads back the same views, filter and number format with exceljs (second check)', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const tables = buildExportTables(sampleData(), tId, TODAY);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await buildXlsx(tables));
    const ws = wb.getWorksheet('Sesi pendampingan');
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws?.autoFilter).toBe('A1:M3');
    expect(ws?.getCell('A2').numFmt).toBe('dd/mm/yyyy');
    expect(ws?.getRow(1).font?.bold).toBe(true);
  });

  it('leaves deleted units and everything under them out', async () => {
    await loadDemoData(db, { today: TODAY });
    const before = await loadExportData(db);
    const unit = before.units[0];
    if (!unit) throw new Error('demo has units');
    await deleteRecord('units', unit.id);
    const after = await loadExportData(db);
    expect(after.units.map((u) => u.id)).not.toContain(unit.id);
    for (const list of [after.innovations, after.sessions, after.actionItems]) {
      expect(list.some((r) => r.unitId === unit.id)).toBe(false);
    }
    const ids = new Set(after.innovations.map((i) => i.id));
    expect(after.stageProgress.every((s) => ids.has(s.innovationId))).toBe(true);
  });

  it('reports progress as rows done out of all rows, in chunks', async () => {
    const tables = buildExportTables(sampleData(), tId, TODAY);
    const total = tables.reduce((n, t) => n + t.rows.length, 0);
    const calls: [number, number][] = [];
    await buildXlsx(tables, { chunkSize: 2, onProgress: (done, all) => calls.push([done, all]) });
    expect(calls.length).toBeGreaterThan(tables.length);
    expect(calls.every(([, all]) => all === total)).toBe(true);
    expect(calls.map(([done]) => done)).toEqual([...calls.map(([done]) => done)].sort((a, b) => a - b));
    expect(calls.at(-1)).toEqual([total, total]);
  });

  it('cleans what Excel would refuse: control characters and over-long cells', () => {
    expect(xlsxValue('a\u0001b\r\nc')).toBe('ab\nc');
    const long = xlsxValue('x'.repeat(XLSX_MAX_CELL_CHARS + 10));
    expect(typeof long === 'string' && long.length).toBe(XLSX_MAX_CELL_CHARS);
    expect(xlsxValue(5)).toBe(5);
  });
});
