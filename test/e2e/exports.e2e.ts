/**
 * Exports and printed documents in real Chromium: the coordinator downloads the XLSX workbook
 * from the dashboard (exceljs is fetched only then, as its own chunk), the file is read back
 * with read-excel-file (not the library that wrote it), and a session's minutes render to PDF
 * with the session's findings and attendees, without the app's top bar or buttons.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, inject, it } from 'vitest';
import { loadDemo, login } from './browser';
import { pagePerTest } from './page-per-test';
import { ROOT } from './server';

const baseURL = inject('baseURL');
const SHEETS = ['Unit kerja', 'Inovasi', 'Kemajuan 5D', 'Sesi pendampingan', 'Peserta sesi', 'Tindak lanjut'];
const TABLE_IDS = ['units', 'innovations', 'progress', 'sessions', 'attendees', 'followUps'];

const openPage = pagePerTest();

const rowCount = async (page: Page, id: string): Promise<number> => {
  const text = await page
    .getByTestId(`export-csv-${id}`)
    .locator('xpath=ancestor::li')
    .locator('.muted')
    .textContent();
  return Number((text ?? '').replace(/\D/g, ''));
};

describe('exports and printed documents', () => {
  it('downloads the XLSX workbook from the dashboard, readable by another reader', async () => {
    const tp = await openPage('tabletLandscape');
    const { page } = tp;
    const excelRequests: string[] = [];
    page.on('request', (r) => {
      if (/exceljs/i.test(r.url())) excelRequests.push(r.url());
    });
    await login(page, baseURL, 'koordinator', inject('adminPassword'));
    await loadDemo(page, baseURL);
    await page.goto(`${baseURL}/dashboard`);
    const xlsxButton = page.getByRole('button', { name: 'Unduh Excel (.xlsx)' });
    await xlsxButton.waitFor({ timeout: 20_000 });
    // The first screens never load the Excel library.
    expect(excelRequests).toEqual([]);

    const expected = Object.fromEntries(
      await Promise.all(TABLE_IDS.map(async (id) => [id, await rowCount(page, id)] as const)),
    );
    expect(expected.units).toBeGreaterThan(0);

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      xlsxButton.click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^klinik-inovasi-data-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const dir = join(ROOT, 'test-results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'exports-workbook.xlsx');
    await download.saveAs(file);
    expect(excelRequests.length).toBeGreaterThan(0);
    await page.getByText(/^Berkas klinik-inovasi-data-.*\.xlsx diunduh\.$/).waitFor();

    const sheets = await readXlsxFile(readFileSync(file));
    expect(sheets.map((s) => s.sheet)).toEqual(SHEETS);
    for (const [n, id] of TABLE_IDS.entries()) {
      expect(sheets[n]?.data.length, `${SHEETS[n]} rows`).toBe((expected[id] ?? -1) + 1);
    }
    const sessions = sheets[3]?.data ?? [];
    expect(sessions[0]?.[0]).toBe('Tanggal');
    expect(sessions.slice(1).every((r) => r[0] instanceof Date)).toBe(true);
    expect(sessions[0]?.[1]).toBe('Pukul');
    expect(sessions.slice(1).every((r) => typeof r[7] === 'number')).toBe(true);
  });

  it('renders a session’s minutes to PDF with its findings and attendees', async () => {
    const tp = await openPage('tabletPortrait');
    const { page } = tp;
    await login(page, baseURL, 'koordinator', inject('adminPassword'));
    await loadDemo(page, baseURL);
    await page.goto(`${baseURL}/sessions`);
    // The list may start with "my" sessions only (the account's name): show everyone's.
    const showAll = page.getByRole('button', { name: 'Tampilkan semua sesi' });
    const anyRow = page.getByTestId('session-row').first();
    await Promise.race([showAll.waitFor(), anyRow.waitFor()]);
    if (await showAll.isVisible()) await showAll.click();
    const showAllBox = page.getByLabel('Tampilkan semua sesi');
    if ((await showAllBox.count()) && !(await showAllBox.isChecked())) await showAllBox.check();
    const row = page
      .getByTestId('session-row')
      .filter({ hasText: /(?:^|\D)[1-9]\d* peserta/ })
      .first();
    await row.locator('.session-row__open').click();
    await page.waitForURL(/\/sessions\/[\w-]+$/);
    await page.getByLabel('Temuan').waitFor();
    const findings = await page.getByLabel('Temuan').inputValue();
    const firstAttendee = await page
      .getByRole('group', { name: 'Peserta 1' })
      .getByLabel('Nama')
      .inputValue();
    expect(findings.length).toBeGreaterThan(10);
    expect(firstAttendee.length).toBeGreaterThan(2);

    await page.getByRole('link', { name: 'Cetak notulen' }).click();
    await page.waitForURL(/\/sessions\/[\w-]+\/minutes$/);
    const doc = page.getByTestId('minutes-document');
    await doc.waitFor();
    const text = (await doc.textContent()) ?? '';
    expect(text).toContain('Notulen sesi pendampingan inovasi');
    expect(text).toContain(firstAttendee);
    for (const line of findings.split('\n').filter((l) => l.trim())) expect(text).toContain(line.trim());

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.topbar').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Cetak / Simpan PDF' }).isVisible()).toBe(false);
    expect(await doc.isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    writeFileSync(join(ROOT, 'test-results', 'exports-minutes.pdf'), pdf);

    // The unit's progress report prints the same way.
    const discussed =
      (await doc.locator('tr', { hasText: 'Inovasi yang dibahas' }).locator('td').textContent()) ?? '';
    await page.emulateMedia({ media: 'screen' });
    await page.goBack();
    await page.locator('.page-header__subtitle a').first().click();
    await page.waitForURL(/\/units\/[\w-]+$/);
    await page.getByRole('link', { name: 'Laporan kemajuan' }).click();
    const report = page.getByTestId('report-document');
    await report.waitFor();
    const reportText = (await report.textContent()) ?? '';
    for (const name of discussed
      .replace(/^:\s*/, '')
      .split('; ')
      .filter((n) => n && n !== '—')) {
      expect(reportText).toContain(name.trim());
    }
    await page.emulateMedia({ media: 'print' });
    const reportPdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(reportPdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    writeFileSync(join(ROOT, 'test-results', 'exports-report.pdf'), reportPdf);
  });
});
