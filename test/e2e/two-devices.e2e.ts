/**
 * Two devices, two people, one innovation — in real Chromium against the real server. One works
 * offline while the other edits another field and the same field; after both sync they show the
 * same data, the same-field clash is visible on the conflicts screen and can be resolved, and a
 * user of another unit sees none of it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Api, apiLogin, pullAll, seedUnit } from './api';
import { launch, login, newPage, type TestPage } from './browser';
import { syncNow as syncPageNow } from './sync-page';

const baseURL = inject('baseURL');
const PASSWORD = 'rahasia-e2e-2024';
// Chromium logs refused requests while a context is offline; those are expected here.
const EXPECTED = /ERR_INTERNET_DISCONNECTED|Failed to fetch|net::ERR/;

let browser: Browser;
const pages: TestPage[] = [];
let admin: Api;
let ids: { unitId: string; innovationId: string };
let otherUnit: { unitId: string; innovationId: string };

beforeAll(async () => {
  browser = await launch(inject('chromiumPath'));
  admin = await apiLogin(baseURL, 'koordinator', inject('adminPassword'));
  const suffix = Date.now().toString(36);
  ids = await seedUnit(admin, `Puskesmas Dua Perangkat ${suffix}`, 'uptPuskesmas', 'Posyandu Remaja Digital');
  otherUnit = await seedUnit(admin, `Kelurahan Lain ${suffix}`, 'kelurahan', 'Inovasi Rahasia Kelurahan');
  for (const [username, role, unitIds] of [
    [`fasil.a.${suffix}`, 'facilitator', [ids.unitId]],
    [`tim.b.${suffix}`, 'unit', [ids.unitId]],
    [`tim.c.${suffix}`, 'unit', [otherUnit.unitId]],
  ] as const) {
    await admin.call('POST', '/api/users', { username, password: PASSWORD, role, unitIds });
  }
  names = { a: `fasil.a.${suffix}`, b: `tim.b.${suffix}`, c: `tim.c.${suffix}` };
});
let names: { a: string; b: string; c: string };

afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  const errors = pages.flatMap((p) => p.errors).filter((e) => !EXPECTED.test(e));
  for (const p of pages.splice(0)) await p.close();
  expect(errors, 'console errors or uncaught page errors').toEqual([]);
});

async function device(username: string): Promise<Page> {
  const tp = await newPage(browser, 'tabletLandscape');
  pages.push(tp);
  await login(tp.page, baseURL, username, PASSWORD);
  return tp.page;
}

const syncNow = (page: Page) => syncPageNow(page, baseURL);

/** Navigates inside the app (no page load), as a tap on a link would: works with no network. */
async function go(page: Page, path: string): Promise<void> {
  await page.evaluate((p) => {
    history.pushState(null, '', p);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

async function editField(page: Page, label: string, value: string): Promise<void> {
  await go(page, `/innovations/${ids.innovationId}`);
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
}

async function fieldValue(page: Page, label: string): Promise<string> {
  await page.goto(`${baseURL}/innovations/${ids.innovationId}`);
  const field = page.getByLabel(label, { exact: true });
  await field.waitFor();
  return field.inputValue();
}

describe('two devices editing one innovation', () => {
  it('converge, show the same-field conflict for resolution, and hide it from other units', async () => {
    const a = await device(names.a);
    const b = await device(names.b);
    // Both devices have pulled the innovation.
    await expect
      .poll(() => fieldValue(a, 'Nama inovasi'), { timeout: 20_000 })
      .toBe('Posyandu Remaja Digital');
    await expect
      .poll(() => fieldValue(b, 'Nama inovasi'), { timeout: 20_000 })
      .toBe('Posyandu Remaja Digital');

    // A loses the signal and keeps working.
    await a.context().setOffline(true);
    await editField(a, 'Tujuan inovasi', 'Tujuan versi fasilitator (offline)');
    await editField(a, 'Manfaat yang diperoleh', 'Manfaat dicatat fasilitator');

    // B, online, edits another field and the same field, a little later.
    await editField(b, 'Hasil inovasi', 'Hasil dicatat tim unit');
    await editField(b, 'Tujuan inovasi', 'Tujuan versi tim unit');
    await syncNow(b);

    // A comes back: its changes go up, B's come down.
    await a.context().setOffline(false);
    await syncNow(a);
    await syncNow(b);

    for (const page of [a, b]) {
      expect(await fieldValue(page, 'Tujuan inovasi')).toBe('Tujuan versi tim unit'); // the later edit wins
      expect(await fieldValue(page, 'Manfaat yang diperoleh')).toBe('Manfaat dicatat fasilitator');
      expect(await fieldValue(page, 'Hasil inovasi')).toBe('Hasil dicatat tim unit');
    }

    // The losing value is not lost: both see the conflict, and A restores its own text.
    for (const page of [a, b]) {
      await page.goto(`${baseURL}/conflicts`);
      await page.getByTestId('conflict-losing').getByText('Tujuan versi fasilitator (offline)').waitFor();
    }
    await a.goto(`${baseURL}/conflicts`);
    await a.getByTestId('conflict-losing').getByRole('button', { name: 'Pakai nilai ini' }).click();
    await a.getByText(/Tidak ada konflik/).waitFor();
    await syncNow(a);
    await syncNow(b);
    expect(await fieldValue(b, 'Tujuan inovasi')).toBe('Tujuan versi fasilitator (offline)');
    await b.goto(`${baseURL}/conflicts`);
    await b.getByText(/Tidak ada konflik/).waitFor();

    // Someone from another unit sees none of it, on screen or through the API.
    const c = await device(names.c);
    await syncNow(c);
    await c.goto(`${baseURL}/units`);
    await c.getByRole('link', { name: /Kelurahan Lain/ }).waitFor();
    expect(await c.getByText(/Puskesmas Dua Perangkat/).count()).toBe(0);
    await c.goto(`${baseURL}/innovations/${ids.innovationId}`);
    expect(await c.getByLabel('Tujuan inovasi', { exact: true }).count()).toBe(0);
    const seenByC = await pullAll(await apiLogin(baseURL, names.c, PASSWORD));
    expect(seenByC.some((ch) => ch.recordId === ids.innovationId || ch.fields.unitId === ids.unitId)).toBe(
      false,
    );
    expect(seenByC.some((ch) => ch.table === 'conflicts')).toBe(false);
  });
});
