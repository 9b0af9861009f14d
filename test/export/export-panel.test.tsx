import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDemoData } from '../../src/db/demo';
import { loadExportData } from '../../src/db/queries/export';
import { db } from '../../src/db/schema';
import { ExcelModuleUnavailable } from '../../src/export/xlsx';
import { useUi } from '../../src/state/ui-store';
import { ExportPanel } from '../../src/ui/components/export/ExportPanel';
import { ToastHost } from '../../src/ui/components/Toast';
import { emptyStateTitles, textOf } from '../helpers/screen';

const xlsx = vi.hoisted(() => ({ fail: null as Error | null }));
vi.mock('../../src/export/xlsx', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/export/xlsx')>();
  return {
    ...real,
    buildXlsxBlob: (...args: Parameters<typeof real.buildXlsxBlob>) =>
      xlsx.fail ? Promise.reject(xlsx.fail) : real.buildXlsxBlob(...args),
  };
});

afterAll(() => new Promise((resolve) => setTimeout(resolve, 100)));

interface Saved {
  name: string;
  blob: Blob;
}
let saved: Saved[] = [];
const blobs = new Map<string, Blob>();

beforeEach(() => {
  saved = [];
  xlsx.fail = null;
  let n = 0;
  // jsdom has neither object URLs nor downloads: record what would have been saved.
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ name: this.download, blob });
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

function renderPanel() {
  return render(
    <>
      <ExportPanel />
      <ToastHost />
    </>,
  );
}

describe('export panel', () => {
  it('says what to do when there is nothing to export', async () => {
    renderPanel();
    await waitFor(() => expect(emptyStateTitles()).toEqual(['Belum ada data untuk diekspor']));
    expect(screen.getByRole('link', { name: 'Ke Pengaturan' }).getAttribute('href')).toBe('/settings');
    expect(screen.queryByRole('button', { name: 'Unduh Excel (.xlsx)' })).toBeNull();
  });

  it('shows row counts per table and downloads one table as CSV with a progress bar', async () => {
    await loadDemoData(db, { today: '2026-03-15' });
    const data = await loadExportData(db);
    renderPanel();
    const row = (await screen.findByRole('button', { name: 'Unduh CSV: Tindak lanjut' })).closest('li');
    if (!row) throw new Error('row missing');
    expect(textOf(row)).toContain(`${data.actionItems.length} baris`);

    fireEvent.click(within(row).getByRole('button', { name: /Unduh CSV/ }));
    expect(Number((await screen.findByRole('progressbar')).getAttribute('aria-valuenow'))).toBeLessThan(100);
    expect(screen.getByRole('button', { name: 'Unduh Excel (.xlsx)' }).hasAttribute('disabled')).toBe(true);
    await screen.findByText(/^Berkas klinik-inovasi-tindak-lanjut-\d{4}-\d{2}-\d{2}\.csv diunduh\.$/);
    expect(saved).toHaveLength(1);
    const text = await readText(saved[0]?.blob ?? new Blob());
    const lines = text.split('\r\n').filter((l) => l !== '');
    // Spreadsheets set to Indonesian first: `;` between columns.
    expect(lines[0]).toBe(
      'Unit;Tanggal sesi;Nama inovasi;Apa yang dilakukan;Penanggung jawab;Tenggat;Status;Tanggal selesai;Terlambat;Catatan tim unit',
    );
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(screen.getByRole('button', { name: 'Unduh Excel (.xlsx)' }).hasAttribute('disabled')).toBe(false);
  });

  it('offers a CSV for Excel in Indonesian (;) and a comma CSV, and writes the one chosen', async () => {
    await loadDemoData(db, { today: '2026-03-15' });
    renderPanel();
    const semicolon = (await screen.findByRole('radio', {
      name: /CSV \(Excel Indonesia, pemisah ;\)/,
    })) as HTMLInputElement;
    const comma = screen.getByRole('radio', { name: /CSV \(pemisah ,\)/ }) as HTMLInputElement;
    expect(semicolon.checked).toBe(true);
    fireEvent.click(comma);
    expect(comma.checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Unduh CSV: Peserta sesi' }));
    await screen.findByText(/^Berkas klinik-inovasi-peserta-sesi-.*\.csv diunduh\.$/);
    const commaText = await readText(saved[0]?.blob ?? new Blob());
    expect(commaText.split('\r\n')[0]).toBe('Tanggal sesi,Unit,Tempat,Nama,NIP,Jabatan,Peran');

    fireEvent.click(semicolon);
    fireEvent.click(screen.getByRole('button', { name: 'Unduh CSV: Peserta sesi' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    const text = await readText(saved[1]?.blob ?? new Blob());
    expect(text.split('\r\n')[0]).toBe('Tanggal sesi;Unit;Tempat;Nama;NIP;Jabatan;Peran');
    // Every 18-digit NIP is written so a spreadsheet keeps it as text.
    expect(text.match(/;"=""\d{18}""";/g)?.length ?? 0).toBeGreaterThan(0);
    expect(text).not.toMatch(/;\d{18};/);
  });

  it('downloads the whole workbook as .xlsx', async () => {
    await loadDemoData(db, { today: '2026-03-15' });
    renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Unduh Excel (.xlsx)' }));
    await screen.findByText(/^Berkas klinik-inovasi-data-\d{4}-\d{2}-\d{2}\.xlsx diunduh\.$/, undefined, {
      timeout: 10_000,
    });
    expect(saved).toHaveLength(1);
    expect(saved[0]?.blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(saved[0]?.blob.size).toBeGreaterThan(5000);
  });

  it('explains a missing Excel module in words, and keeps the CSV buttons usable', async () => {
    await loadDemoData(db, { today: '2026-03-15' });
    xlsx.fail = new ExcelModuleUnavailable(new TypeError('Failed to fetch dynamically imported module'));
    renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Unduh Excel (.xlsx)' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Modul Excel belum tersimpan di perangkat ini');
    expect(saved).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Unduh CSV: Unit kerja' }).hasAttribute('disabled')).toBe(
      false,
    );
  });

  it('reports any other failure without blaming the data, in the UI language', async () => {
    await loadDemoData(db, { today: '2026-03-15' });
    useUi.setState({ lang: 'en' });
    xlsx.fail = new Error('quota');
    renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Download Excel (.xlsx)' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The export failed. Your data has not changed; please try again.',
    );
  });
});
