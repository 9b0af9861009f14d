/**
 * `npx tsx test/e2e/shots/field-rules-shots.ts [--no-build]`: the session form showing issue 13's date
 * and attendee errors (next visit before the session, a session date over a year ahead, a 17-digit
 * NIP, a nameless attendee, a follow-up due before the session) and the innovation profile with
 * implementation before trial, in tablet portrait and landscape, Indonesian and English, saved to
 * test-results/screenshots/rules-<screen>-<lang>-<viewport>.png.
 */
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, loadDemo, login, newPage, VIEWPORTS, type ViewportName } from '../browser';
import { ensureChromium } from '../chromium';
import { buildApp, E2E_ADMIN_PASSWORD, ROOT, startServer } from '../server';

const OUT_DIR = join(ROOT, 'test-results', 'screenshots');
const SHOT_VIEWPORTS: ViewportName[] = ['tabletPortrait', 'tabletLandscape'];
const year = new Date().getFullYear() + 2;

async function firstHref(page: Page, prefix: string): Promise<string> {
  const link = page.locator(`main a[href^="${prefix}"]`).first();
  await link.waitFor({ timeout: 10_000 });
  return (await link.getAttribute('href')) ?? '';
}

async function setLang(page: Page, baseURL: string, lang: 'id' | 'en'): Promise<void> {
  await page.goto(`${baseURL}/settings`);
  await page.locator(`input[name="lang"][value="${lang}"]`).check();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/** The session's errors: typed once (Indonesian); after a reload the refused values come back. */
async function breakSession(page: Page): Promise<void> {
  const date = page.locator('#session-visit-title + .session-grid .date-entry input[type="text"]').first();
  const next = page.locator('section[aria-labelledby="session-notes-title"] .date-entry input[type="text"]');
  await next.fill('');
  await next.blur();
  await date.fill(`${year}-12-04`);
  await date.blur();
  await page.getByTestId('far-ahead').waitFor();
  await next.fill(`${year}-12-03`);
  await next.blur();
  await page.locator('section[aria-labelledby="session-attendees-title"] .actions button').click();
  const row = page.locator('.session-attendee').last();
  await row.locator('.session-attendee__nip input').fill('19800101200501100');
  await row.locator('.session-attendee__position input').fill('Staf');
}

async function dueTooEarly(page: Page): Promise<void> {
  const form = page.locator('form.session-followup-add');
  await form.locator('input').first().fill('Susun SK tim inovasi');
  await form.locator('.date-entry input[type="text"]').fill(`01-12-${year}`);
  await form.locator('button[type="submit"]').click();
  await form.locator('.field__error').waitFor();
}

async function shoot(page: Page, name: string, saved: string[]): Promise<void> {
  for (const viewport of SHOT_VIEWPORTS) {
    await page.setViewportSize(VIEWPORTS[viewport]);
    await page.waitForTimeout(300);
    const file = join(OUT_DIR, `rules-${name}-${viewport}.png`);
    await page.screenshot({ path: file, fullPage: true });
    saved.push(relative(ROOT, file));
  }
}

async function main(): Promise<void> {
  const chromiumPath = ensureChromium();
  if (!process.argv.includes('--no-build')) buildApp();
  const server = await startServer();
  const browser = await launch(chromiumPath);
  const saved: string[] = [];
  try {
    mkdirSync(OUT_DIR, { recursive: true });
    const { page, errors, close } = await newPage(browser, 'tabletLandscape');
    const base = server.baseURL;
    await login(page, base, 'koordinator', E2E_ADMIN_PASSWORD);
    await loadDemo(page, base);
    await page.goto(`${base}/units`);
    const unit = await firstHref(page, '/units/');
    await page.goto(`${base}${unit}`);
    const session = await firstHref(page, '/sessions/');
    const innovation = (await firstHref(page, '/innovations/')).split('/board')[0] ?? '';

    await page.goto(`${base}${session}`);
    await page.locator('.session-attendee').first().waitFor();
    await breakSession(page);
    await dueTooEarly(page);
    await shoot(page, 'session-id', saved);

    await page.goto(`${base}${innovation}`);
    const dates = page.locator('#innovation-profile ~ .grid-2 .date-entry input[type="text"]');
    await dates.nth(0).fill(`${year - 2}-05-01`);
    await dates.nth(1).fill(`${year - 2}-04-01`);
    await dates.nth(1).blur();
    await page.locator('#innovation-profile ~ .grid-2 .field__error').waitFor();
    await page.waitForTimeout(800);
    await shoot(page, 'innovation-id', saved);

    await setLang(page, base, 'en');
    await page.goto(`${base}${session}`);
    await page.locator('.session-attendee').first().waitFor();
    await page.waitForTimeout(500);
    await dueTooEarly(page);
    await shoot(page, 'session-en', saved);
    await page.goto(`${base}${innovation}`);
    await page.locator('#innovation-profile ~ .grid-2 .field__error').waitFor();
    await shoot(page, 'innovation-en', saved);
    await close();
    if (errors.length > 0) console.log(`Console or page errors:\n  ${errors.join('\n  ')}`);
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
