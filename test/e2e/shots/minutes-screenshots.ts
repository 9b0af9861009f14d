/**
 * Screenshots of the minutes screen and of the shared PDF's first page, tablet portrait and
 * landscape, Indonesian and English: `npx tsx test/e2e/shots/minutes-screenshots.ts` after a build.
 * Writes test-results/screenshots/minutes-*.png (the PDF through poppler's pdftoppm).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, loadDemo, login, VIEWPORTS } from '../browser';
import { ensureChromium } from '../chromium';
import { fillSession, pickSessions } from '../minutes-session';
import { E2E_ADMIN_PASSWORD, ROOT, startServer } from '../server';

const OUT = join(ROOT, 'test-results', 'screenshots');
mkdirSync(OUT, { recursive: true });
const server = await startServer({ env: { KLINIK_ADMIN_PASSWORD: E2E_ADMIN_PASSWORD } });
const browser = await chromium.launch({
  executablePath: ensureChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  const context = await browser.newContext({ locale: 'id-ID', viewport: VIEWPORTS.tabletPortrait });
  const page = await context.newPage();
  await login(page, server.baseURL, 'koordinator', E2E_ADMIN_PASSWORD);
  await loadDemo(page, server.baseURL);
  await page.goto(`${server.baseURL}/sessions`);
  await page.locator('main h1').first().waitFor();
  const { longest } = await pickSessions(page);
  await fillSession(page, server.baseURL, longest);
  for (const lang of ['id', 'en'] as const) {
    await page.evaluate(
      (l) => localStorage.setItem('klinik-inovasi.prefs', JSON.stringify({ lang: l })),
      lang,
    );
    for (const view of ['tabletPortrait', 'tabletLandscape'] as const) {
      await page.setViewportSize(VIEWPORTS[view]);
      await page.goto(`${server.baseURL}/sessions/${longest}/minutes`);
      await page.getByTestId('minutes-document').waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('share-pdf').click(),
      ]);
      await page.getByTestId('share-status').filter({ hasText: /.pdf/ }).waitFor();
      await page.screenshot({ path: join(OUT, `minutes-${view}-${lang}.png`) });
      await page.screenshot({ path: join(OUT, `minutes-${view}-${lang}-full.png`), fullPage: true });
      if (view === 'tabletPortrait') {
        const pdf = join(OUT, `minutes-${lang}.pdf`);
        await download.saveAs(pdf);
        execFileSync('pdftoppm', [
          '-r',
          '80',
          '-png',
          '-f',
          '1',
          '-l',
          '1',
          pdf,
          join(OUT, `minutes-pdf-${lang}`),
        ]);
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`Screenshots in ${OUT}`);
