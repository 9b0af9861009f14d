import { describe, expect, it } from 'vitest';
import { buildCsvBlob, CSV_BOM, csvField, toCsv } from '../../src/export/csv';
import { exportFileName } from '../../src/export/download';
import type { ExportTable } from '../../src/export/model';
import { buildExportTables } from '../../src/export/tables';
import { MULTILINE, QUOTED, sampleData, TRICKY, tId } from './fixtures';

/**
 * An RFC 4180 reader written for this test (not the writer's code): fields separated by
 * commas, records by CRLF, quoted fields may hold commas, CR/LF and doubled quotes.
 */
function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i++;
      } else {
        field += ch;
        i++;
      }
    } else if (ch === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (ch === separator) {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (ch === '\n' || ch === '\r') {
      throw new Error(`bare line break outside quotes at ${i}`);
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

const TODAY = '2026-03-15';

/** jsdom's Blob has no arrayBuffer(); FileReader reads it the way a browser would. */
function readBlob(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}
const tables = () => buildExportTables(sampleData(), tId, TODAY);
const table = (id: ExportTable['id']): ExportTable => {
  const found = tables().find((t) => t.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('CSV export', () => {
  it('starts with a UTF-8 BOM, ends every record with CRLF and round-trips every table', () => {
    for (const t of tables()) {
      const text = toCsv(t);
      expect(text.startsWith(CSV_BOM)).toBe(true);
      expect(text.endsWith('\r\n')).toBe(true);
      const rows = parseCsv(text.slice(1));
      expect(rows[0]).toEqual(t.columns.map((c) => c.header));
      expect(rows).toHaveLength(t.rows.length + 1);
      for (const [n, row] of t.rows.entries()) {
        expect(rows[n + 1]).toHaveLength(t.columns.length);
        expect(rows[n + 1]).toEqual(
          row.map((cell) =>
            cell === null ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell),
          ),
        );
      }
    }
  });

  it('keeps commas, quotes, line breaks and Indonesian text exactly', () => {
    const rows = parseCsv(toCsv(table('innovations')).slice(1));
    const first = rows[1] ?? [];
    expect(first[0]).toBe(TRICKY);
    expect(first[1]).toBe(QUOTED);
    expect(first[14]).toBe(MULTILINE);
    expect(first[21]).toBe('Siti Aminah (Ketua); Budi, S.Kom');
    const attendees = parseCsv(toCsv(table('attendees')).slice(1));
    expect(attendees[2]).toEqual([
      '2026-03-02',
      TRICKY,
      'Aula Kelurahan',
      'Agus "Gus" Salim',
      '',
      'Staf, Pelayanan',
      'Anggota',
    ]);
    // NIP keeps all 18 digits as text.
    expect(attendees[1]?.[4]).toBe('198503122010012003');
  });

  it('quotes only when needed and writes numbers and dates plainly', () => {
    expect(csvField('Kelurahan Sungai Jawi')).toBe('Kelurahan Sungai Jawi');
    expect(csvField(TRICKY)).toBe('"Kelurahan Sungai Jawi, Pontianak Kota"');
    expect(csvField('kata "kunci"')).toBe('"kata ""kunci"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(58)).toBe('58');
    expect(csvField(new Date(Date.UTC(2026, 2, 2)))).toBe('2026-03-02');
    expect(csvField(null)).toBe('');
  });

  it('neutralises text a spreadsheet would run as a formula (CSV injection), leaving numbers alone', () => {
    // Found: =HYPERLINK(…) and =cmd|' /C calc'!A0 typed into a session's findings were exported raw.
    const hostile = [
      '=HYPERLINK("http://x","klik")',
      "=cmd|' /C calc'!A0",
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\tx',
      '\rx',
    ];
    for (const text of hostile) {
      const field = csvField(text);
      const cell = field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;
      expect(cell).toBe(`'${text}`);
    }
    const table: ExportTable = {
      id: 'sessions',
      title: 'Sesi',
      fileStem: 'sesi',
      columns: [
        { header: 'Temuan', kind: 'text', width: 40 },
        { header: 'Jumlah', kind: 'number', width: 8 },
      ],
      rows: [['=1+2', -5]],
    };
    expect(parseCsv(toCsv(table).slice(CSV_BOM.length))[1]).toEqual(["'=1+2", '-5']);
    // Ordinary text that merely contains those characters is untouched.
    expect(csvField('Nilai 5-10 = cukup')).toBe('Nilai 5-10 = cukup');
  });

  it('builds the same bytes in chunks as in one go, reporting progress up to the row count', async () => {
    const t = table('progress');
    const calls: number[] = [];
    const blob = await buildCsvBlob(t, (done, total) => {
      expect(total).toBe(t.rows.length);
      calls.push(done);
    });
    const bytes = new Uint8Array(await readBlob(blob));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(toCsv(t));
    expect(calls.at(-1)).toBe(t.rows.length);
    expect(blob.type).toBe('text/csv;charset=utf-8');
  });

  it('names files after the table and the day', () => {
    expect(exportFileName('tindak-lanjut', TODAY, 'csv')).toBe('klinik-inovasi-tindak-lanjut-2026-03-15.csv');
    expect(exportFileName('Kemajuan 5D', TODAY, 'xlsx')).toBe('klinik-inovasi-kemajuan-5d-2026-03-15.xlsx');
  });
});

/**
 * The `;` CSV for spreadsheets set to Indonesian. Checked by hand with LibreOffice Calc 7.4 (CSV
 * import, `;`, Indonesian): plain or quoted 18-digit NIPs become 1.98001012000011E+17 and
 * "0812…" loses its zero; `="…"` is read as text with every digit (Excel does the same).
 */
describe('CSV for Excel in Indonesian (semicolon)', () => {
  /** A cell as the spreadsheet shows it: `="…"` is text, anything else as written. */
  const shown = (field: string) => field.match(/^="(.*)"$/)?.[1] ?? field;

  it('separates with ";", keeps ";" and "," inside text, and round-trips every table', () => {
    for (const t of tables()) {
      const text = toCsv(t, 'semicolon');
      expect(text.startsWith(CSV_BOM)).toBe(true);
      const rows = parseCsv(text.slice(1), ';');
      expect(rows[0]).toEqual(t.columns.map((c) => c.header));
      expect(rows).toHaveLength(t.rows.length + 1);
      for (const [n, row] of t.rows.entries()) {
        expect(rows[n + 1]?.map(shown)).toEqual(
          row.map((cell) =>
            cell === null
              ? ''
              : cell instanceof Date
                ? cell.toISOString().slice(0, 10)
                : typeof cell === 'number'
                  ? String(cell).replace('.', ',')
                  : cell,
          ),
        );
      }
    }
    expect(csvField('a;b', 'semicolon')).toBe('"a;b"');
    expect(csvField(TRICKY, 'semicolon')).toBe(`"${TRICKY}"`);
  });

  it('keeps NIPs and phone numbers as text with every digit, leaving real numbers as numbers', () => {
    expect(csvField('198001012000011001', 'semicolon')).toBe('"=""198001012000011001"""');
    expect(csvField('08123456789', 'semicolon')).toBe('"=""08123456789"""');
    expect(csvField(12, 'semicolon')).toBe('12');
    expect(csvField(2.5, 'semicolon')).toBe('2,5');
    expect(csvField('0812-555', 'semicolon')).toBe('0812-555');
    const attendees = parseCsv(toCsv(table('attendees'), 'semicolon').slice(1), ';');
    expect(attendees[1]?.[4]).toBe('="198503122010012003"');
    // The comma CSV stays plain RFC 4180.
    expect(csvField('198001012000011001')).toBe('198001012000011001');
    expect(csvField(2.5)).toBe('2.5');
  });

  it('still neutralises formulas typed by a person', () => {
    expect(csvField('=1+2', 'semicolon')).toBe("'=1+2");
    expect(csvField('=HYPERLINK("http://x")', 'semicolon')).toBe(`"'=HYPERLINK(""http://x"")"`);
  });

  it('builds the same bytes in chunks as in one go', async () => {
    const t = table('attendees');
    const blob = await buildCsvBlob(t, undefined, 'semicolon');
    const bytes = new Uint8Array(await readBlob(blob));
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(toCsv(t, 'semicolon'));
  });
});
