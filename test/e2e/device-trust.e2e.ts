/**
 * What the device keeps is not server truth (issue 12), in real Chromium against the real server:
 * - a backup file re-signed the app's own way (format.ts / checksum.ts) with a forged version, a
 *   forged stamp, another unit's records and a made-up conflict changes no server truth: after
 *   import and sync a coordinator's later edit still reaches the device, the other unit's create
 *   is refused and shown as refused, and nothing forged is stored;
 * - a stale draft-journal entry (the Backspace "<") is never replayed, and never under another
 *   account; logging out settles the journal.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { uuidv7 } from '../../src/domain/ids';
import { formatHlc } from '../../src/protocol/hlc';
import type { Change, PushResponse } from '../../src/protocol/protocol';
import { type Api, apiLogin, pullAll, seedUnit } from './api';
import { launch, login, newPage, type TestPage } from './browser';
import { forgedBackup } from './forged-backup';
import { syncNow as syncPageNow } from './sync-page';

const baseURL = inject('baseURL');
const PASSWORD = 'rahasia-e2e-2024';
const SHOTS = join(process.cwd(), 'test-results', 'screenshots');
const JOURNAL_KEY = 'klinik-inovasi.draft-journal';

let browser: Browser;
const pages: TestPage[] = [];
let admin: Api;
let mine: { unitId: string; innovationId: string };
let theirs: { unitId: string; innovationId: string };
let users: { fasil: string; fasilId: string; tim: string };

async function createUser(username: string, role: string, unitIds: string[]): Promise<string> {
  const { id } = await admin.call<{ id: string }>('POST', '/api/users', {
    username,
    password: PASSWORD,
    role,
    unitIds,
  });
  return id;
}

beforeAll(async () => {
  browser = await launch(inject('chromiumPath'));
  admin = await apiLogin(baseURL, 'koordinator', inject('adminPassword'));
  const suffix = Date.now().toString(36);
  mine = await seedUnit(admin, `Dinas Kepercayaan ${suffix}`, 'opd', 'Layanan Jemput Bola');
  theirs = await seedUnit(admin, `Kelurahan Orang Lain ${suffix}`, 'kelurahan', 'Inovasi Unit Lain');
  users = {
    fasil: `fasil.trust.${suffix}`,
    fasilId: await createUser(`fasil.trust.${suffix}`, 'facilitator', [mine.unitId]),
    tim: `tim.trust.${suffix}`,
  };
  await createUser(users.tim, 'unit', [mine.unitId]);
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  const errors = pages.flatMap((p) => p.errors);
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

async function innovationName(page: Page): Promise<string> {
  await page.goto(`${baseURL}/innovations/${mine.innovationId}`);
  const field = page.getByLabel('Nama inovasi', { exact: true });
  await field.waitFor();
  return field.inputValue();
}

async function serverRecord(table: string, id: string): Promise<Change | undefined> {
  return (await pullAll(admin)).findLast((c) => c.table === table && c.recordId === id);
}

describe('a re-signed backup with a forged version', () => {
  it('changes no server truth: a coordinator’s later edit still reaches the device', async () => {
    const page = await device(users.fasil);
    await expect.poll(() => innovationName(page), { timeout: 20_000 }).toBe('Layanan Jemput Bola');
    const forged = await forgedBackup(serverRecord, mine, theirs);

    await page.goto(`${baseURL}/settings`);
    await page.getByTestId('backup-file').setInputFiles({
      name: 'klinik-inovasi-cadangan-palsu.json',
      mimeType: 'application/json',
      buffer: Buffer.from(forged.text),
    });
    const preview = page.getByTestId('backup-preview');
    await preview.waitFor({ timeout: 20_000 });
    // Queued: the edit of our innovation and the other unit's create (the server decides).
    // Skipped: the other unit's innovation and the made-up conflict, never stored.
    expect(await page.getByTestId('backup-queued').textContent()).toMatch(
      /^2 perubahan belum terkirim akan disiapkan untuk dikirim/,
    );
    expect(await page.getByTestId('backup-skipped').textContent()).toBe(
      '2 catatan server dilewati (akan diambil dari server).',
    );
    mkdirSync(SHOTS, { recursive: true });
    await preview.screenshot({ path: join(SHOTS, 'backup-preview-forged.png') });
    await page.getByRole('button', { name: 'Impor sekarang' }).click();
    await page.getByTestId('backup-imported').waitFor({ timeout: 20_000 });
    await syncNow(page);

    // The server settled it: our innovation got the file's unsent edit, with a real version.
    const ours = await serverRecord('innovations', mine.innovationId);
    expect(ours?.fields).toMatchObject({ name: 'Nama dari cadangan' });
    expect(ours?.version).toBeLessThan(999_999_999);
    // Nothing else from the file exists on the server.
    expect((await serverRecord('innovations', theirs.innovationId))?.fields).toMatchObject({
      name: 'Inovasi Unit Lain',
    });
    expect(await serverRecord('innovations', forged.otherCreate)).toBeUndefined();
    expect(await serverRecord('conflicts', forged.madeUpConflict)).toBeUndefined();
    // The other unit's create was refused, and the person sees it as refused.
    await page.goto(`${baseURL}/sync`);
    await expect
      .poll(() => page.locator('main').textContent(), { timeout: 20_000 })
      .toContain('Titipan untuk unit lain');

    // A coordinator edits the innovation later: the device is not frozen on a forged version.
    const current = await serverRecord('innovations', mine.innovationId);
    const pushed = await admin.call<PushResponse>('POST', '/api/sync/push', {
      clientId: `e2e-coordinator-${uuidv7()}`,
      schemaVersion: 1,
      mutations: [
        {
          id: uuidv7(),
          table: 'innovations',
          recordId: mine.innovationId,
          op: 'patch',
          fields: { name: 'Nama dari koordinator' },
          baseVersion: current?.version ?? 0,
          hlc: formatHlc(Date.now(), 0, 'e2e-coordinator'),
        },
      ],
    });
    expect(pushed.results.map((r) => r.status)).toEqual(['applied']);
    await syncNow(page);
    expect(await innovationName(page)).toBe('Nama dari koordinator');
    const stored = await page.evaluate(
      (id) =>
        new Promise<unknown>((resolve) => {
          const open = indexedDB.open('klinik-inovasi');
          open.onsuccess = () => {
            const get = open.result.transaction('conflicts').objectStore('conflicts').get(id);
            get.onsuccess = () => resolve(get.result ?? null);
          };
        }),
      forged.madeUpConflict,
    );
    expect(stored).toBeNull();
  });
});

describe('the draft journal', () => {
  it('never replays a value the person had replaced (holding Backspace), nor another account’s', async () => {
    const page = await device(users.fasil);
    await expect.poll(() => innovationName(page), { timeout: 20_000 }).not.toBe('');
    const before = await innovationName(page);
    const field = page.getByLabel('Nama inovasi', { exact: true });
    await field.click();
    // Select all, type "<", then Backspace: within the autosave delay, so "<" is only journaled,
    // and the empty name that replaces it is refused (never saved).
    await field.press('ControlOrMeta+a');
    await page.keyboard.type('<');
    await page.keyboard.press('Backspace');
    expect(await field.inputValue()).toBe('');
    const journal = await page.evaluate((key) => localStorage.getItem(key), JOURNAL_KEY);
    expect(journal ?? '').not.toContain('"name"');
    await page.reload();
    expect(await innovationName(page)).toBe(before);

    // Words another account left in the journal are never replayed under this one.
    await page.evaluate(
      ({ key, id, user }) =>
        localStorage.setItem(
          key,
          JSON.stringify({
            [`innovations/${id}`]: {
              table: 'innovations',
              id,
              fields: { name: 'Ketikan akun lain' },
              userId: user,
              at: new Date(Date.now() + 60_000).toISOString(),
            },
          }),
        ),
      { key: JOURNAL_KEY, id: mine.innovationId, user: 'another-account' },
    );
    await page.reload();
    expect(await innovationName(page)).toBe(before);

    // This account's own entry is settled at logout: counted as unsent, then forgotten.
    await page.evaluate(
      ({ key, id, user }) =>
        localStorage.setItem(
          key,
          JSON.stringify({
            [`innovations/${id}`]: {
              table: 'innovations',
              id,
              fields: { tujuan: 'Diketik sebelum keluar' },
              userId: user,
              at: new Date(Date.now() + 60_000).toISOString(),
            },
          }),
        ),
      { key: JOURNAL_KEY, id: mine.innovationId, user: users.fasilId },
    );
    await page.getByTestId('account-button').click();
    await page.getByTestId('account-panel').getByRole('button', { name: 'Keluar' }).click();
    const confirm = page.getByTestId('logout-confirm');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('belum terkirim');
    await confirm.getByRole('button', { name: 'Tetap keluar' }).click();
    await page.locator('input[name="username"]').waitFor();
    expect(await page.evaluate((key) => localStorage.getItem(key), JOURNAL_KEY)).toBeNull();

    // The next account on this device starts with nothing of the previous one's typing.
    await login(page, baseURL, users.tim, PASSWORD);
    await syncNow(page);
    expect((await serverRecord('innovations', mine.innovationId))?.fields).toMatchObject({ name: before });
  });
});
