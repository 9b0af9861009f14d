/**
 * The full session the minutes tests and screenshots print: the demo city's longest session
 * (by its notes) given eight attendees and two facilitators through the session form.
 */
import type { Page } from 'playwright-core';

export const ATTENDEES = [
  ['Dra. Hj. Sri Wahyuningsih, M.Kes.', '19780312 200501 2 004', 'Kepala Seksi Pelayanan Kesehatan Rujukan'],
  ['Muhammad Rizky Ramadhan, S.Kom.', '19900521 201503 1 002', 'Pranata Komputer Ahli Pertama'],
  ['Ns. Fitriani Handayani, S.Kep.', '19850917 200902 2 003', 'Perawat Ahli Muda'],
  ['Bambang Setiawan, S.E., M.M.', '19760105 200312 1 001', 'Kepala Subbagian Perencanaan dan Keuangan'],
  ['dr. Nurul Aini Syafitri', '19920714 201801 2 005', 'Dokter Ahli Pertama'],
  ['Yohanes Kristianto, A.Md.Kes.', '19880302 201101 1 006', 'Pranata Laboratorium Kesehatan'],
  ['Siti Maryam Lubis, S.Sos.', '', 'Kader Posyandu Kelurahan'],
  ['Hendra Gunawan Saputra, S.T.', '19830811 200801 1 007', 'Analis Kebijakan Ahli Muda'],
] as const;

/** Live sessions read straight from IndexedDB: the longest one, and one of "Dinas Kesehatan". */
export function pickSessions(p: Page) {
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
            // No named helper functions in here: tsx (the screenshot script) wraps them in a
            // `__name` call that does not exist in the page.
            const live = (sessions.result as S[])
              .filter((s) => !s.deleted)
              .map((s) => ({ s, size: s.agenda.length + s.findings.length + s.recommendations.length }))
              .sort((a, b) => b.size - a.size)
              .map((x) => x.s);
            const longest = live[0] as S;
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

export async function waitSaved(p: Page): Promise<void> {
  await p.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="save-status"]')].every(
      (el) => el.dataset.state === 'saved' || el.dataset.state === 'idle',
    ),
  );
}

/** Through the session form, as a facilitator would: eight attendees, two facilitators. */
export async function fillSession(p: Page, baseURL: string, id: string): Promise<void> {
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
