// @vitest-environment node
/**
 * The clinic's identity names the Excel workbook (issue 13) through its document properties; the
 * sheets stay plain tables (header in row 1) and CSV files get no title rows.
 */
import './node-env';
import { describe, expect, it } from 'vitest';
import type { ClinicIdentity } from '../../src/domain/clinic-identity';
import { EMPTY_CLINIC_IDENTITY } from '../../src/domain/clinic-identity';
import { buildExportTables } from '../../src/export/tables';
import { buildXlsx } from '../../src/export/xlsx';
import { runExport } from '../../src/ui/components/export/run-export';
import { sampleData, tId } from './fixtures';

const TODAY = '2026-03-15';
const IDENTITY: ClinicIdentity = {
  regionName: 'Kota Pontianak',
  place: '',
  clinicName: 'Klinik Inovasi Kota Pontianak',
  agencyName: 'Bapperida Kota Pontianak',
  logo: '',
};

async function readBack(bytes: ArrayBuffer) {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  return wb;
}

describe('the workbook named by the clinic identity', () => {
  it('titles the workbook with the clinic, subject the region, company the agency; row 1 stays the header', async () => {
    const tables = buildExportTables(sampleData(), tId, TODAY);
    const wb = await readBack(await buildXlsx(tables, { identity: IDENTITY }));
    expect(wb.title).toBe('Klinik Inovasi Kota Pontianak');
    expect(wb.subject).toBe('Kota Pontianak');
    expect(wb.company).toBe('Bapperida Kota Pontianak');
    expect(wb.creator).toBe('Klinik Inovasi Kota Pontianak');
    const first = tables[0];
    const ws = wb.getWorksheet(first?.title ?? '');
    expect(ws?.getRow(1).getCell(1).value).toBe(first?.columns[0]?.header);
  });

  it('keeps the app as creator and sets no title while no identity is set', async () => {
    const tables = buildExportTables(sampleData(), tId, TODAY);
    const wb = await readBack(await buildXlsx(tables, { identity: EMPTY_CLINIC_IDENTITY }));
    expect(wb.creator).toBe('Klinik Inovasi');
    expect(wb.title ?? '').toBe('');
    expect(wb.company ?? '').toBe('');
  });

  it('reads the identity when exporting Excel, and leaves CSV files plain tables', async () => {
    const saved: { blob: Blob; name: string }[] = [];
    const deps = {
      load: async () => sampleData(),
      save: (blob: Blob, name: string) => saved.push({ blob, name }),
      today: TODAY,
      identity: async () => ({ ...IDENTITY, clinicName: 'Klinik Inovasi Kabupaten Ujicoba' }),
    };
    await runExport('xlsx', () => {}, deps);
    const [xlsx, csvFile] = [saved[0], saved[1]];
    if (!xlsx) throw new Error('no workbook saved');
    expect((await readBack(await xlsx.blob.arrayBuffer())).title).toBe('Klinik Inovasi Kabupaten Ujicoba');
    await runExport('units', () => {}, deps);
    const csv = (await (saved[1] ?? csvFile ?? xlsx).blob.text()).replace(/^\uFEFF/, '');
    expect(saved).toHaveLength(2);
    expect(csv).not.toContain('Ujicoba');
    const header = buildExportTables(sampleData(), tId, TODAY).find((t) => t.id === 'units');
    expect(csv.split(/\r?\n/)[0]).toContain(header?.columns[0]?.header ?? '?');
  });
});
