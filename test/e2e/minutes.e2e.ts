/**
 * The minutes (notulen) of a full session in real Chromium: the demo city's longest session with
 * eight attendees and two facilitators prints on ONE A4 page with nothing shaded, and
 * "Bagikan PDF" makes the PDF on the device — headless Chromium has no share target, so the
 * download fallback fires — also with the network cut after the app loaded once.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, loadDemo, login, VIEWPORTS, watchCsp, watchErrors } from './browser';
import { fillSession, pickSessions } from './minutes-session';
import { ROOT } from './server';

const baseURL = inject('baseURL');
const OUT = join(ROOT, 'test-results');

/** Requests failing while the network is cut are expected; anything else is not. */
const isNetworkNoise = (e: string) =>
  /Failed to load resource: net::ERR_(INTERNET_DISCONNECTED|CONNECTION_REFUSED|FAILED)/.test(e);

let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];
let sessionId = '';
let dinkesSessionId = '';

/** A PDF's pages: its `/Type /Page` objects (not the `/Type /Pages` tree). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

/** Under print media: nothing drawn with a non-white background, and exactly one A4 page. */
async function expectOnePageUnshaded(p: Page): Promise<void> {
  const shaded = await p.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('*')) {
      if (el.getClientRects().length === 0) continue;
      const cs = getComputedStyle(el);
      const rgba = (cs.backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
      const [r, g, b, a = 1] = rgba;
      const clear = a === 0 || (r === 255 && g === 255 && b === 255);
      if (!clear || cs.backgroundImage !== 'none') {
        found.push(
          `${el.tagName.toLowerCase()}.${el.className}: ${cs.backgroundColor} ${cs.backgroundImage}`,
        );
      }
    }
    return found;
  });
  expect(shaded).toEqual([]);
  const pdf = await p.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  writeFileSync(join(OUT, 'minutes-print.pdf'), pdf);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pageCount(pdf)).toBe(1);
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launch(inject('chromiumPath'));
  context = await browser.newContext({
    viewport: VIEWPORTS.tabletPortrait,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    acceptDownloads: true,
  });
  watchErrors(context, errors);
  await watchCsp(context, errors);
  page = await context.newPage();
  await login(page, baseURL, 'koordinator', inject('adminPassword'));
  await loadDemo(page, baseURL);
  const picked = await pickSessions(page);
  sessionId = picked.longest;
  dinkesSessionId = picked.dinkes;
  await fillSession(page, baseURL, sessionId);
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  expect(errors.filter((e) => !isNetworkNoise(e))).toEqual([]);
});

describe('session minutes', () => {
  it('names the unit with the short form of its kind', async () => {
    expect(dinkesSessionId).not.toBe('');
    await page.goto(`${baseURL}/sessions/${dinkesSessionId}/minutes`);
    const row = page.getByTestId('minutes-document').locator('tr', { hasText: 'Unit kerja' }).locator('td');
    await row.waitFor();
    expect(await row.textContent()).toBe('Dinas Kesehatan (OPD)');
  });

  it('prints an eight-attendee session on one A4 page, with nothing shaded', async () => {
    await page.goto(`${baseURL}/sessions/${sessionId}/minutes`);
    const doc = page.getByTestId('minutes-document');
    await doc.waitFor();
    expect(await doc.locator('.doc__attendance tbody tr').count()).toBe(8);
    await page.emulateMedia({ media: 'print' });
    try {
      await expectOnePageUnshaded(page);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('shares the minutes as a PDF made on the device: the download fallback, online and offline', async () => {
    const jspdfRequests: string[] = [];
    page.on('request', (r) => {
      if (/jspdf/i.test(r.url())) jspdfRequests.push(r.url());
    });
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${baseURL}/sessions/${sessionId}/minutes`);
    await page.getByTestId('minutes-document').waitFor();
    // The PDF library is not part of opening the minutes.
    expect(jspdfRequests).toEqual([]);

    const share = async (file: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.getByRole('button', { name: 'Bagikan PDF' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^notulen-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.pdf$/);
      const path = join(OUT, file);
      await download.saveAs(path);
      const pdf = readFileSync(path);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pageCount(pdf)).toBe(1);
      await page
        .getByTestId('share-status')
        .getByText(/^Berkas notulen-.*\.pdf diunduh\.$/)
        .waitFor();
      return download.suggestedFilename();
    };
    const name = await share('minutes-shared.pdf');
    expect(jspdfRequests.length).toBeGreaterThan(0);

    // Offline, once the service worker holds the app and the PDF library.
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const reg = await navigator.serviceWorker.getRegistration();
            let cached = false;
            for (const key of await caches.keys()) {
              for (const req of await (await caches.open(key)).keys()) {
                if (/jspdf/i.test(req.url)) cached = true;
              }
            }
            return reg?.active?.state === 'activated' && cached;
          }),
        { timeout: 30_000, interval: 250 },
      )
      .toBe(true);
    await context.setOffline(true);
    try {
      const offline = await context.newPage();
      const previous = page;
      page = offline;
      const res = await page.goto(`${baseURL}/sessions/${sessionId}/minutes`);
      expect(res?.fromServiceWorker()).toBe(true);
      await page.getByTestId('minutes-document').waitFor();
      expect(await share('minutes-shared-offline.pdf')).toBe(name);
      page = previous;
      await offline.close();
    } finally {
      await context.setOffline(false);
    }
  }, 90_000);
});
