/**
 * The 5D board in real Chromium against the real server: a stage follows its checklist. Ticking
 * every Drum up item offers, in one tap, to mark the stage done and move on; accepting it dates
 * the stage, makes Diagnose current and moves the dashboard's funnel; un-ticking an item reopens
 * the stage and brings the current stage back.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DEFAULT_CHECKLISTS } from '../../src/domain/stages';
import { login } from './browser';
import { pagePerTest } from './page-per-test';

const baseURL = inject('baseURL');
const openPage = pagePerTest();

/** The funnel's figures for Drum up and Diagnose, every year (the dashboard reads this device). */
async function funnel(page: Page): Promise<{ drumUp: number; diagnose: number }> {
  await page.goto(`${baseURL}/dashboard?year=all`);
  await page.getByTestId('funnel').waitFor();
  const count = async (stage: string) => Number(await page.getByTestId(`funnel-${stage}`).textContent());
  return { drumUp: await count('drumUp'), diagnose: await count('diagnose') };
}

describe('5D board', () => {
  it('ticking every Drum up item, then one tap: done with dates, Diagnose current; un-ticking reopens', async () => {
    const { page } = await openPage('tabletLandscape');
    await login(page, baseURL, 'koordinator', inject('adminPassword'));
    await page.goto(`${baseURL}/units`);
    await page.getByRole('button', { name: 'Tambah unit' }).click();
    await page.getByLabel('Nama unit').fill('Dinas Uji Tahap 5D');
    await page.getByRole('button', { name: 'Simpan unit' }).click();
    await page.waitForURL(/\/units\/[\w-]+$/);
    await page.getByLabel('Nama inovasi baru').fill('Layanan Uji Tahap');
    await page.getByRole('button', { name: 'Tambah inovasi' }).click();
    await page.waitForURL(/\/innovations\/[\w-]+$/);
    const boardUrl = `${page.url()}/board`;
    // The date fields show day-month-year (ui/components/date-field.tsx), whatever the locale.
    const today = (await page.evaluate(() => new Date().toLocaleDateString('sv-SE')))
      .split('-')
      .reverse()
      .join('-');
    const before = await funnel(page);

    await page.goto(boardUrl);
    const card = page.getByTestId('stage-card-drumUp');
    const step = page.getByTestId('step-drumUp');
    // A tick is a write, then a live-query redraw: click, then wait for the box to show it
    // (Playwright's check()/uncheck() expect the state to flip within the click itself).
    const tick = async (label: string, done: boolean) => {
      const box = card.getByRole('checkbox', { name: label, exact: true });
      await box.click();
      await expect.poll(() => box.isChecked()).toBe(done);
    };
    for (const label of DEFAULT_CHECKLISTS.drumUp) await tick(label, true);
    await expect.poll(() => step.textContent()).toContain('3/3 butir');
    expect(await step.textContent()).toContain('Berjalan');
    const offer = page.getByTestId('stage-offer-drumUp');
    await offer.getByRole('button', { name: 'Tandai selesai, lanjut ke Diagnose' }).click();

    await expect.poll(() => step.textContent()).toContain('Selesai');
    await expect.poll(() => page.getByTestId('board-current-stage').textContent()).toContain('Diagnose');
    expect(await card.getByLabel('Tanggal mulai').inputValue()).toBe(today);
    expect(await card.getByLabel('Tanggal selesai').inputValue()).toBe(today);
    expect(await offer.count()).toBe(0);

    const after = await funnel(page);
    expect(after).toEqual({ drumUp: before.drumUp - 1, diagnose: before.diagnose + 1 });

    await page.goto(boardUrl);
    await tick(DEFAULT_CHECKLISTS.drumUp[1] ?? '', false);
    await expect.poll(() => step.textContent()).toContain('Berjalan');
    await expect.poll(() => card.getByLabel('Tanggal selesai').inputValue()).toBe('');
    await expect.poll(() => page.getByTestId('board-current-stage').textContent()).toContain('Drum up');
    expect(await card.getByLabel('Tanggal mulai').inputValue()).toBe(today);
  }, 90_000);
});
