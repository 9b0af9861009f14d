/**
 * Forms on a tablet, in real Chromium (issue 13, "Field-ready"): a focused field is never under
 * the sticky top bar, a long text grows instead of scrolling inside a small box, the autosave
 * state is on screen while a long text is typed, a new row takes focus, and "← Kembali" returns
 * where the person came from. Checked with element boxes against the viewport.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { login } from './browser';
import { pagePerTest } from './page-per-test';

const baseURL = inject('baseURL');
const openPage = pagePerTest();

const words = (n: number) =>
  Array.from({ length: n }, (_, i) => ['layanan', 'warga', 'dokumen', 'kelurahan', 'daring'][i % 5]).join(
    ' ',
  );

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element not rendered');
  return b;
}

/** Bottom edge of the sticky top bar, in viewport pixels. */
async function topbarBottom(page: Page): Promise<number> {
  const b = await box(page.locator('header.topbar'));
  return b.y + b.height;
}

/** A unit with one innovation, made through the UI; ends on the innovation editor. Returns the unit's path. */
async function unitWithInnovation(page: Page, unit: string): Promise<string> {
  await login(page, baseURL, 'koordinator', inject('adminPassword'));
  await page.goto(`${baseURL}/units`);
  await page.getByRole('button', { name: 'Tambah unit' }).click();
  await page.getByLabel('Nama unit').fill(unit);
  await page.getByRole('button', { name: 'Simpan unit' }).click();
  await page.waitForURL(/\/units\/[\w-]+$/);
  const unitPath = new URL(page.url()).pathname;
  await page.getByLabel('Nama inovasi baru').fill(`Inovasi ${unit}`);
  await page.getByRole('button', { name: 'Tambah inovasi' }).click();
  await page.waitForURL(/\/innovations\/[\w-]+$/);
  return unitPath;
}

describe('forms on a tablet', () => {
  it('Shift+Tab to a field above the fold brings it out from under the top bar', async () => {
    const { page } = await openPage('tabletPortrait');
    await unitWithInnovation(page, 'Dinas Uji Fokus');
    const design = page.getByLabel('Uraian rancang bangun dan pokok perubahan');
    const tujuan = page.getByLabel('Tujuan inovasi', { exact: true });
    await tujuan.waitFor();
    // Put the design text area's top a few pixels below the page top (under the bar), focus the
    // next field without scrolling, then go back with Shift+Tab.
    await design.evaluate((el) => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top - 4);
    });
    await tujuan.evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }));
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => design.evaluate((el) => el === document.activeElement)).toBe(true);
    const bar = await topbarBottom(page);
    await expect.poll(async () => (await box(design)).y).toBeGreaterThanOrEqual(bar);
    // Its label too: the person sees which field they are in.
    const label = page.locator('label', { hasText: 'Uraian rancang bangun dan pokok perubahan' });
    expect((await box(label)).y).toBeGreaterThanOrEqual(bar);
  }, 90_000);

  it('the rancang bangun grows with 320 words, no inner scrollbar; the save state is in sight while typing', async () => {
    const { page } = await openPage('tabletPortrait');
    await unitWithInnovation(page, 'Dinas Uji Ketik');
    const design = page.getByLabel('Uraian rancang bangun dan pokok perubahan');
    const before = (await box(design)).height;
    await design.click();
    await design.fill(words(300));
    await page.keyboard.press('End');
    await page.keyboard.type(` ${words(20)}`, { delay: 5 });
    const sizes = await design.evaluate((el) => ({
      scroll: el.scrollHeight,
      client: el.clientHeight,
      viewport: window.innerHeight,
    }));
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.client + 1);
    expect((await box(design)).height).toBeGreaterThan(before);

    // While typing: the state line under the field is on screen, below the bar, and says saved
    // once it is stored.
    const line = page.getByTestId('field-save-status');
    await expect.poll(() => line.getAttribute('data-state')).toBe('saved');
    expect(await line.textContent()).toMatch(/^Tersimpan di perangkat ini · /);
    const b = await box(line);
    expect(b.y).toBeGreaterThanOrEqual(await topbarBottom(page));
    expect(b.y + b.height).toBeLessThanOrEqual(sizes.viewport);

    // A far longer text stops growing at most of the screen, then scrolls inside.
    await design.fill(words(4000));
    const capped = await design.evaluate((el) => ({
      height: el.getBoundingClientRect().height,
      scroll: el.scrollHeight,
      client: el.clientHeight,
    }));
    expect(capped.height).toBeLessThanOrEqual(sizes.viewport * 0.7 + 1);
    expect(capped.scroll).toBeGreaterThan(capped.client);
  }, 90_000);

  it('"+ Tambah peserta" focuses the new row\'s name, in sight; "← Kembali" returns to the unit', async () => {
    const { page } = await openPage('tabletLandscape');
    const unitPath = await unitWithInnovation(page, 'Dinas Uji Peserta');
    await page.goto(`${baseURL}${unitPath}`);
    await page.getByRole('button', { name: 'Sesi baru' }).first().click();
    await page.waitForURL(/\/sessions\/[\w-]+\?new=/);
    await page.getByLabel('Tempat').fill('Aula kantor');
    const add = page.getByRole('button', { name: '+ Tambah peserta' });
    const names = page.getByRole('textbox', { name: 'Nama', exact: true });
    for (let n = 1; n <= 3; n++) {
      await add.click();
      await expect.poll(() => names.count()).toBe(n);
      await expect.poll(() => names.nth(n - 1).evaluate((el) => el === document.activeElement)).toBe(true);
    }
    const b = await box(names.nth(2));
    expect(b.y).toBeGreaterThanOrEqual(await topbarBottom(page));
    expect(b.y + b.height).toBeLessThanOrEqual(800);
    await page.keyboard.type('Siti Aminah');
    expect(await names.nth(2).inputValue()).toBe('Siti Aminah');

    // Came from the unit page: back goes there, not to the sessions list.
    await page.getByRole('link', { name: '← Kembali' }).click();
    await page.waitForURL((url) => url.pathname === unitPath);

    // Opened directly (a reload): back goes to the page's parent.
    await page.locator('a.unit-link[href^="/sessions/"]').first().click();
    await page.waitForURL(/\/sessions\/[\w-]+$/);
    await page.reload();
    await page.getByRole('link', { name: '← Kembali' }).click();
    await page.waitForURL((url) => url.pathname === '/sessions');
  }, 90_000);
});
