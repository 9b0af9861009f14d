/**
 * `npx tsx test/e2e/shots/notice-screenshots.ts [--no-build]`: the floating notices and the offline sync
 * badge as a person sees them. Shoots units and the dashboard with the "ready offline" notice
 * showing, and the top bar gone offline ("Luring"), in tablet portrait and landscape, Indonesian
 * and English, to test-results/screenshots/notice-*.png (viewport-sized: the notice floats).
 */
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launch, loadDemo, login, newPage, VIEWPORTS, type ViewportName } from '../browser';
import { ensureChromium } from '../chromium';
import { buildApp, E2E_ADMIN_PASSWORD, ROOT, startServer } from '../server';

const OUT_DIR = join(ROOT, 'test-results', 'screenshots');
const SHOT_VIEWPORTS: ViewportName[] = ['tabletPortrait', 'tabletLandscape'];

async function main(): Promise<void> {
  const chromiumPath = ensureChromium();
  if (!process.argv.includes('--no-build')) buildApp();
  const server = await startServer();
  const browser = await launch(chromiumPath);
  mkdirSync(OUT_DIR, { recursive: true });
  try {
    const tp = await newPage(browser, 'tabletPortrait');
    const { page, context } = tp;
    await login(page, server.baseURL, 'koordinator', E2E_ADMIN_PASSWORD);
    await page.getByTestId('offline-ready').waitFor({ timeout: 30_000 });
    await loadDemo(page, server.baseURL);
    for (const lang of ['id', 'en'] as const) {
      if (lang === 'en') await page.locator('.lang-switch').click();
      for (const viewport of SHOT_VIEWPORTS) {
        await page.setViewportSize(VIEWPORTS[viewport]);
        for (const [name, path] of [
          ['units', '/units'],
          ['dashboard', '/dashboard'],
        ] as const) {
          await page.goto(`${server.baseURL}${path}`);
          await page.getByTestId('offline-ready').waitFor({ timeout: 20_000 });
          await page.waitForTimeout(800);
          const file = join(OUT_DIR, `notice-${name}-${viewport}-${lang}.png`);
          await page.screenshot({ path: file });
          console.log(`[screenshots] ${relative(ROOT, file)}`);
        }
        await context.setOffline(true);
        await page
          .getByTestId('sync-badge')
          .getByText(lang === 'id' ? 'Luring' : 'Offline')
          .waitFor();
        const file = join(OUT_DIR, `notice-offline-badge-${viewport}-${lang}.png`);
        await page.screenshot({
          path: file,
          clip: { x: 0, y: 0, width: VIEWPORTS[viewport].width, height: 200 },
        });
        console.log(`[screenshots] ${relative(ROOT, file)}`);
        await context.setOffline(false);
      }
    }
    await tp.close();
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
