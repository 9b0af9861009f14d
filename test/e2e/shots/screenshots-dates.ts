/**
 * `npx tsx test/e2e/shots/screenshots-dates.ts [--no-build]`: the session form (the visit card with its
 * date and time fields, one with a wrong entry) and the minutes, in tablet portrait and landscape,
 * Indonesian and English, in a US-English browser. Writes test-results/screenshots/dates-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, login, VIEWPORTS, type ViewportName } from '../browser';
import { ensureChromium } from '../chromium';
import { buildApp, E2E_ADMIN_PASSWORD, ROOT, startServer } from '../server';

const OUT_DIR = join(ROOT, 'test-results', 'screenshots');

async function shoot(page: Page, file: string, saved: string[]): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const path = join(OUT_DIR, file);
  await page.screenshot({ path, fullPage: false });
  saved.push(relative(ROOT, path));
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) buildApp();
  const server = await startServer();
  const browser = await launch(ensureChromium());
  const saved: string[] = [];
  mkdirSync(OUT_DIR, { recursive: true });
  try {
    const context = await browser.newContext({ viewport: VIEWPORTS.tabletPortrait, locale: 'en-US' });
    const page = await context.newPage();
    await login(page, server.baseURL, 'koordinator', E2E_ADMIN_PASSWORD);
    await page.goto(`${server.baseURL}/units`);
    await page.getByRole('button', { name: 'Tambah unit' }).click();
    await page.getByLabel('Nama unit').fill('Kelurahan Sungai Jawi');
    await page.getByLabel('Jenis unit').selectOption({ label: 'Kelurahan' });
    await page.getByRole('button', { name: 'Simpan unit' }).click();
    await page.waitForURL(/\/units\/[\w-]+$/);
    const unitPath = new URL(page.url()).pathname;
    await page.getByLabel('Nama inovasi baru').fill('Layanan Jemput Bola');
    await page.getByRole('button', { name: 'Tambah inovasi' }).click();
    await page.waitForURL(/\/innovations\/[\w-]+$/);
    const innovation = new URL(page.url()).pathname;
    await page.getByLabel('Waktu uji coba').fill('2-3-2026');
    await page.goto(`${server.baseURL}${unitPath}`);
    await page.getByRole('button', { name: 'Sesi baru' }).first().click();
    await page.waitForURL(/\/sessions\//);
    await page.getByLabel('Tanggal', { exact: true }).fill('4-12-2026');
    await page.getByLabel('Pukul').fill('9.30');
    await page.getByLabel('Tempat').fill('Aula Kantor Lurah');
    await page.getByLabel('Kunjungan berikutnya').fill('31-02-2027');
    await page.getByLabel('Tempat').click();
    await page.getByLabel('Apa yang dilakukan').fill('Menyusun SK tim inovasi');
    await page.getByLabel('Tenggat').fill('15-12-2026');
    await page.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
    await page.getByRole('list', { name: 'Tindak lanjut sesi ini' }).waitFor();
    const session = new URL(page.url()).pathname;
    for (const lang of ['id', 'en'] as const) {
      await page.evaluate((l) => {
        localStorage.setItem('klinik-inovasi.prefs', JSON.stringify({ lang: l, myName: '' }));
      }, lang);
      for (const viewport of ['tabletPortrait', 'tabletLandscape'] as ViewportName[]) {
        await page.setViewportSize(VIEWPORTS[viewport]);
        await page.goto(`${server.baseURL}${session}`);
        await page.locator('#session-visit-title').waitFor();
        // A wrong entry, to see the message under the field.
        const next = page.locator('.session-grid input[type="text"]').last();
        await next.fill('31-02-2027');
        await page.locator('#session-visit-title').click();
        await shoot(page, `dates-session-${lang}-${viewport}.png`, saved);
        const notes = join(OUT_DIR, `dates-session-notes-${lang}-${viewport}.png`);
        await page.locator('section[aria-labelledby="session-notes-title"]').screenshot({ path: notes });
        saved.push(relative(ROOT, notes));
        const followUps = join(OUT_DIR, `dates-session-followups-${lang}-${viewport}.png`);
        await page.locator('.session-followup-add').locator('xpath=..').screenshot({ path: followUps });
        saved.push(relative(ROOT, followUps));
        await page.goto(`${server.baseURL}${innovation}`);
        const profileDates = page.locator('main .grid-2:has(.date-entry)').first();
        await profileDates.waitFor();
        const profile = join(OUT_DIR, `dates-profile-${lang}-${viewport}.png`);
        await profileDates.screenshot({ path: profile });
        saved.push(relative(ROOT, profile));
        await page.goto(`${server.baseURL}${innovation}/board`);
        const card = page.getByTestId('stage-card-drumUp');
        await card.waitFor();
        const board = join(OUT_DIR, `dates-board-${lang}-${viewport}.png`);
        await card.screenshot({ path: board });
        saved.push(relative(ROOT, board));
        await page.goto(`${server.baseURL}${session}/minutes`);
        await page.getByTestId('minutes-document').waitFor();
        await shoot(page, `dates-minutes-${lang}-${viewport}.png`, saved);
      }
    }
    await context.close();
  } finally {
    await browser.close();
    await server.stop();
  }
  for (const file of saved) console.log(`  ${file}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
