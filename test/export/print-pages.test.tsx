import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { deleteRecord, updateRecord } from '../../src/db/mutations';
import { db } from '../../src/db/schema';
import { paths } from '../../src/ui/router';
import { aFollowUp, anInnovation, aSession, aUnit } from '../helpers/builders';
import { renderApp } from '../helpers/render-app';
import { emptyStateTitles, textOf } from '../helpers/screen';

afterAll(() => new Promise((resolve) => setTimeout(resolve, 100)));

/** The value next to a label in the document's facts tables. */
function fact(doc: HTMLElement, label: string): string | null | undefined {
  const th = within(doc).getByRole('rowheader', { name: label });
  return th.closest('tr')?.querySelector('td')?.textContent;
}

/** Each numbered section of a document: its heading, and the text under it as typed. */
const sections = (doc: HTMLElement) =>
  [...doc.querySelectorAll('.doc__section')].map((section) => ({
    title: textOf(section.querySelector('h2')),
    text: [...section.children]
      .slice(1)
      .map((el) => el.textContent)
      .join('\n'),
  }));

const FINDINGS = 'SK tim inovasi belum ada;\nfoto daftar hadir kurang.';

async function seed() {
  const unitId = await aUnit('Kelurahan Sungai Jawi', {
    kind: 'kelurahan',
    parentAgency: 'Kecamatan Pontianak Kota',
    contactPerson: 'Ibu Sari',
  });
  const innovationId = await anInnovation(unitId, 'Layanan Jemput Bola', {
    tahapan: 'ujiCoba',
    jenis: 'nonDigital',
    currentStage: 'design',
  });
  const stage = (await db.stageProgress.where('innovationId').equals(innovationId).toArray()).find(
    (s) => s.stage === 'drumUp',
  );
  if (!stage) throw new Error('stage missing');
  await updateRecord('stageProgress', stage.id, {
    status: 'done',
    checklist: stage.checklist.map((c) => ({ ...c, done: true, doneDate: '2026-02-01' })),
    notes: 'Komitmen lurah ditandatangani.',
  });
  const sessionId = await aSession(unitId, '2026-03-02', {
    place: 'Aula Kelurahan',
    facilitators: ['Rahmat Hidayat', 'Dewi Lestari'],
    innovationIds: [innovationId],
    stageFocus: 'design',
    agenda: 'Membahas rancang bangun.',
    findings: FINDINGS,
    recommendations: 'Tetapkan SK tim minggu ini.',
    nextVisitDate: '2026-04-06',
    attendees: [
      { id: 'a1', name: 'Siti Aminah', nip: '198503122010012003', position: 'Lurah', role: 'Ketua tim' },
      { id: 'a2', name: 'Agus Salim', nip: '', position: 'Staf pelayanan', role: 'Anggota' },
    ],
  });
  await aFollowUp(unitId, 'Menyusun SK tim inovasi', {
    owner: 'Siti Aminah',
    dueDate: '2026-03-09',
    sessionId,
    innovationId,
  });
  const closed = await aFollowUp(unitId, 'Unggah foto kegiatan', {
    sessionId,
    status: 'done',
    doneDate: '2026-03-05',
  });
  return { unitId, innovationId, sessionId, closed };
}

describe('session minutes (notulen)', () => {
  it('prints the session: facts, attendees with a signature column, notes, follow-ups, signatures', async () => {
    const { sessionId } = await seed();
    renderApp(paths.sessionMinutes(sessionId));
    const doc = await screen.findByTestId('minutes-document');
    const d = within(doc);
    expect(d.getByRole('heading', { level: 1 }).textContent).toBe('Notulen sesi pendampingan inovasi');
    // Without a clinic identity, the unit's parent agency heads the letter, above the title.
    expect(textOf(d.getByRole('heading', { level: 1 }).previousElementSibling?.lastElementChild)).toBe(
      'Kecamatan Pontianak Kota',
    );
    // The name already says "Kelurahan": the kind is not repeated after it.
    expect(fact(doc, 'Unit kerja')).toBe('Kelurahan Sungai Jawi');
    expect(fact(doc, 'Hari, tanggal')).toBe('Senin, 2 Maret 2026');
    expect(fact(doc, 'Tempat')).toBe('Aula Kelurahan');
    expect(fact(doc, 'Fasilitator')).toBe('Rahmat Hidayat; Dewi Lestari');
    expect(fact(doc, 'Inovasi yang dibahas')).toBe('Layanan Jemput Bola');
    expect(fact(doc, 'Fokus tahap 5D')).toBe('Design');

    const [attendance, followUps] = d.getAllByRole('table').filter((t) => t.classList.contains('doc__table'));
    if (!attendance || !followUps) throw new Error('tables missing');
    const headers = within(attendance)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['No.', 'Nama', 'NIP', 'Jabatan', 'Peran', 'Tanda tangan']);
    const rows = within(attendance).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[1]?.textContent)).toEqual([
      'Siti Aminah',
      'Agus Salim',
    ]);
    expect(rows.map((r) => within(r).getAllByRole('cell')[2]?.textContent)).toEqual([
      '198503122010012003',
      '',
    ]);

    const [, agenda, findings, recommendations, , nextVisit] = sections(doc);
    expect(agenda).toEqual({ title: '2. Agenda', text: 'Membahas rancang bangun.' });
    expect(findings?.text).toBe(FINDINGS); // line breaks kept
    expect(recommendations?.text).toBe('Tetapkan SK tim minggu ini.');
    const fuRows = within(followUps).getAllByRole('row').slice(1);
    expect(fuRows).toHaveLength(2);
    expect(fuRows[0]?.textContent).toContain('Menyusun SK tim inovasi');
    expect(fuRows[0]?.textContent).toContain('Siti Aminah');
    expect(fuRows[0]?.textContent).toContain('9 Mar 2026');
    expect(fuRows[1]?.textContent).toContain('Selesai 5 Mar 2026');
    expect(nextVisit?.text).toBe('Senin, 6 April 2026');
    // One block per facilitator, and one for the unit head.
    expect(d.getAllByText('Fasilitator', { selector: '.doc__sign-role' })).toHaveLength(2);
    const unitHead = doc.querySelector('.doc__sign-col');
    expect([...(unitHead?.querySelectorAll('.doc__sign-role') ?? [])].map(textOf)).toEqual([
      'Mengetahui,',
      'Pimpinan Kelurahan Sungai Jawi',
    ]);
    expect(d.getAllByText(/^Rahmat Hidayat$|^Dewi Lestari$/, { selector: '.doc__sign-name' })).toHaveLength(
      2,
    );
  });

  it('prints through the browser, offers blank rows when nobody was listed, and links back', async () => {
    const { sessionId } = await seed();
    await updateRecord('mentoringSessions', sessionId, {
      attendees: [],
      facilitators: ['Rahmat Hidayat', 'rahmat hidayat ', ''],
    });
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderApp(paths.sessionMinutes(sessionId));
    await screen.findByText('Belum ada peserta tercatat: isi daftar hadir ini dengan tangan.');
    expect(document.querySelectorAll('.doc__blank')).toHaveLength(8);
    // The same facilitator typed twice is listed and signs once.
    expect(fact(screen.getByTestId('minutes-document'), 'Fasilitator')).toBe('Rahmat Hidayat');
    expect(screen.getAllByText('Fasilitator', { selector: '.doc__sign-role' })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Cetak / Simpan PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Cetak / Simpan PDF' }).closest('.no-print')).not.toBeNull();
    expect(screen.getByRole('link', { name: '← Kembali ke sesi' }).getAttribute('href')).toBe(
      paths.session(sessionId),
    );
    print.mockRestore();
  });

  it('is reached from the session page and says so when the session is gone', async () => {
    const { sessionId } = await seed();
    renderApp(paths.session(sessionId));
    const link = await screen.findByRole('link', { name: 'Cetak notulen' });
    expect(link.getAttribute('href')).toBe(paths.sessionMinutes(sessionId));
    await deleteRecord('mentoringSessions', sessionId);
    renderApp(paths.sessionMinutes(sessionId));
    await waitFor(() => expect(emptyStateTitles()).toEqual(['Sesi tidak ditemukan']));
  });
});

describe('unit progress report', () => {
  it('shows the unit, each innovation with IID profile, completeness and 5D stages, and open follow-ups', async () => {
    const { unitId, closed } = await seed();
    renderApp(paths.unitReport(unitId));
    const doc = await screen.findByTestId('report-document');
    const d = within(doc);
    expect(d.getByRole('heading', { level: 1 }).textContent).toBe('Laporan kemajuan inovasi unit kerja');
    expect(fact(doc, 'Jenis dan kelompok')).toBe('Kelurahan · Kelompok 2');
    expect(fact(doc, 'Narahubung')).toBe('Ibu Sari');
    expect(fact(doc, 'Sesi pendampingan')).toBe('1 sesi, terakhir 2 Mar 2026');
    expect(d.getAllByRole('heading', { level: 2 }).map(textOf)[0]).toBe('1. Layanan Jemput Bola');
    expect(fact(doc, 'Tahapan (IID)')).toBe('Uji coba');
    expect(fact(doc, 'Tahap 5D saat ini')).toBe('Design');
    const completeness = within(doc).getByRole('rowheader', { name: 'Kelengkapan profil IID' }).closest('tr');
    const [score, missing] = [...(completeness?.querySelector('td')?.childNodes ?? [])].map(textOf);
    expect(score).toMatch(/^\d+ dari \d+ isian \(\d+%\)$/);
    expect(missing).toMatch(/^Masih kurang: .*Waktu uji coba/);

    const [stages, followUps] = d.getAllByRole('table').filter((t) => t.classList.contains('doc__table'));
    if (!stages || !followUps) throw new Error('tables missing');
    const stageRows = within(stages).getAllByRole('row').slice(1);
    expect(stageRows.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual([
      'Drum up',
      'Diagnose',
      'Design',
      'Deliver',
      'Display',
    ]);
    expect(stageRows[0]?.textContent).toContain('Selesai');
    expect(stageRows[0]?.textContent).toContain('3/3');
    expect(stageRows[0]?.textContent).toContain('Komitmen lurah ditandatangani.');
    expect(stageRows[2]?.classList.contains('doc__current')).toBe(true);

    const fuRows = within(followUps).getAllByRole('row').slice(1);
    expect(fuRows).toHaveLength(1);
    expect(fuRows[0]?.textContent).toContain('Menyusun SK tim inovasi');
    expect(fuRows[0]?.textContent).toContain('Layanan Jemput Bola');
    expect(fuRows[0]?.textContent).toContain('Terlambat');
    expect(doc.textContent).not.toContain('Unggah foto kegiatan');
    expect((await db.actionItems.get(closed))?.status).toBe('done'); // closed, so not listed
  });

  it('is reached from the unit page, and says what to do when the unit has no innovations', async () => {
    const unitId = await aUnit('Dinas Baru');
    renderApp(paths.unit(unitId));
    const link = await screen.findByRole('link', { name: 'Laporan kemajuan' });
    expect(link.getAttribute('href')).toBe(paths.unitReport(unitId));
    renderApp(paths.unitReport(unitId));
    const doc = await screen.findByTestId('report-document');
    expect([...doc.querySelectorAll('.doc__empty')].map(textOf)).toEqual([
      'Unit ini belum punya inovasi. Tambahkan inovasi di halaman unit.',
      'Tidak ada tindak lanjut terbuka.',
    ]);
    await deleteRecord('units', unitId);
    await waitFor(() => expect(emptyStateTitles()).toEqual(['Unit tidak ditemukan']));
  });
});
