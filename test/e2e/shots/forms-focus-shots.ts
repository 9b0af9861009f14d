/**
 * `npx tsx test/e2e/shots/forms-focus-shots.ts [--no-build]`: the form moments of issue 13 as a person
 * sees them on a tablet, in portrait and landscape, Indonesian and English, saved to
 * test-results/screenshots/forms-<moment>-<viewport>-<lang>.png (the viewport, not the full page:
 * what matters is what is in sight): typing the rancang bangun with its save line, a new attendee
 * row with focus, and a failed "new unit" submit.
 */
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, login, newPage, VIEWPORTS, type ViewportName } from '../browser';
import { ensureChromium } from '../chromium';
import { buildApp, E2E_ADMIN_PASSWORD, ROOT, startServer } from '../server';

const OUT_DIR = join(ROOT, 'test-results', 'screenshots');
const SHOTS: ViewportName[] = ['tabletPortrait', 'tabletLandscape'];
const WORDS = 'layanan warga dokumen kelurahan daring antar jemput berkas'.split(' ');
const text = (n: number) => Array.from({ length: n }, (_, i) => WORDS[i % WORDS.length]).join(' ');

async function setLang(page: Page, lang: 'id' | 'en'): Promise<void> {
  const now = await page.evaluate(() => document.documentElement.lang);
  if (now === lang) return;
  await page.locator('.lang-switch').click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) buildApp();
  const server = await startServer();
  const browser = await launch(ensureChromium());
  const saved: string[] = [];
  mkdirSync(OUT_DIR, { recursive: true });
  try {
    const tp = await newPage(browser, 'tabletPortrait');
    const { page } = tp;
    const base = server.baseURL;
    await login(page, base, 'koordinator', E2E_ADMIN_PASSWORD);
    await page.goto(`${base}/units`);
    await page.locator('button', { hasText: /Tambah unit|Add unit/ }).click();
    await page.locator('form.panel input').first().fill('Dinas Kependudukan');
    await page.locator('form.panel button[type="submit"]').click();
    await page.waitForURL(/\/units\/[\w-]+$/);
    const unitUrl = page.url();
    await page.locator('form.unit-add-row input').fill('Antar Jemput Dokumen');
    await page.locator('form.unit-add-row button[type="submit"]').click();
    await page.waitForURL(/\/innovations\/[\w-]+$/);
    const innovationUrl = page.url();

    const shoot = async (name: string, viewport: ViewportName, lang: string) => {
      const file = join(OUT_DIR, `forms-${name}-${viewport}-${lang}.png`);
      await page.screenshot({ path: file });
      saved.push(relative(ROOT, file));
    };

    for (const lang of ['id', 'en'] as const) {
      for (const viewport of SHOTS) {
        await page.setViewportSize(VIEWPORTS[viewport]);
        await page.goto(innovationUrl);
        await page.locator('main#main textarea').first().waitFor();
        await setLang(page, lang);
        const design = page.locator('.card[aria-labelledby="innovation-design"] textarea');
        await design.click();
        await design.fill(text(300));
        await page.keyboard.press('End');
        await page.keyboard.type(` ${text(12)}`, { delay: 5 });
        await page.locator('[data-testid="field-save-status"][data-state="saved"]').waitFor();
        await shoot('typing', viewport, lang);

        await page.goto(unitUrl);
        await page.locator('.page-header__actions button').first().waitFor();
        await page.locator('.page-header__actions button', { hasText: /Sesi baru|New session/ }).click();
        await page.waitForURL(/\?new=/);
        await page.locator('.session-grid input[type="text"]').first().fill('Aula kantor');
        const add = page
          .locator('#session-attendees-title')
          .locator('xpath=../..')
          .locator('.actions button');
        await add.click();
        await page.keyboard.type('Siti Aminah');
        await add.click();
        await shoot('attendee-added', viewport, lang);

        await page.goto(`${base}/units`);
        await page.locator('button', { hasText: /Tambah unit|Add unit/ }).click();
        await page.locator('form.panel button[type="submit"]').click();
        await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
        await shoot('unit-invalid', viewport, lang);
      }
    }
    if (tp.errors.length > 0) console.log(`Console or page errors:\n  ${tp.errors.join('\n  ')}`);
    await tp.close();
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
