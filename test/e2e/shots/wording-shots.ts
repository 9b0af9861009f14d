/**
 * `npx tsx test/e2e/shots/wording-shots.ts [--no-build]`: the screens issue 13's wording round changed
 * (login page, export panel, an innovation's profile and 5D board) in Indonesian and English,
 * tablet portrait and landscape, into test-results/screenshots/wording-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, loadDemo, login, newPage, VIEWPORTS, type ViewportName } from '../browser';
import { ensureChromium } from '../chromium';
import { buildApp, E2E_ADMIN_PASSWORD, ROOT, startServer } from '../server';

const OUT_DIR = join(ROOT, 'test-results', 'screenshots');
const SHOT_VIEWPORTS: ViewportName[] = ['tabletPortrait', 'tabletLandscape'];
const LANGS = ['id', 'en'] as const;

async function useLang(page: Page, lang: 'id' | 'en'): Promise<void> {
  await page.evaluate((l) => {
    localStorage.setItem('klinik-inovasi.prefs', JSON.stringify({ lang: l, myName: '' }));
  }, lang);
}

async function shoot(page: Page, name: string, selector?: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const path = join(OUT_DIR, `wording-${name}.png`);
  if (selector) await page.locator(selector).first().screenshot({ path });
  else await page.screenshot({ path, fullPage: true });
  console.log(`[shots] ${path}`);
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) buildApp();
  const server = await startServer();
  const browser = await launch(ensureChromium());
  mkdirSync(OUT_DIR, { recursive: true });
  try {
    const { page, errors, close } = await newPage(browser, 'tabletLandscape');
    await page.goto(`${server.baseURL}/`);
    for (const lang of LANGS) {
      await useLang(page, lang);
      for (const viewport of SHOT_VIEWPORTS) {
        await page.setViewportSize(VIEWPORTS[viewport]);
        await page.goto(`${server.baseURL}/`);
        await page.locator('input[name="username"]').waitFor();
        await shoot(page, `login-${lang}-${viewport}`);
      }
    }
    await useLang(page, 'id');
    await login(page, server.baseURL, 'koordinator', E2E_ADMIN_PASSWORD);
    await loadDemo(page, server.baseURL);
    await page.goto(`${server.baseURL}/innovations`);
    const href = await page.locator('main a[href^="/innovations/"]').first().getAttribute('href');
    for (const lang of LANGS) {
      await useLang(page, lang);
      for (const viewport of SHOT_VIEWPORTS) {
        await page.setViewportSize(VIEWPORTS[viewport]);
        await page.goto(`${server.baseURL}/dashboard`);
        await page.getByTestId('export-csv-format').waitFor({ timeout: 20_000 });
        await shoot(page, `export-${lang}-${viewport}`, '[data-testid="export-panel"]');
      }
      if (href) {
        await page.setViewportSize(VIEWPORTS.tabletLandscape);
        await page.goto(`${server.baseURL}${href}/board`);
        await page.locator('.checklist').first().waitFor({ timeout: 20_000 });
        await shoot(page, `board-${lang}`);
        await page.goto(`${server.baseURL}${href}`);
        await page.locator('main h1').waitFor();
        await page.waitForTimeout(500);
        await shoot(page, `innovation-${lang}`);
      }
    }
    await close();
    if (errors.length) console.log(`[shots] page errors:\n  ${errors.join('\n  ')}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
