/**
 * The innovations list in real Chromium against the real server: after loading the demo city
 * it counts what IndexedDB holds (live innovations of live units, counted here independently of
 * the list's code), searches and filters by 5D stage with the filters in the URL, and "back"
 * from an innovation's editor finds the list as it was left.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { loadDemo, login } from './browser';
import { pagePerTest } from './page-per-test';

const baseURL = inject('baseURL');

const openPage = pagePerTest();

/** Live innovations of live units in the page's IndexedDB, read with the bare IndexedDB API. */
function countInDb(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('klinik-inovasi');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['units', 'innovations']);
          const units = tx.objectStore('units').getAll();
          const innovations = tx.objectStore('innovations').getAll();
          tx.oncomplete = () => {
            type Row = { id: string; deleted: boolean; unitId?: string };
            const live = new Set((units.result as Row[]).filter((u) => !u.deleted).map((u) => u.id));
            const rows = (innovations.result as Row[]).filter((i) => !i.deleted && live.has(i.unitId ?? ''));
            open.result.close();
            resolve(rows.length);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

describe('innovations list', () => {
  it('lists what the device holds, searches and filters with the URL, and keeps them on the way back', async () => {
    const tp = await openPage('tabletPortrait');
    const { page } = tp;
    await login(page, baseURL, 'koordinator', inject('adminPassword'));
    await loadDemo(page, baseURL);

    await page.locator('nav').getByRole('link', { name: 'Inovasi', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/innovations');
    const count = page.getByTestId('innovation-count');
    await count.waitFor();
    // Sync may still be bringing records from other test files: compare once both agree.
    await expect
      .poll(async () => {
        const n = (await countInDb(page)).toLocaleString('id-ID');
        return (await count.textContent()) === `Menampilkan ${n} dari ${n} inovasi`;
      })
      .toBe(true);

    const rows = page.getByTestId('innovation-row');
    await page.getByLabel('Cari inovasi').fill('POSYANDU');
    await page.waitForURL(/[?&]q=POSYANDU/);
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    for (const text of await rows.allTextContents()) expect(text.toLowerCase()).toContain('posyandu');

    await page.getByLabel('Tahap 5D').selectOption('design');
    await page.waitForURL(/stage=design/);
    const stages = page.locator('[data-testid="innovation-row"] .innovation-row__stage');
    await expect.poll(() => stages.count()).toBeGreaterThan(0);
    expect(new Set(await stages.allTextContents())).toEqual(new Set(['5D: Design']));
    const matches = await rows.count();

    // Open one, then come back: the same search, filter and rows.
    const first = rows.first().locator('.innovation-row__name');
    const name = (await first.textContent()) ?? '';
    await first.click();
    await page.waitForURL(/\/innovations\/[\w-]+$/);
    await expect(page.getByLabel('Nama inovasi', { exact: true }).inputValue()).resolves.toBe(name);
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/innovations');
    await expect(page.getByLabel('Cari inovasi').inputValue()).resolves.toBe('POSYANDU');
    await expect(page.getByLabel('Tahap 5D').inputValue()).resolves.toBe('design');
    await expect.poll(() => rows.count()).toBe(matches);
  });
});
