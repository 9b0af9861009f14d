/**
 * `npm run screenshots [-- --no-build]`: builds the app, starts the real server, shoots the login
 * page, logs in as the coordinator, loads the demo data in headless Chromium and saves a
 * full-page PNG of every screen in tablet portrait and landscape to
 * test-results/screenshots/<screen>-<viewport>.png, plus the top bar with the account menu open
 * and the re-login banner of an expired session. A screen whose link cannot be found (no demo
 * data yet, say) is skipped with a message.
 */

import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, login, newPage, VIEWPORTS, type ViewportName } from './browser';
import { ensureChromium } from './chromium';
import { buildApp, E2E_ADMIN_PASSWORD, ROOT, startServer } from './server';

const OUT_DIR = join(ROOT, 'test-results', 'screenshots');
const SHOT_VIEWPORTS: ViewportName[] = ['tabletPortrait', 'tabletLandscape'];

function log(line: string): void {
  console.log(`[screenshots] ${line}`);
}

/** Waits for the shell and for the screen to finish loading its data ("Memuat…" gone). */
async function settle(page: Page): Promise<void> {
  await page.locator('main#main').waitFor();
  await page
    .waitForFunction(
      () => {
        const main = document.querySelector('main');
        const text = main?.textContent ?? '';
        return text.trim().length > 0 && !text.includes('Memuat…') && !text.includes('Loading…');
      },
      undefined,
      { timeout: 10_000 },
    )
    .catch(() => log(`  (still loading after 10 s: ${page.url()})`));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Loads the demo city from the settings screen; false when the button is not there. */
async function loadDemo(page: Page, baseURL: string): Promise<boolean> {
  await page.goto(`${baseURL}/settings`);
  await settle(page);
  const button = page.locator('[data-testid="load-demo"]');
  if ((await button.count()) === 0) {
    log('No [data-testid="load-demo"] on /settings: continuing without demo data.');
    return false;
  }
  await page.waitForFunction(
    () => !(document.querySelector('[data-testid="load-demo"]') as HTMLButtonElement | null)?.disabled,
    undefined,
    { timeout: 10_000 },
  );
  await button.click();
  const confirm = page.locator('[data-testid="demo-confirm"] button').first();
  if (await confirm.isVisible().catch(() => false)) await confirm.click();
  await page.locator('[data-testid="demo-result"]').waitFor({ timeout: 30_000 });
  log(
    `Demo data loaded: ${((await page.locator('[data-testid="demo-result"]').textContent()) ?? '').trim()}`,
  );
  return true;
}

/** The href of the first link in <main> whose href starts with `prefix`, or null. */
async function firstHref(page: Page, prefix: string): Promise<string | null> {
  const link = page.locator(`main a[href^="${prefix}"]`).first();
  try {
    await link.waitFor({ timeout: 5_000 });
  } catch {
    return null;
  }
  return link.getAttribute('href');
}

interface Screen {
  name: string;
  path: string;
}

/** Follows links from the unit list and the first unit's page to find the detail screens. */
async function discoverScreens(page: Page, baseURL: string): Promise<Screen[]> {
  const screens: Screen[] = [{ name: 'units', path: '/units' }];
  await page.goto(`${baseURL}/units`);
  await settle(page);
  const unit = await firstHref(page, '/units/');
  if (!unit) {
    log('Skipping unit, innovation, board and session screens: no unit link on /units.');
  } else {
    screens.push({ name: 'unit', path: unit });
    await page.goto(`${baseURL}${unit}`);
    await settle(page);
    const innovation = await firstHref(page, '/innovations/');
    const id = innovation ? /^\/innovations\/([\w-]+)/.exec(innovation)?.[1] : undefined;
    if (id) {
      screens.push({ name: 'innovation', path: `/innovations/${id}` });
      screens.push({ name: 'board', path: `/innovations/${id}/board` });
    } else {
      log(`Skipping innovation and board screens: no innovation link on ${unit}.`);
    }
    // "Sesi baru": the form held in memory until its first edit (nothing written yet).
    const unitId = unit.split('/').pop() ?? '';
    screens.push({
      name: 'session-new',
      path: `/sessions/${randomUUID()}?new=${encodeURIComponent(unitId)}`,
    });
    const session = await firstHref(page, '/sessions/');
    if (session) screens.push({ name: 'session', path: session });
    else log(`Skipping the session screen: no session link on ${unit}.`);
  }
  screens.push(
    { name: 'innovations', path: '/innovations' },
    { name: 'sessions', path: '/sessions' },
    { name: 'follow-ups', path: '/follow-ups' },
    { name: 'targets', path: '/targets' },
    { name: 'dashboard', path: '/dashboard' },
    { name: 'settings', path: '/settings' },
    { name: 'users', path: '/users' },
  );
  return screens;
}

/** The top of the page (top bar, banners) at each tablet viewport, after `prepare` ran. */
async function shootHeader(
  page: Page,
  baseURL: string,
  name: string,
  saved: string[],
  prepare: () => Promise<void>,
): Promise<void> {
  for (const viewport of SHOT_VIEWPORTS) {
    await page.setViewportSize(VIEWPORTS[viewport]);
    await page.goto(`${baseURL}/units`);
    await settle(page);
    await prepare();
    const file = join(OUT_DIR, `${name}-${viewport}.png`);
    await page.screenshot({
      path: file,
      clip: { x: 0, y: 0, width: VIEWPORTS[viewport].width, height: 420 },
    });
    saved.push(relative(ROOT, file));
  }
}

/** Opens "Tambah akun" on /users, fills it, shoots it at both viewports, then creates the account. */
async function createAccount(page: Page, baseURL: string, saved: string[]): Promise<void> {
  await page.goto(`${baseURL}/users`);
  await settle(page);
  const add = page.getByRole('button', { name: 'Tambah akun' });
  if ((await add.count()) === 0) {
    log('Skipping the account form: no "Tambah akun" button on /users.');
    return;
  }
  await add.click();
  const form = page.locator('[data-testid="new-user-form"]');
  await form.getByLabel('Nama pengguna').fill('siti.fasilitator');
  await form.getByLabel('Kata sandi').fill('sandi-siti-123');
  const boxes = form.locator('.unit-picker input[type="checkbox"]');
  for (let i = 0; i < Math.min(2, await boxes.count()); i++) await boxes.nth(i).check();
  for (const viewport of SHOT_VIEWPORTS) {
    await page.setViewportSize(VIEWPORTS[viewport]);
    const file = join(OUT_DIR, `users-form-${viewport}.png`);
    await page.screenshot({ path: file, fullPage: true });
    saved.push(relative(ROOT, file));
  }
  await form.getByRole('button', { name: 'Buat akun' }).click();
  await page.locator('[data-testid="user-siti.fasilitator"]').waitFor();
}

/** Revokes the page's session on the server (as an expired token would be) and lets sync notice. */
async function expireSession(page: Page, baseURL: string): Promise<void> {
  const token = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('klinik-inovasi');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('meta').objectStore('meta').get('session');
          get.onerror = () => reject(get.error);
          get.onsuccess = () => resolve((get.result as { value: { token: string } }).value.token);
        };
      }),
  );
  await fetch(`${baseURL}/api/auth/logout`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  });
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await page.locator('[data-testid="relogin-banner"]').waitFor({ timeout: 20_000 });
}

async function main(): Promise<void> {
  const build = !process.argv.includes('--no-build');
  const chromiumPath = ensureChromium();
  if (build) buildApp();
  const server = await startServer();
  const browser = await launch(chromiumPath);
  const saved: string[] = [];
  try {
    const tp = await newPage(browser, 'tabletLandscape');
    const { page, errors } = tp;
    mkdirSync(OUT_DIR, { recursive: true });
    for (const viewport of SHOT_VIEWPORTS) {
      await page.setViewportSize(VIEWPORTS[viewport]);
      await page.goto(`${server.baseURL}/`);
      await page.locator('input[name="username"]').waitFor();
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const file = join(OUT_DIR, `login-${viewport}.png`);
      await page.screenshot({ path: file, fullPage: true });
      saved.push(relative(ROOT, file));
    }
    await login(page, server.baseURL, 'koordinator', E2E_ADMIN_PASSWORD);
    await loadDemo(page, server.baseURL);
    await createAccount(page, server.baseURL, saved);
    const screens = await discoverScreens(page, server.baseURL);
    for (const screen of screens) {
      for (const viewport of SHOT_VIEWPORTS) {
        await page.setViewportSize(VIEWPORTS[viewport]);
        await page.goto(`${server.baseURL}${screen.path}`);
        await settle(page);
        const file = join(OUT_DIR, `${screen.name}-${viewport}.png`);
        await page.screenshot({ path: file, fullPage: true });
        saved.push(relative(ROOT, file));
      }
    }
    await shootHeader(page, server.baseURL, 'header-account', saved, async () => {
      await page.locator('[data-testid="account-button"]').click();
      await page.locator('[data-testid="account-panel"]').waitFor();
    });
    await expireSession(page, server.baseURL);
    await shootHeader(page, server.baseURL, 'header-relogin', saved, async () => {
      await page.locator('[data-testid="relogin-banner"]').waitFor({ timeout: 20_000 });
    });
    await tp.close();
    if (errors.length > 0) log(`Console or page errors while shooting:\n  ${errors.join('\n  ')}`);
  } finally {
    await browser.close();
    await server.stop();
  }
  log(`Saved ${saved.length} screenshots:`);
  for (const file of saved) console.log(`  ${file}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
