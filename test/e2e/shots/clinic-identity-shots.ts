/**
 * `npx tsx test/e2e/shots/clinic-identity-shots.ts` (after a build): screenshots of what issue 13's
 * clinic identity and targets work changed — Settings as the coordinator and as a facilitator,
 * Targets, and a unit report with the letterhead — in tablet portrait and landscape, Indonesian
 * and English, to test-results/screenshots/identity-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { apiLogin } from '../api';
import { launch, loadDemo, login, newPage, VIEWPORTS, type ViewportName } from '../browser';
import { ensureChromium } from '../chromium';
import { E2E_ADMIN_PASSWORD, ROOT, startServer } from '../server';

const OUT_DIR = join(ROOT, 'test-results', 'screenshots');
const VIEWS: ViewportName[] = ['tabletPortrait', 'tabletLandscape'];

async function shoot(page: Page, baseURL: string, path: string, name: string): Promise<void> {
  for (const lang of ['id', 'en'] as const) {
    await page.evaluate((l) => {
      const key = 'klinik-inovasi.prefs';
      const prefs = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
      localStorage.setItem(key, JSON.stringify({ ...prefs, lang: l }));
    }, lang);
    for (const view of VIEWS) {
      await page.setViewportSize(VIEWPORTS[view]);
      await page.goto(`${baseURL}${path}`);
      await page.locator('main#main').waitFor();
      await page.waitForTimeout(1200);
      const file = join(OUT_DIR, `identity-${name}-${view}-${lang}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
  }
}

/** "Sinkronkan sekarang", then wait until nothing is left to send (no vitest here: a plain script). */
async function syncNow(page: Page, baseURL: string): Promise<void> {
  await page.goto(`${baseURL}/sync`);
  const button = page.getByRole('button', { name: /Sinkronkan sekarang|Sync now/ });
  await page.waitForFunction(() => {
    const b = [...document.querySelectorAll('button')].find((x) =>
      /Sinkronkan sekarang|Sync now/.test(x.textContent ?? ''),
    );
    return b !== undefined && !b.disabled;
  });
  await button.click();
  await page.waitForFunction(
    () => {
      const count = document.querySelector('[data-testid="sync-pending-count"]')?.textContent ?? '';
      const state = document.querySelector('.sync-status')?.getAttribute('data-state') ?? '';
      return /^0\b/.test(count) && /^(synced|conflict)$/.test(state);
    },
    undefined,
    { timeout: 60_000 },
  );
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const server = await startServer();
  const browser = await launch(ensureChromium());
  try {
    const { baseURL } = server;
    const coord = await newPage(browser, 'tabletLandscape');
    await login(coord.page, baseURL, 'koordinator', E2E_ADMIN_PASSWORD);
    await loadDemo(coord.page, baseURL);
    await syncNow(coord.page, baseURL);
    await coord.page.goto(`${baseURL}/units`);
    const unit = await coord.page.locator('main a[href^="/units/"]').first().getAttribute('href');
    await shoot(coord.page, baseURL, '/settings', 'settings-coordinator');
    await shoot(coord.page, baseURL, `/targets`, 'targets');
    await shoot(coord.page, baseURL, `${unit}/report`, 'report');
    const admin = await apiLogin(baseURL, 'koordinator', E2E_ADMIN_PASSWORD);
    await admin.call('POST', '/api/users', {
      username: 'fasil.foto',
      password: 'sandi-fasil-foto-1',
      role: 'facilitator',
      unitIds: [],
    });
    const fac = await newPage(browser, 'tabletLandscape');
    await login(fac.page, baseURL, 'fasil.foto', 'sandi-fasil-foto-1');
    await syncNow(fac.page, baseURL);
    await shoot(fac.page, baseURL, '/settings', 'settings-facilitator');
    await shoot(fac.page, baseURL, '/targets', 'targets-facilitator');
    if (coord.errors.length || fac.errors.length) console.log('page errors:', coord.errors, fac.errors);
  } finally {
    await browser.close();
    await server.stop();
  }
}

void main();
