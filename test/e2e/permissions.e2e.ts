/**
 * The permission matrix in real Chromium against the real server (issue 12): a coordinator makes
 * a unit-team account; logged in as it, the team sees a session's minutes read-only (with the
 * reason, no "Hapus sesi", nothing to add), no "Tambah unit", no target controls and no account
 * management, and marks its follow-up done with a note, which reaches the server. Saves the
 * read-only session page in tablet portrait to test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newActionItemFields } from '../../src/domain/action-item';
import { uuidv7 } from '../../src/domain/ids';
import { newSessionFields } from '../../src/domain/session';
import { apiLogin, pullAll, seedRecords, seedUnit } from './api';
import { login } from './browser';
import { pagePerTest } from './page-per-test';
import { ROOT } from './server';

const baseURL = inject('baseURL');
const PASSWORD = 'rahasia-tim-unit-2024';
const openPage = pagePerTest();

async function syncNow(page: Page): Promise<void> {
  await page.goto(`${baseURL}/sync`);
  const button = page.getByRole('button', { name: 'Sinkronkan sekarang' });
  await expect.poll(() => button.isEnabled(), { timeout: 20_000 }).toBe(true);
  await button.click();
  await expect
    .poll(() => page.getByTestId('sync-pending-count').textContent(), { timeout: 20_000 })
    .toMatch(/^0\b/);
}

describe('a unit team in Chromium', () => {
  it('reads the minutes, gets no unit/target/account controls, and marks its follow-up done with a note', async () => {
    const admin = await apiLogin(baseURL, 'koordinator', inject('adminPassword'));
    const suffix = Date.now().toString(36);
    const { unitId, innovationId } = await seedUnit(
      admin,
      `Kelurahan Hanya Baca ${suffix}`,
      'kelurahan',
      'Posyandu Digital',
    );
    const sessionId = uuidv7();
    const itemId = uuidv7();
    await seedRecords(admin, [
      {
        table: 'mentoringSessions',
        id: sessionId,
        fields: newSessionFields({
          unitId,
          date: '2026-03-02',
          place: 'Aula Kelurahan',
          facilitators: ['Rina Fasilitator'],
          innovationIds: [innovationId],
          findings: 'Profil IID belum lengkap; SK tim belum ada.',
          recommendations: 'Lengkapi SK tim dan unggah data dukung.',
          attendees: [{ id: uuidv7(), name: 'Budi Santoso', nip: '', position: 'Lurah', role: 'peserta' }],
        }),
      },
      {
        table: 'actionItems',
        id: itemId,
        fields: newActionItemFields({ unitId, sessionId, text: 'Lengkapi SK tim', owner: 'Pak Budi' }),
      },
    ]);
    const username = `tim.hanyabaca.${suffix}`;
    await admin.call('POST', '/api/users', { username, password: PASSWORD, role: 'unit', unitIds: [unitId] });

    const { page } = await openPage('tabletPortrait');
    await login(page, baseURL, username, PASSWORD);
    await page.goto(`${baseURL}/sessions/${sessionId}`);
    const findings = page.getByLabel('Temuan', { exact: true });
    await expect
      .poll(() => findings.inputValue(), { timeout: 20_000 })
      .toBe('Profil IID belum lengkap; SK tim belum ada.');
    expect(await findings.getAttribute('readonly')).not.toBeNull();
    expect(await page.getByTestId('readonly-notice').textContent()).toContain(
      'Hanya fasilitator atau koordinator yang dapat mengubah notulen sesi.',
    );
    expect(await page.getByRole('button', { name: 'Hapus sesi' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Tambah peserta/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Tambah tindak lanjut' }).count()).toBe(0);
    const dir = join(ROOT, 'test-results', 'screenshots');
    mkdirSync(dir, { recursive: true });
    // From the top, before any field has focus: the sticky top bar stays at the top of the image.
    await page.evaluate(() => document.fonts.ready.then(() => window.scrollTo(0, 0)));
    await page.screenshot({
      path: join(dir, 'session-readonly-unit-team-tabletPortrait.png'),
      fullPage: true,
    });

    // Typing into the minutes changes nothing.
    await findings.press('End');
    await page.keyboard.type(' diubah');
    expect(await findings.inputValue()).toBe('Profil IID belum lengkap; SK tim belum ada.');

    // Its follow-up: a note, then done.
    const row = page.getByRole('group', { name: 'Tindak lanjut 1' });
    await row.getByLabel('Catatan tim unit').fill('SK terbit 3 Maret, diunggah ke portal');
    await row.getByLabel('Catatan tim unit').blur();
    await row.getByLabel('Selesai', { exact: true }).click();
    await expect.poll(() => row.getByLabel('Selesai', { exact: true }).isChecked()).toBe(true);
    expect(await row.getByRole('button', { name: 'Hapus tindak lanjut' }).count()).toBe(0);

    await page.goto(`${baseURL}/units`);
    await page.getByRole('link', { name: `Kelurahan Hanya Baca ${suffix}` }).waitFor();
    expect(await page.getByRole('button', { name: 'Tambah unit' }).count()).toBe(0);
    expect(await page.locator('header nav').getByRole('link', { name: 'Pengguna' }).count()).toBe(0);
    await page.goto(`${baseURL}/units/${unitId}`);
    await page.getByRole('heading', { level: 1, name: `Kelurahan Hanya Baca ${suffix}` }).waitFor();
    expect(await page.getByRole('button', { name: 'Hapus unit' }).count()).toBe(0);
    expect(await page.getByLabel('Nama unit').getAttribute('readonly')).not.toBeNull();

    await page.goto(`${baseURL}/targets`);
    const target = page.getByLabel('Target usulan inovasi');
    await target.waitFor();
    expect(await target.getAttribute('readonly')).not.toBeNull();
    expect(await page.getByTestId('readonly-notice').textContent()).toContain(
      'Hanya koordinator yang dapat mengubah target tahunan.',
    );

    await syncNow(page);
    await expect
      .poll(
        async () => {
          const item = (await pullAll(admin)).filter((c) => c.recordId === itemId).at(-1);
          return item && { status: item.fields.status, note: item.fields.note };
        },
        { timeout: 20_000 },
      )
      .toEqual({ status: 'done', note: 'SK terbit 3 Maret, diunggah ke portal' });
    const session = (await pullAll(admin)).filter((c) => c.recordId === sessionId).at(-1);
    expect(session?.fields.findings).toBe('Profil IID belum lengkap; SK tim belum ada.');
  });
});
