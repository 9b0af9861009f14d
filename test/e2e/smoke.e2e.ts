/**
 * Smoke tests in real Chromium against the real server (built app + API): the login gate, the
 * shell, its navigation, deep links, the API's JSON errors and the language switch. They assert
 * only on the shell (nav, <main>, title, <html lang>), so they hold whatever each screen shows.
 * Each test logs in as the coordinator the server created at start.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { login } from './browser';
import { pagePerTest } from './page-per-test';

const baseURL = inject('baseURL');
const ADMIN = 'koordinator';
const adminPassword = inject('adminPassword');

const NAV_ID = [
  { name: 'Unit', path: '/units' },
  { name: 'Inovasi', path: '/innovations' },
  { name: 'Sesi', path: '/sessions' },
  { name: 'Tindak lanjut', path: '/follow-ups' },
  { name: 'Dasbor', path: '/dashboard' },
  // Coordinators only (they set the year's target).
  { name: 'Target', path: '/targets' },
  { name: 'Pengaturan', path: '/settings' },
  // Coordinators only.
  { name: 'Pengguna', path: '/users' },
];
const NAV_EN = [
  'Units',
  'Innovations',
  'Sessions',
  'Follow-ups',
  'Dashboard',
  'Targets',
  'Settings',
  'Users',
];

const openPage = pagePerTest();

function nav(page: Page, lang: 'id' | 'en' = 'id') {
  return page.getByRole('navigation', { name: lang === 'id' ? 'Navigasi utama' : 'Main navigation' });
}

function pathname(page: Page): string {
  return new URL(page.url()).pathname;
}

async function navTexts(page: Page, lang: 'id' | 'en' = 'id'): Promise<string[]> {
  const links = nav(page, lang).getByRole('link');
  await links.first().waitFor();
  return (await links.allTextContents()).map((s) => s.trim());
}

async function currentNavItem(page: Page): Promise<string | null> {
  const current = nav(page).locator('a[aria-current="page"]');
  return (await current.count()) === 1 ? ((await current.textContent()) ?? '').trim() : null;
}

describe('API', () => {
  it('answers /api/health', async () => {
    const res = await fetch(`${baseURL}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, storage: 'ok' });
  });

  it('answers an unknown /api route with a JSON 404, not the app shell', async () => {
    const res = await fetch(`${baseURL}/api/tidak-ada`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(await res.json()).toMatchObject({ error: 'not-found' });
  });
});

describe('login gate in Chromium', () => {
  it('shows the login page first, refuses a wrong password, then opens the app', async () => {
    const tp = await openPage('tabletPortrait');
    const { page } = tp;
    const res = await page.goto(`${baseURL}/units`);
    expect(res?.status()).toBe(200);
    await page.getByRole('heading', { name: 'Masuk' }).waitFor();
    expect(await page.locator('nav.nav').count()).toBe(0);
    await page.getByLabel('Nama pengguna').fill(ADMIN);
    await page.getByLabel('Kata sandi', { exact: true }).fill('sandi-yang-salah');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Nama pengguna atau kata sandi salah.');
    // Chromium logs the refused request (401) as a console error: expected here, nothing else.
    const unexpected = tp.errors.filter((e) => !/status of 401/.test(e));
    expect(unexpected).toEqual([]);
    tp.errors.length = 0;

    await page.getByLabel('Kata sandi', { exact: true }).fill(adminPassword);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    expect(await navTexts(page)).toEqual(NAV_ID.map((n) => n.name));
    expect(pathname(page)).toBe('/units');
    await expect.poll(() => page.getByTestId('account-button').textContent()).toContain(ADMIN);
    // The first sync against the real server ends in "synced".
    await expect
      .poll(() => page.locator('.sync-status').getAttribute('data-state'), { timeout: 20_000 })
      .toMatch(/^(synced|conflict)$/); // 'conflict': all sent, a conflict left for a person

    // The session is kept: a reload opens the app, not the login page.
    await page.reload();
    expect(await navTexts(page)).toEqual(NAV_ID.map((n) => n.name));

    // Logging out returns to the login page.
    await page.getByTestId('account-button').click();
    await page.getByTestId('account-panel').getByRole('button', { name: 'Keluar' }).click();
    await page.getByRole('heading', { name: 'Masuk' }).waitFor();
  });
});

describe('app shell in Chromium', () => {
  it('renders at / in Indonesian with the main navigation', async () => {
    const tp = await openPage('tabletPortrait');
    const { page } = tp;
    await login(page, baseURL, ADMIN, adminPassword);
    const res = await page.goto(`${baseURL}/`);
    expect(res?.status()).toBe(200);
    expect(await navTexts(page)).toEqual(NAV_ID.map((n) => n.name));
    expect(await page.title()).toBe('Klinik Inovasi');
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    await page.locator('main#main').waitFor();
    expect(await currentNavItem(page)).toBe('Unit');
    for (const item of NAV_ID) {
      expect(await nav(page).getByRole('link', { name: item.name, exact: true }).getAttribute('href')).toBe(
        item.path,
      );
    }
  });

  it('navigates with the nav links without reloading, and back again', async () => {
    const tp = await openPage('tabletLandscape');
    const { page } = tp;
    await login(page, baseURL, ADMIN, adminPassword);
    await nav(page).waitFor();
    await page.evaluate(() => {
      document.documentElement.dataset.e2eMarker = 'same-document';
    });
    const seen = new Map<string, string>();
    for (const item of [...NAV_ID.slice(1), NAV_ID[0]]) {
      if (!item) continue;
      await nav(page).getByRole('link', { name: item.name, exact: true }).click();
      await page.waitForURL((url) => url.pathname === item.path);
      await expect.poll(() => currentNavItem(page)).toBe(item.name);
      const main = page.locator('main');
      await expect.poll(async () => ((await main.textContent()) ?? '').trim().length).toBeGreaterThan(0);
      await expect.poll(() => main.textContent()).not.toContain('Halaman tidak ditemukan');
      // A page's own code (and its data) may still be on its way: wait for the screen itself.
      await expect.poll(() => main.textContent()).not.toContain('Memuat…');
      seen.set(item.path, (await main.textContent()) ?? '');
    }
    // Each route shows its own screen, and none of it reloaded the document.
    expect(new Set(seen.values()).size).toBe(NAV_ID.length);
    expect(await page.evaluate(() => document.documentElement.dataset.e2eMarker)).toBe('same-document');

    // Back goes to the item visited before "Unit": the last one of the list.
    const beforeLast = NAV_ID.at(-1);
    await page.goBack();
    await page.waitForURL((url) => url.pathname === beforeLast?.path);
    await expect.poll(() => currentNavItem(page)).toBe(beforeLast?.name);
  });

  it('serves deep links directly and on reload (SPA fallback)', async () => {
    const tp = await openPage('tabletPortrait');
    const { page } = tp;
    await login(page, baseURL, ADMIN, adminPassword);
    const res = await page.goto(`${baseURL}/settings`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()['content-type']).toContain('text/html');
    await expect.poll(() => currentNavItem(page)).toBe('Pengaturan');
    await page.reload();
    expect(pathname(page)).toBe('/settings');
    await expect.poll(() => currentNavItem(page)).toBe('Pengaturan');

    // A nested path must still load the (absolute) asset URLs.
    const nested = await page.goto(`${baseURL}/innovations/tidak-ada/board`);
    expect(nested?.status()).toBe(200);
    await expect.poll(() => currentNavItem(page)).toBe('Inovasi');
    expect(await page.title()).toBe('Klinik Inovasi');
  });

  it('shows the not-found screen for an unknown app path', async () => {
    const tp = await openPage('laptop');
    const { page } = tp;
    await login(page, baseURL, ADMIN, adminPassword);
    const res = await page.goto(`${baseURL}/halaman-tidak-ada`);
    expect(res?.status()).toBe(200);
    await page.getByText('Halaman tidak ditemukan').waitFor();
    await page.locator('main').getByRole('link', { name: 'Ke daftar unit' }).click();
    await page.waitForURL((url) => url.pathname === '/units');
  });

  it('switches the language to English and keeps it after a reload', async () => {
    const tp = await openPage('tabletLandscape');
    const { page } = tp;
    await login(page, baseURL, ADMIN, adminPassword);
    await page.goto(`${baseURL}/sessions`);
    await page.getByRole('button', { name: /^Ganti bahasa/ }).click();
    await expect.poll(() => navTexts(page, 'en')).toEqual(NAV_EN);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.reload();
    expect(await navTexts(page, 'en')).toEqual(NAV_EN);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.getByRole('button', { name: /^Switch language/ }).click();
    await expect.poll(() => navTexts(page, 'id')).toEqual(NAV_ID.map((n) => n.name));
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
  });
});
