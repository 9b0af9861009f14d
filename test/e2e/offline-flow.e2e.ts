/**
 * The foundation's promise, in real Chromium against the real server: a new user loads the demo
 * city, creates a unit, an innovation with a complete IID profile, and a mentoring session with
 * two attendees and a follow-up — and after a full page reload every word is still there,
 * because each edit was committed to IndexedDB before the screen said "saved".
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { loadDemo, login } from './browser';
import { pagePerTest } from './page-per-test';

const baseURL = inject('baseURL');

const openPage = pagePerTest();

/** Every visit starts at the login page (a fresh browser context): log in, then go to `path`. */
async function open(page: Page, path: string): Promise<void> {
  await login(page, baseURL, 'koordinator', inject('adminPassword'));
  await page.goto(`${baseURL}${path}`);
  await page.locator('main h1').first().waitFor();
}

async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-testid="save-status"]')].every((el) => {
      const state = (el as HTMLElement).dataset.state;
      return state === 'saved' || state === 'idle';
    }),
  );
}

const RANCANG_BANGUN = Array.from(
  { length: 32 },
  (_, i) =>
    `Langkah ${i + 1}: antrean layanan kesehatan dipindahkan ke pendaftaran daring sehingga warga tidak menunggu lama.`,
).join(' ');

describe('working on one device with no server sync', () => {
  it('keeps a new unit, innovation profile, session, attendees and follow-up across a reload', async () => {
    const tp = await openPage('tabletLandscape');
    const { page } = tp;

    // 1. Demo data, as the README says.
    await open(page, '/settings');
    await loadDemo(page, baseURL);

    // 2. A new unit.
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Unit' })
      .click();
    await page.getByRole('button', { name: 'Tambah unit' }).click();
    await page.getByLabel('Nama unit').fill('UPT Puskesmas Uji Coba E2E');
    await page.getByLabel('Jenis unit').selectOption({ label: 'UPT Puskesmas' });
    await page.getByRole('button', { name: 'Simpan unit' }).click();
    await page.waitForURL(/\/units\/[\w-]+$/);
    const unitUrl = page.url();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'UPT Puskesmas Uji Coba E2E',
    );

    // 3. An innovation with the whole IID profile.
    await page.getByLabel('Nama inovasi baru').fill('Antrean Daring Puskesmas');
    await page.getByRole('button', { name: 'Tambah inovasi' }).click();
    await page.waitForURL(/\/innovations\/[\w-]+$/);
    const innovationUrl = page.url();
    await page.getByLabel('Tahapan (IID)').selectOption({ label: 'Penerapan' });
    await page.getByLabel('Inisiator').selectOption({ label: 'ASN' });
    await page.getByLabel('Jenis', { exact: true }).selectOption({ label: 'Digital' });
    await page.getByLabel('Bentuk').selectOption({ label: 'Inovasi pelayanan publik' });
    await page.getByLabel('Urusan pemerintahan').selectOption({ label: 'Kesehatan' });
    await page.getByLabel('Waktu uji coba').fill('02-03-2026');
    await page.getByLabel('Waktu penerapan').fill('1/7/2026');
    await page.getByLabel('Uraian rancang bangun dan pokok perubahan').fill(RANCANG_BANGUN);
    await page.getByLabel('Tujuan inovasi').fill('Memangkas waktu tunggu pendaftaran.');
    await page.getByLabel('Manfaat yang diperoleh').fill('Warga datang sesuai jadwal.');
    await page.getByLabel('Hasil inovasi').fill('Waktu tunggu turun dari 90 menjadi 20 menit.');
    await page.getByText('Profil lengkap: siap diajukan ke IID.').waitFor();
    await waitSaved(page);

    // 4. A mentoring session with two attendees and a follow-up.
    await page.goto(unitUrl);
    await page.getByRole('button', { name: 'Sesi baru' }).first().click();
    await page.waitForURL(/\/sessions\/[\w-]+(\?new=[\w-]+)?$/);
    const sessionUrl = page.url();
    await page.getByLabel('Tempat').fill('Aula Puskesmas');
    await page.getByLabel('Temuan').fill('SK tim inovasi belum ada; foto daftar hadir kurang.');
    for (const [n, person] of [
      [
        1,
        {
          name: 'dr. Rina Marlina',
          nip: '198503122010012003',
          position: 'Kepala Puskesmas',
          role: 'Ketua tim',
        },
      ],
      [2, { name: 'Agus Salim', nip: '199001012015031002', position: 'Perawat', role: 'Anggota' }],
    ] as const) {
      await page.getByRole('button', { name: 'Tambah peserta' }).click();
      const row = page.getByRole('group', { name: `Peserta ${n}` });
      await row.getByLabel('Nama').fill(person.name);
      await row.getByLabel('NIP').fill(person.nip);
      await row.getByLabel('Jabatan').fill(person.position);
      await row.getByLabel('Peran').fill(person.role);
    }
    await page.getByLabel('Apa yang dilakukan').fill('Menyusun SK tim inovasi');
    await page.getByLabel('Penanggung jawab').fill('dr. Rina Marlina');
    await page.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
    await page.getByRole('list', { name: 'Tindak lanjut sesi ini' }).waitFor();
    await waitSaved(page);

    // 5. A full reload: everything comes back from IndexedDB.
    await page.reload();
    await page.getByLabel('Tempat').waitFor();
    await expect(page.getByLabel('Tempat').inputValue()).resolves.toBe('Aula Puskesmas');
    await expect(page.getByLabel('Temuan').inputValue()).resolves.toContain('SK tim inovasi belum ada');
    await expect(page.getByRole('group', { name: 'Peserta 2' }).getByLabel('NIP').inputValue()).resolves.toBe(
      '199001012015031002',
    );
    await expect(
      page.getByRole('group', { name: 'Peserta 1' }).getByLabel('Nama').inputValue(),
    ).resolves.toBe('dr. Rina Marlina');
    const followUps = page.getByRole('list', { name: 'Tindak lanjut sesi ini' });
    await expect(followUps.getByRole('listitem').count()).resolves.toBe(1);
    await expect(followUps.locator('input').first().inputValue()).resolves.toBe('Menyusun SK tim inovasi');
    expect(page.url()).toBe(sessionUrl);

    await page.goto(innovationUrl);
    await page.getByText('Profil lengkap: siap diajukan ke IID.').waitFor();
    await expect(page.getByLabel('Hasil inovasi').inputValue()).resolves.toContain('90 menjadi 20');
    await expect(page.getByLabel('Waktu penerapan').inputValue()).resolves.toBe('01-07-2026');

    await page.goto(`${baseURL}/follow-ups`);
    await page.getByText('Menyusun SK tim inovasi').waitFor();
  });

  it('keeps words typed a moment before the tab was reloaded', async () => {
    const tp = await openPage('tabletPortrait');
    const { page } = tp;
    await open(page, '/units');
    await page.getByRole('button', { name: 'Tambah unit' }).click();
    await page.getByLabel('Nama unit').fill('Kelurahan Uji Muat Ulang');
    await page.getByLabel('Jenis unit').selectOption({ label: 'Kelurahan' });
    await page.getByRole('button', { name: 'Simpan unit' }).click();
    await page.waitForURL(/\/units\/[\w-]+$/);
    // Typed, then reloaded at once: well inside the autosave delay.
    await page.getByLabel('Narahubung').fill('Ibu Sari Lurah');
    await page.reload();
    await page.getByLabel('Narahubung').waitFor();
    await expect(page.getByLabel('Narahubung').inputValue()).resolves.toBe('Ibu Sari Lurah');
  });
});
