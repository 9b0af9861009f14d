/**
 * The clinic's identity across devices, in real Chromium against the real server (issue 13): the
 * coordinator types it in Settings on one device and picks a large photo as the logo, which the
 * device shrinks before storing; after a sync, a facilitator's device pulls it and shows it
 * read-only (no logo controls), and the facilitator's menu has no Target item while the
 * coordinator's has one.
 */
import { deflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Api, apiLogin } from './api';
import { launch, login, newPage, type TestPage } from './browser';
import { syncNow } from './sync-page';

const baseURL = inject('baseURL');
const PASSWORD = 'rahasia-identitas-2024';

let browser: Browser;
let admin: Api;
const pages: TestPage[] = [];

beforeAll(async () => {
  browser = await launch(inject('chromiumPath'));
  admin = await apiLogin(baseURL, 'koordinator', inject('adminPassword'));
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  const errors = pages.flatMap((p) => p.errors);
  for (const p of pages.splice(0)) await p.close();
  expect(errors, 'console errors, uncaught page errors or CSP violations').toEqual([]);
});

/** A plain RGB PNG of `width`×`height` with a noisy gradient: a "photo" far over the logo limit. */
function photoPng(width: number, height: number): Buffer {
  const row = 1 + width * 3;
  const raw = Buffer.alloc(row * height);
  let seed = 7;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const o = y * row + 1 + x * 3;
      raw[o] = (x * 255) / width;
      raw[o + 1] = (y * 255) / height;
      raw[o + 2] = seed & 0xff;
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = (crcTable[(c ^ b) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function device(username: string, password: string): Promise<Page> {
  const tp = await newPage(browser, 'tabletLandscape');
  pages.push(tp);
  await login(tp.page, baseURL, username, password);
  return tp.page;
}

const menuLinks = (page: Page) => page.locator('header.topbar nav a').allTextContents();

describe('clinic identity on two devices', () => {
  it('is set with a logo by the coordinator and reaches a facilitator read-only', async () => {
    const suffix = Date.now().toString(36);
    const region = `Kota Uji ${suffix}`;
    const fasil = `fasil.identitas.${suffix}`;
    await admin.call('POST', '/api/users', {
      username: fasil,
      password: PASSWORD,
      role: 'facilitator',
      unitIds: [],
    });

    const coord = await device('koordinator', inject('adminPassword'));
    expect(await menuLinks(coord)).toContain('Target');
    // Found: with Target added, "Pengguna" was cut off on a landscape tablet (1280 px).
    const navClipped = () =>
      coord.evaluate(() => {
        const nav = document.querySelector('header.topbar nav');
        return nav ? nav.scrollWidth > nav.clientWidth : true;
      });
    expect(await navClipped()).toBe(false);
    await coord.goto(`${baseURL}/settings`);
    const section = coord.getByTestId('clinic-identity');
    await section.getByLabel('Nama daerah', { exact: true }).fill(region);
    await section.getByLabel('Nama klinik', { exact: true }).fill(`Klinik Inovasi ${region}`);
    await section.getByLabel('Instansi koordinator', { exact: true }).fill(`Bapperida ${region}`);
    const photo = photoPng(1600, 1200);
    expect(photo.length).toBeGreaterThan(1_000_000);
    await section
      .getByTestId('logo-file')
      .setInputFiles({ name: 'foto-logo.png', mimeType: 'image/png', buffer: photo });
    const preview = section.getByTestId('logo-preview');
    await preview.waitFor({ timeout: 20_000 });
    const stored = await preview.evaluate((img: HTMLImageElement) => ({
      w: img.naturalWidth,
      h: img.naturalHeight,
      length: img.src.length,
      type: img.src.slice(0, 22),
    }));
    expect(Math.max(stored.w, stored.h)).toBeLessThanOrEqual(256);
    expect(stored.w / stored.h).toBeCloseTo(4 / 3, 1);
    expect(stored.length).toBeLessThanOrEqual(60_000);
    expect(stored.type).toMatch(/^data:image\/(png|jpeg);/);
    await expect
      .poll(() => section.getByTestId('signing-line').textContent(), { timeout: 10_000 })
      .toMatch(new RegExp(`^Baris tempat dan tanggal: Uji ${suffix}, \\d+ \\w+ \\d{4}$`));
    await syncNow(coord, baseURL);

    const fac = await device(fasil, PASSWORD);
    expect(await menuLinks(fac)).not.toContain('Target');
    await syncNow(fac, baseURL);
    await fac.goto(`${baseURL}/settings`);
    const seen = fac.getByTestId('clinic-identity');
    const regionField = seen.getByLabel('Nama daerah', { exact: true });
    await expect.poll(() => regionField.inputValue(), { timeout: 20_000 }).toBe(region);
    expect(await regionField.getAttribute('readonly')).not.toBeNull();
    expect(await seen.getByTestId('readonly-notice').textContent()).toContain(
      'Hanya koordinator yang dapat mengubah identitas klinik.',
    );
    expect(await seen.getByTestId('logo-preview').getAttribute('src')).toMatch(
      /^data:image\/(png|jpeg);base64,/,
    );
    expect(await seen.getByTestId('logo-file').count()).toBe(0);
    expect(await seen.getByRole('button', { name: 'Hapus logo' }).count()).toBe(0);
  });
});
