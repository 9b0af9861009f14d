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
import { ROOT } from './server';

const baseURL = inject('baseURL');
const OUT = join(ROOT, 'test-results');

/** Requests failing while the network is cut are expected; anything else is not. */
const isNetworkNoise = (e: string) =>
  /Failed to load resource: net::ERR_(INTERNET_DISCONNECTED|CONNECTION_REFUSED|FAILED)/.test(e);

const ATTENDEES = [
  ['Dra. Hj. Sri Wahyuningsih, M.Kes.', '19780312 200501 2 004', 'Kepala Seksi Pelayanan Kesehatan Rujukan'],
  ['Muhammad Rizky Ramadhan, S.Kom.', '19900521 201503 1 002', 'Pranata Komputer Ahli Pertama'],
  ['Ns. Fitriani Handayani, S.Kep.', '19850917 200902 2 003', 'Perawat Ahli Muda'],
  ['Bambang Setiawan, S.E., M.M.', '19760105 200312 1 001', 'Kepala Subbagian Perencanaan dan Keuangan'],
  ['dr. Nurul Aini Syafitri', '19920714 201801 2 005', 'Dokter Ahli Pertama'],
  ['Yohanes Kristianto, A.Md.Kes.', '19880302 201101 1 006', 'Pranata Laboratorium Kesehatan'],
  ['Siti Maryam Lubis, S.Sos.', '', 'Kader Posyandu Kelurahan'],
  ['Hendra Gunawan Saputra, S.T.', '19830811 200801 1 007', 'Analis Kebijakan Ahli Muda'],
] as const;

let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];
let sessionId = '';
let dinkesSessionId = '';

/** Live sessions read straight from IndexedDB: the longest one, and one of "Dinas Kesehatan". */
function pickSessions(p: Page) {
  return p.evaluate(
    () =>
      new Promise<{ longest: string; dinkes: string }>((resolve, reject) => {
        const open = indexedDB.open('klinik-inovasi');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const tx = idb.transaction(['mentoringSessions', 'units']);
          const sessions = tx.objectStore('mentoringSessions').getAll();
          const units = tx.objectStore('units').getAll();
          tx.oncomplete = () => {
            type S = {
              id: string;
              unitId: string;
              deleted?: boolean;
              agenda: string;
              findings: string;
              recommendations: string;
            };
            const live = (sessions.result as S[]).filter((s) => !s.deleted);
            const size = (s: S) => s.agenda.length + s.findings.length + s.recommendations.length;
            const longest = live.reduce((a, b) => (size(b) > size(a) ? b : a));
            const dinkes = (units.result as { id: string; name: string }[]).find(
              (u) => u.name === 'Dinas Kesehatan',
            );
            const ofDinkes = live.find((s) => s.unitId === dinkes?.id);
            idb.close();
            resolve({ longest: longest.id, dinkes: ofDinkes?.id ?? '' });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

async function waitSaved(p: Page): Promise<void> {
  await p.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="save-status"]')].every(
      (el) => el.dataset.state === 'saved' || el.dataset.state === 'idle',
    ),
  );
}

/** Through the session form, as a facilitator would: eight attendees, two facilitators. */
async function fillSession(p: Page, id: string): Promise<void> {
  await p.goto(`${baseURL}/sessions/${id}`);
  await p.getByLabel('Temuan').waitFor();
  const rows = p.locator('fieldset.session-attendee');
  while ((await rows.count()) < ATTENDEES.length) {
    await p.getByRole('button', { name: '+ Tambah peserta' }).click();
  }
  while ((await rows.count()) > ATTENDEES.length) {
    await p.getByRole('button', { name: `Hapus peserta ${await rows.count()}` }).click();
  }
  for (const [n, [name, nip, position]] of ATTENDEES.entries()) {
    const row = p.getByRole('group', { name: `Peserta ${n + 1}`, exact: true });
    await row.getByLabel('Nama').fill(name);
    await row.getByLabel('NIP').fill(nip);
    await row.getByLabel('Jabatan').fill(position);
    await row.getByLabel('Peran').fill(n === 0 ? 'Ketua tim inovasi' : 'Anggota tim inovasi');
  }
  const chips = p.locator('.session-chip');
  if ((await chips.count()) < 2) {
    await p.getByLabel('Nama fasilitator').fill('Andi Saputra, S.T., M.PA.');
    await p.getByRole('button', { name: 'Tambah fasilitator' }).click();
  }
  await waitSaved(p);
}

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
  await fillSession(page, sessionId);
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
