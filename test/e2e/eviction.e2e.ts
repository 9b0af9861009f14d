/**
 * Losing access removes the data from the device (issue 12), in real Chromium against the real
 * server. Found: after a coordinator unassigned a unit, the facilitator's tablet still rendered
 * its unit, innovation and session. Now the next sync evicts them from the screen and from
 * IndexedDB, and an edit made offline before is listed as a refused change (out of scope),
 * never silently dropped.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { uuidv7 } from '../../src/domain/ids';
import { newSessionFields } from '../../src/domain/session';
import { formatHlc } from '../../src/protocol/hlc';
import type { PushResponse } from '../../src/protocol/protocol';
import { type Api, apiLogin, seedUnit } from './api';
import { launch, login, newPage, type TestPage } from './browser';
import { syncNow as syncPageNow } from './sync-page';

const baseURL = inject('baseURL');
const PASSWORD = 'rahasia-e2e-2024';
const EXPECTED = /ERR_INTERNET_DISCONNECTED|Failed to fetch|net::ERR/;
const SHOTS = join(process.cwd(), 'test-results');

let browser: Browser;
const pages: TestPage[] = [];
let admin: Api;

beforeAll(async () => {
  browser = await launch(inject('chromiumPath'));
  admin = await apiLogin(baseURL, 'koordinator', inject('adminPassword'));
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  const errors = pages.flatMap((p) => p.errors).filter((e) => !EXPECTED.test(e));
  for (const p of pages.splice(0)) await p.close();
  expect(errors, 'console errors or uncaught page errors').toEqual([]);
});

async function seedSession(unitId: string, place: string): Promise<string> {
  const id = uuidv7();
  const clientId = `e2e-eviction-${uuidv7()}`;
  const { results } = await admin.call<PushResponse>('POST', '/api/sync/push', {
    clientId,
    schemaVersion: 1,
    mutations: [
      {
        id: uuidv7(),
        table: 'mentoringSessions',
        recordId: id,
        op: 'create',
        fields: newSessionFields({ unitId, date: '2026-03-02', place }),
        baseVersion: 0,
        hlc: formatHlc(Date.now(), 0, clientId),
      },
    ],
  });
  expect(results[0]?.status).toBe('applied');
  return id;
}

const syncNow = (page: Page) => syncPageNow(page, baseURL);

async function go(page: Page, path: string): Promise<void> {
  await page.evaluate((p) => {
    history.pushState(null, '', p);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** Every stored record (all synced tables) and outbox entry that mentions one of `ids`, straight from IndexedDB. */
function recordsOfUnit(page: Page, ids: string[]): Promise<string[]> {
  return page.evaluate(
    (wanted) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('klinik-inovasi');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const names = [
            'units',
            'innovations',
            'stageProgress',
            'mentoringSessions',
            'actionItems',
            'conflicts',
            'outbox',
          ];
          const tx = idb.transaction(names, 'readonly');
          const found: string[] = [];
          let left = names.length;
          for (const name of names) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => {
              for (const row of req.result as Record<string, unknown>[]) {
                const text = JSON.stringify(row);
                if (wanted.some((id) => text.includes(id))) found.push(`${name}/${String(row.id)}`);
              }
              if (--left === 0) {
                idb.close();
                resolve(found);
              }
            };
          }
        };
      }),
    ids,
  );
}

describe('unassigning a unit', () => {
  it("evicts the unit's records from the facilitator's device and lists the unsent edit as refused", async () => {
    const suffix = Date.now().toString(36);
    const u = await seedUnit(
      admin,
      `Puskesmas Dicabut ${suffix}`,
      'uptPuskesmas',
      `Inovasi Dicabut ${suffix}`,
    );
    const v = await seedUnit(admin, `Kelurahan Tetap ${suffix}`, 'kelurahan', `Inovasi Tetap ${suffix}`);
    const place = `Aula Dicabut ${suffix}`;
    const sessionId = await seedSession(u.unitId, place);
    const username = `fasil.evict.${suffix}`;
    const { id: userId } = await admin.call<{ id: string }>('POST', '/api/users', {
      username,
      password: PASSWORD,
      role: 'facilitator',
      unitIds: [u.unitId, v.unitId],
    });

    const tp = await newPage(browser, 'tabletLandscape');
    pages.push(tp);
    const f = tp.page;
    await login(f, baseURL, username, PASSWORD);
    await syncNow(f);
    // F holds and shows U's unit, innovation and session.
    await f.goto(`${baseURL}/units`);
    await f
      .getByRole('link', { name: new RegExp(`Puskesmas Dicabut ${suffix}`) })
      .waitFor({ timeout: 20_000 });
    await f.goto(`${baseURL}/innovations/${u.innovationId}`);
    const name = f.getByLabel('Nama inovasi', { exact: true });
    await expect.poll(() => name.inputValue(), { timeout: 20_000 }).toBe(`Inovasi Dicabut ${suffix}`);
    await f.goto(`${baseURL}/sessions/${sessionId}`);
    const placeField = f.getByLabel('Tempat', { exact: true });
    await expect.poll(() => placeField.inputValue(), { timeout: 20_000 }).toBe(place);
    expect((await recordsOfUnit(f, [u.unitId, u.innovationId])).length).toBeGreaterThanOrEqual(8);

    // Offline, F edits U's innovation: the change waits on the device.
    await f.context().setOffline(true);
    await go(f, `/innovations/${u.innovationId}`);
    await f.getByLabel('Tujuan inovasi', { exact: true }).fill('Tujuan diketik offline sebelum dicabut');
    await expect.poll(() => f.getByTestId('save-status').getAttribute('data-state')).toBe('saved');

    // Meanwhile the coordinator takes U away from F.
    await admin.call('PATCH', `/api/users/${userId}`, { unitIds: [v.unitId] });

    await f.context().setOffline(false);
    await syncNow(f);

    // Gone from the screens...
    await f.goto(`${baseURL}/units`);
    await f.getByRole('link', { name: new RegExp(`Kelurahan Tetap ${suffix}`) }).waitFor({ timeout: 20_000 });
    expect(await f.getByText(`Puskesmas Dicabut ${suffix}`).count()).toBe(0);
    await f.goto(`${baseURL}/innovations/${u.innovationId}`);
    await f.locator('main').waitFor();
    expect(await f.getByLabel('Nama inovasi', { exact: true }).count()).toBe(0);
    await f.goto(`${baseURL}/sessions/${sessionId}`);
    await f.locator('main').waitFor();
    expect(await f.getByLabel('Tempat', { exact: true }).count()).toBe(0);
    expect(await f.getByText(place).count()).toBe(0);
    // ...and from IndexedDB, apart from the refused change that names it.
    expect(await recordsOfUnit(f, [u.unitId, u.innovationId])).toEqual([]);

    // The unsent edit is a refused change, with the reason, and can be downloaded.
    await f.goto(`${baseURL}/sync`);
    const item = f.getByTestId('rejected-item');
    await item.first().waitFor({ timeout: 20_000 });
    expect(await item.count()).toBe(1);
    await expect.poll(() => item.textContent()).toContain('Akses Anda ke unit ini sudah dicabut');
    expect(await item.textContent()).toContain('Tujuan inovasi');
    // It still says what it was about, though the innovation has left the device.
    expect(await item.textContent()).toContain(`Inovasi Dicabut ${suffix}`);
    const [download] = await Promise.all([
      f.waitForEvent('download'),
      f.getByTestId('rejected-download').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^klinik-inovasi-ditolak-\d{4}-\d{2}-\d{2}\.json$/);
    mkdirSync(SHOTS, { recursive: true });
    await item.scrollIntoViewIfNeeded();
    await f.screenshot({ path: join(SHOTS, 'eviction-refused.png'), fullPage: true });

    // Discarding it just drops it.
    await item.getByRole('button', { name: /Buang/ }).click();
    await expect.poll(() => f.getByTestId('rejected-item').count()).toBe(0);
  });
});
