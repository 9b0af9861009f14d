/**
 * Dates in a browser whose language is American English, where a native `type="date"` shows
 * mm/dd/yyyy: the session date is typed day-month-year, stored, and after a reload still reads
 * 04-12-2026; the time (pukul) comes back too and prints on the minutes next to the date.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, login, VIEWPORTS, watchCsp, watchErrors } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launch(inject('chromiumPath'));
});
afterAll(async () => {
  await browser?.close();
});

async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-testid="save-status"]')].every((el) => {
      const state = (el as HTMLElement).dataset.state;
      return state === 'saved' || state === 'idle';
    }),
  );
}

describe('dates day-month-year in a US-English browser', () => {
  it('types 4-12-2026 and 9.30 into a session, reloads, and reads 04-12-2026 and pukul 09.30', async () => {
    const context = await browser.newContext({
      viewport: VIEWPORTS.tabletPortrait,
      locale: 'en-US',
      timezoneId: 'Asia/Pontianak',
    });
    const errors: string[] = [];
    watchErrors(context, errors);
    await watchCsp(context, errors);
    const page = await context.newPage();
    try {
      expect(await page.evaluate(() => navigator.language)).toBe('en-US');
      await login(page, baseURL, 'koordinator', inject('adminPassword'));
      await page.goto(`${baseURL}/units`);
      await page.getByRole('button', { name: 'Tambah unit' }).click();
      await page.getByLabel('Nama unit').fill('Kelurahan Uji Tanggal');
      await page.getByLabel('Jenis unit').selectOption({ label: 'Kelurahan' });
      await page.getByRole('button', { name: 'Simpan unit' }).click();
      await page.waitForURL(/\/units\/[\w-]+$/);
      await page.getByRole('button', { name: 'Sesi baru' }).first().click();
      await page.waitForURL(/\/sessions\/[\w-]+(\?new=[\w-]+)?$/);

      const date = page.getByLabel('Tanggal', { exact: true });
      expect(await date.getAttribute('type')).toBe('text');
      expect(await date.getAttribute('placeholder')).toBe('hh-bb-tttt');
      await date.fill('');
      await date.pressSequentially('4-12-2026');
      await page.getByLabel('Pukul').pressSequentially('9.30');
      await page.getByLabel('Tempat').fill('Aula Kelurahan');
      await waitSaved(page);
      // Left the fields: both are written the way the app writes them.
      expect(await date.inputValue()).toBe('04-12-2026');
      expect(await page.getByLabel('Pukul').inputValue()).toBe('09.30');

      // An impossible date is said in Indonesian and changes nothing.
      await date.fill('31-02-2026');
      await expect
        .poll(() => page.locator('.field__error').first().textContent())
        .toBe('Tanggal tidak valid.');
      await date.fill('04-12-2026');
      await page.getByLabel('Tempat').click();
      await waitSaved(page);

      const sessionPath = new URL(page.url()).pathname;
      await page.goto(`${baseURL}${sessionPath}`);
      await page.getByLabel('Tempat').waitFor();
      expect(await page.getByLabel('Tanggal', { exact: true }).inputValue()).toBe('04-12-2026');
      expect(await page.getByLabel('Pukul').inputValue()).toBe('09.30');
      expect(await page.locator('.session-subtitle').textContent()).toContain('4 Des 2026, pukul 09.30');

      await page.goto(`${baseURL}${sessionPath}/minutes`);
      const doc = page.getByTestId('minutes-document');
      await doc.waitFor();
      const dateLine = doc
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'Hari, tanggal' }) });
      expect(await dateLine.locator('td').textContent()).toBe('Jumat, 4 Desember 2026, pukul 09.30');

      // The calendar button opens Chromium's own picker over a hidden date input; what is picked
      // there shows day-month-year in the text field and is stored.
      await page.goto(`${baseURL}${sessionPath}`);
      const pick = page.getByRole('button', { name: 'Pilih di kalender' }).first();
      await pick.click();
      await page.evaluate(() => {
        const native = document.querySelector<HTMLInputElement>('.date-entry__native');
        if (!native) throw new Error('no native date input');
        native.value = '2026-12-05';
        native.dispatchEvent(new Event('input', { bubbles: true }));
        native.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await expect.poll(() => page.getByLabel('Tanggal', { exact: true }).inputValue()).toBe('05-12-2026');
      await waitSaved(page);
      await expect
        .poll(() => page.locator('.session-subtitle').textContent())
        .toContain('5 Des 2026, pukul 09.30');
    } finally {
      await context.close();
    }
    expect(errors, 'console errors, uncaught page errors or CSP violations').toEqual([]);
  }, 90_000);
});
