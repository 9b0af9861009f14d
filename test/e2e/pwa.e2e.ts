/**
 * The installable app, proven in real Chromium against the real server:
 * (a) after one online visit the service worker holds the app shell; with the network off AND the
 *     server stopped, a new tab opens the app from the service worker, the stored session opens
 *     it, a mentoring session can be created and it survives a reload;
 * (b) with the server back on the same data, the session reaches the server and another browser
 *     logged in as the same user sees it;
 * (c) a new version waits: with changes still unsynced, "Versi baru tersedia" → "Muat ulang" only
 *     explains, a second confirmation switches, and the reloaded new version still has the data;
 * (d) Chromium reports the app installable (no installability errors).
 * Uses its own two builds and its own server (stopped and restarted on the same port and data
 * folder), so the shared server and dist/ are never disturbed and never disturb it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, launch, login, VIEWPORTS, watchCsp, watchErrors } from './browser';
import { type AppServer, buildVersions, pullAll, startAppServer } from './pwa-server';
import { freePort } from './server';

const ADMIN = 'koordinator';
const adminPassword = inject('adminPassword');
const chromiumPath = inject('chromiumPath');
const V1 = '0.1.0';
const V2 = '0.1.0-e2e.2';
const PLACE_OFFLINE = 'Balai Kelurahan (tanpa sinyal)';
const PLACE_UNSYNCED = 'Aula Kecamatan (belum tersinkron)';

/** API requests failing while the network or the API is cut are expected; anything else is not. */
const isNetworkNoise = (e: string) =>
  /Failed to load resource: net::ERR_(INTERNET_DISCONNECTED|CONNECTION_REFUSED|FAILED)/.test(e) &&
  e.includes('/api/');

let browser: Browser;
let tmp: string;
let dataDir: string;
let distV1: string;
let distV2: string;
let port: number;
let server: AppServer | undefined;
let baseURL: string;
let context: BrowserContext;
const errors: string[] = [];
/** Shared by the steps: the tab that works offline, and what it created. */
let tab: Page;
let unitUrl = '';
let sessionId = '';

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'klinik-pwa-'));
  dataDir = join(tmp, 'data');
  distV1 = join(tmp, 'dist-v1');
  distV2 = join(tmp, 'dist-v2');
  await buildVersions([
    { outDir: distV1, version: V1 },
    { outDir: distV2, version: V2 },
  ]);
  port = await freePort();
  server = await startAppServer({ distDir: distV1, dataDir, port });
  baseURL = server.baseURL;
  browser = await launch(chromiumPath);
  context = await browser.newContext({
    viewport: VIEWPORTS.tabletLandscape,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  watchErrors(context, errors);
  await watchCsp(context, errors);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
  rmSync(tmp, { recursive: true, force: true });
  const unexpected = errors.filter((e) => !isNetworkNoise(e));
  expect(unexpected, 'console errors or uncaught page errors').toEqual([]);
});

/** The active worker's state and which app-shell paths are missing from the precache. */
function shellState(page: Page) {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    const wanted = new Set(['/index.html']);
    for (const el of document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')) {
      wanted.add(new URL(el.src).pathname);
    }
    for (const el of document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
      wanted.add(new URL(el.href).pathname);
    }
    const cached = new Set<string>();
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) cached.add(new URL(req.url).pathname);
    }
    return { active: reg?.active?.state ?? 'none', missing: [...wanted].filter((p) => !cached.has(p)) };
  });
}

async function waitForShellCached(page: Page): Promise<void> {
  await expect
    .poll(() => shellState(page), { timeout: 30_000, interval: 200 })
    .toEqual({ active: 'activated', missing: [] });
}

/** Changes waiting in this origin's outbox (read straight from IndexedDB). */
function outboxCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('klinik-inovasi');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const req = idb.transaction('outbox').objectStore('outbox').count();
          req.onsuccess = () => {
            resolve(req.result);
            idb.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="save-status"]')].every(
      (el) => el.dataset.state === 'saved' || el.dataset.state === 'idle',
    ),
  );
}

function appVersion(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.documentElement.dataset.version);
}

describe('installable offline app in Chromium', () => {
  it('(a) opens in a new tab from the service worker with no network and no server, and keeps work', async () => {
    const first = await context.newPage();
    await login(first, baseURL, ADMIN, adminPassword);
    await waitForShellCached(first);
    // The first install tells the user once that the app now works without a signal.
    await first.getByTestId('offline-ready').getByText('Siap dipakai tanpa sinyal').waitFor();
    expect(await appVersion(first)).toBe(V1);

    // A unit, created online (it syncs).
    await first.getByRole('button', { name: 'Tambah unit' }).click();
    await first.getByLabel('Nama unit').fill('Kelurahan Uji Luring');
    await first.getByLabel('Jenis unit').selectOption({ label: 'Kelurahan' });
    await first.getByRole('button', { name: 'Simpan unit' }).click();
    await first.waitForURL(/\/units\/[\w-]+$/);
    unitUrl = first.url();
    await expect
      .poll(() => first.locator('.sync-status').getAttribute('data-state'), { timeout: 20_000 })
      .toMatch(/^(synced|conflict)$/); // 'conflict': all sent, a conflict left for a person
    await first.close();

    // No network, no server.
    await context.setOffline(true);
    await server?.stop();

    tab = await context.newPage();
    const res = await tab.goto(unitUrl);
    expect(res?.fromServiceWorker(), 'navigation answered by the service worker').toBe(true);
    await tab.locator('header.topbar nav').waitFor(); // the stored session opened the app
    await tab.getByRole('heading', { level: 1, name: 'Kelurahan Uji Luring' }).waitFor();

    await tab.getByRole('button', { name: 'Sesi baru' }).first().click();
    await tab.waitForURL(/\/sessions\/[\w-]+(\?new=[\w-]+)?$/);
    sessionId = new URL(tab.url()).pathname.split('/').at(-1) ?? '';
    await tab.getByLabel('Tempat').fill(PLACE_OFFLINE);
    await waitSaved(tab);
    expect(await outboxCount(tab)).toBeGreaterThan(0);

    const again = await tab.reload();
    expect(again?.fromServiceWorker()).toBe(true);
    await tab.getByLabel('Tempat').waitFor();
    expect(await tab.getByLabel('Tempat').inputValue()).toBe(PLACE_OFFLINE);
  }, 90_000);

  it('(b) sends the offline session once the server is back, and another device sees it', async () => {
    expect(sessionId).not.toBe('');
    server = await startAppServer({ distDir: distV1, dataDir, port });
    await context.setOffline(false);
    await expect.poll(() => outboxCount(tab), { timeout: 30_000, interval: 250 }).toBe(0);

    const onServer = await pullAll(baseURL, ADMIN, adminPassword);
    expect(onServer.get(`mentoringSessions/${sessionId}`)?.place).toBe(PLACE_OFFLINE);

    const other = await browser.newContext({ viewport: VIEWPORTS.tabletPortrait, locale: 'id-ID' });
    watchErrors(other, errors);
    await watchCsp(other, errors);
    try {
      const page = await other.newPage();
      await login(page, baseURL, ADMIN, adminPassword);
      await page.goto(`${baseURL}/sessions/${sessionId}`);
      await expect
        .poll(() => page.getByLabel('Tempat').inputValue(), { timeout: 20_000 })
        .toBe(PLACE_OFFLINE);
    } finally {
      await other.close();
    }
  }, 90_000);

  it('(c) updates only after the user confirms, keeping unsynced changes, which sync afterwards', async () => {
    expect(sessionId).not.toBe('');
    // The API is unreachable (the rest of the server is not): the next change stays in the outbox.
    await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
    await tab.getByLabel('Tempat').fill(PLACE_UNSYNCED);
    await waitSaved(tab);
    const pending = await outboxCount(tab);
    expect(pending).toBeGreaterThan(0);

    // The server now serves version 2.
    await server?.stop();
    server = await startAppServer({ distDir: distV2, dataDir, port });
    await tab.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const banner = tab.getByTestId('update-banner');
    await banner.getByRole('heading', { name: 'Versi baru tersedia' }).waitFor({ timeout: 30_000 });

    // A marker on this document: it disappears only if the page really reloads.
    await tab.evaluate(() => {
      document.documentElement.dataset.e2eOldPage = 'yes';
    });
    await banner.getByRole('button', { name: 'Muat ulang' }).click();
    const confirm = tab.getByTestId('update-confirm');
    await confirm.getByText(`${pending} perubahan belum tersinkron`).waitFor();
    expect(await confirm.textContent()).toContain('tetap tersimpan di perangkat ini');
    // Not switched: same document, same version, the waiting worker still waits.
    expect(await tab.evaluate(() => document.documentElement.dataset.e2eOldPage)).toBe('yes');
    expect(await appVersion(tab)).toBe(V1);
    expect(
      await tab.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)),
    ).toBe(true);

    await Promise.all([
      tab.waitForEvent('load', { timeout: 30_000 }),
      confirm.getByRole('button', { name: 'Tetap muat ulang' }).click(),
    ]);
    await expect.poll(() => appVersion(tab), { timeout: 20_000 }).toBe(V2);
    expect(await tab.evaluate(() => document.documentElement.dataset.e2eOldPage)).toBeUndefined();
    await tab.getByLabel('Tempat').waitFor();
    expect(await tab.getByLabel('Tempat').inputValue()).toBe(PLACE_UNSYNCED);
    expect(await outboxCount(tab)).toBe(pending);
    expect(await tab.locator('[data-testid="update-banner"]').count()).toBe(0);

    // The API is back: the change syncs (a reload starts a sync pass at once).
    await context.unroute('**/api/**');
    await tab.reload();
    await expect.poll(() => outboxCount(tab), { timeout: 30_000, interval: 250 }).toBe(0);
    const onServer = await pullAll(baseURL, ADMIN, adminPassword);
    expect(onServer.get(`mentoringSessions/${sessionId}`)?.place).toBe(PLACE_UNSYNCED);
  }, 90_000);

  it('(d) is installable: Chromium reports no installability errors', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'klinik-pwa-profile-'));
    const persistent = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: VIEWPORTS.tabletPortrait,
      locale: 'id-ID',
    });
    try {
      watchErrors(persistent, errors);
      await watchCsp(persistent, errors);
      const page = persistent.pages()[0] ?? (await persistent.newPage());
      await page.goto(`${baseURL}/`);
      await waitForShellCached(page);
      const cdp = await persistent.newCDPSession(page);
      const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[] };
      expect(manifest.url).toBe(`${baseURL}/manifest.webmanifest`);
      expect(manifest.errors).toEqual([]);
      await expect
        .poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, {
          timeout: 20_000,
        })
        .toEqual([]);
    } finally {
      await persistent.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }, 60_000);
});
