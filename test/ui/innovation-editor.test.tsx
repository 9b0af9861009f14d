import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterAll, describe, expect, it } from 'vitest';
import { createInnovation } from '../../src/db/commands/innovations';
import { createRecord } from '../../src/db/mutations';
import { db } from '../../src/db/schema';
import type { InnovationFields } from '../../src/domain/innovation';
import { newUnitFields } from '../../src/domain/unit';
import { useUi } from '../../src/state/ui-store';
import { ToastHost } from '../../src/ui/components/Toast';
import { InnovationPage } from '../../src/ui/pages/InnovationPage';
import { emptyStateTitles, fieldError, textOf } from '../helpers/screen';

/** The page alone (plus the undo bar), so other screens' state never affects these tests. */
function renderPage(id: string) {
  return render(
    <>
      <InnovationPage id={id} />
      <ToastHost />
    </>,
  );
}

async function setup(partial: Partial<InnovationFields> = {}) {
  const unitId = await createRecord('units', newUnitFields({ name: 'Dinas Kesehatan', kind: 'opd' }));
  const id = await createInnovation({ unitId, name: 'SiCepat', ...partial });
  renderPage(id);
  await screen.findByLabelText('Nama inovasi');
  return { unitId, id };
}

const stored = async (id: string) => {
  const row = await db.innovations.get(id);
  if (!row) throw new Error('innovation missing');
  return row;
};

/**
 * Picks an option the way a browser does (value, then a `change` event). The library's
 * fireEvent.change turns into `input` once preact/compat is loaded, which a <select> ignores.
 */
function choose(select: HTMLElement, value: string) {
  (select as HTMLSelectElement).value = value;
  fireEvent(select, new Event('change', { bubbles: true }));
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');
const missingItems = () => within(screen.getByTestId('missing-list')).getAllByRole('listitem');

// Let Preact's after-paint timers (requestAnimationFrame fallback) run before jsdom is torn down,
// or they fire into a window without cancelAnimationFrame.
afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 100)));

describe('innovation editor', () => {
  it('autosaves a typed name and tahapan, then says saved', async () => {
    const { id } = await setup();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('SiCepat');
    expect(screen.getByTestId('unit-link').textContent).toContain('Dinas Kesehatan');
    fireEvent.input(screen.getByLabelText('Nama inovasi'), { target: { value: 'SiCepat Antrean' } });
    choose(screen.getByLabelText('Tahapan (IID)'), 'ujiCoba');
    await waitFor(() => expect(screen.getByTestId('save-status').dataset.state).toBe('saved'));
    const row = await stored(id);
    expect(row.name).toBe('SiCepat Antrean');
    expect(row.tahapan).toBe('ujiCoba');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('SiCepat Antrean');
  });

  it('counts words live and shrinks the completeness list as fields are filled', async () => {
    const { id } = await setup();
    const count = screen.getByTestId('word-count');
    expect(count.textContent).toContain('0 / 300 kata');
    const before = missingItems().length;
    expect(screen.getByTestId('missing-list').textContent).toContain('Rancang bangun: kurang 300 kata');

    fireEvent.input(screen.getByLabelText('Uraian rancang bangun dan pokok perubahan'), {
      target: { value: words(120) },
    });
    expect(screen.getByTestId('word-count').textContent).toContain('120 / 300 kata');
    expect(screen.getByTestId('word-count').dataset.state).toBe('warn');
    expect(screen.getByTestId('missing-list').textContent).toContain('Rancang bangun: kurang 180 kata');

    fireEvent.input(screen.getByLabelText('Uraian rancang bangun dan pokok perubahan'), {
      target: { value: words(300) },
    });
    expect(screen.getByTestId('word-count').textContent).toContain('300 / 300 kata');
    expect(screen.getByTestId('word-count').dataset.state).toBe('ok');
    expect(screen.getByTestId('missing-list').textContent).not.toContain('Rancang bangun');
    expect(missingItems()).toHaveLength(before - 1);

    fireEvent.input(screen.getByLabelText('Tujuan inovasi'), { target: { value: 'Antrean lebih singkat' } });
    expect(missingItems()).toHaveLength(before - 2);
    expect(screen.getByTestId('missing-list').textContent).not.toContain('Tujuan inovasi');
    await waitFor(async () => expect((await stored(id)).tujuan).toBe('Antrean lebih singkat'));
    expect((await stored(id)).rancangBangun).toBe(words(300));
  });

  it('says the profile is complete once the last missing field is filled', async () => {
    await setup({
      tahapan: 'inisiatif',
      inisiator: 'opd',
      jenis: 'digital',
      bentuk: 'pelayananPublik',
      urusan: 'Kesehatan',
      rancangBangun: words(310),
      tujuan: 'a',
      manfaat: 'b',
    });
    expect(missingItems().map((li) => li.textContent)).toEqual(['Hasil inovasi']);
    fireEvent.input(screen.getByLabelText('Hasil inovasi'), { target: { value: 'Waktu tunggu turun' } });
    expect(textOf(await screen.findByTestId('completeness-done'))).toBe(
      '✓ Profil lengkap: siap diajukan ke IID.',
    );
    expect(screen.queryByTestId('missing-list')).toBeNull();
    const bar = within(screen.getByTestId('completeness')).getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('100');
  });

  it('stores an implementation date before the trial, flags it on the field and in completeness', async () => {
    const { id } = await setup({ trialDate: '2025-05-01' });
    expect((screen.getByLabelText('Waktu uji coba') as HTMLInputElement).value).toBe('01-05-2025');
    fireEvent.input(screen.getByLabelText('Waktu penerapan'), { target: { value: '2025-04-01' } });
    await waitFor(async () => expect((await stored(id)).implementationDate).toBe('2025-04-01'));
    expect(fieldError('Waktu penerapan')).toBe(
      'Waktu penerapan (1 Apr 2025) sebelum waktu uji coba (1 Mei 2025). Tersimpan, tetapi profil belum lengkap sampai diperbaiki.',
    );
    fireEvent.input(screen.getByLabelText('Waktu penerapan'), { target: { value: '2025-06-01' } });
    await waitFor(async () => expect((await stored(id)).implementationDate).toBe('2025-06-01'));
    expect(fieldError('Waktu penerapan')).toBeNull();
  });

  it('adds and removes other urusan as chips', async () => {
    const { id } = await setup();
    choose(screen.getByLabelText('Tambah urusan lain'), 'Sosial');
    choose(screen.getByLabelText('Tambah urusan lain'), 'Statistik');
    await waitFor(async () => expect((await stored(id)).urusanLain).toEqual(['Sosial', 'Statistik']));
    fireEvent.click(screen.getByRole('button', { name: 'Hapus urusan Sosial' }));
    await waitFor(async () => expect((await stored(id)).urusanLain).toEqual(['Statistik']));
    expect(within(screen.getByTestId('urusan-lain')).queryByText('Sosial')).toBeNull();
  });

  it('adds and removes team members, with undo', async () => {
    const { id } = await setup();
    fireEvent.click(screen.getByRole('button', { name: /Tambah anggota/ }));
    fireEvent.input(await screen.findByLabelText('Nama anggota 1'), { target: { value: 'Sari' } });
    fireEvent.input(screen.getByLabelText('Peran anggota 1'), { target: { value: 'Ketua' } });
    fireEvent.click(screen.getByRole('button', { name: /Tambah anggota/ }));
    fireEvent.input(await screen.findByLabelText('Nama anggota 2'), { target: { value: 'Budi' } });
    await waitFor(async () =>
      expect((await stored(id)).team.map((m) => [m.name, m.role])).toEqual([
        ['Sari', 'Ketua'],
        ['Budi', ''],
      ]),
    );
    const [first, second] = (await stored(id)).team;
    expect(first?.id).not.toBe(second?.id);

    fireEvent.click(screen.getByRole('button', { name: 'Hapus anggota 1' }));
    await waitFor(async () => expect((await stored(id)).team.map((m) => m.name)).toEqual(['Budi']));
    expect((screen.getByLabelText('Nama anggota 1') as HTMLInputElement).value).toBe('Budi');

    fireEvent.click(within(await screen.findByTestId('toast')).getByRole('button', { name: 'Urungkan' }));
    await waitFor(async () => expect((await stored(id)).team.map((m) => m.name)).toEqual(['Sari', 'Budi']));
  });

  it('deletes with undo and goes back to the unit', async () => {
    const { id, unitId } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Hapus inovasi' }));
    await waitFor(() => expect(useUi.getState().path).toBe(`/units/${unitId}`));
    expect((await stored(id)).deleted).toBe(true);
    const toast = await screen.findByTestId('toast');
    expect(toast.textContent).toContain('Inovasi “SiCepat” dihapus.');
    fireEvent.click(within(toast).getByRole('button', { name: 'Urungkan' }));
    await waitFor(async () => expect((await stored(id)).deleted).toBe(false));
  });

  it('shows a clear empty state for a missing innovation', async () => {
    renderPage('tidak-ada');
    await waitFor(() => expect(emptyStateTitles()).toEqual(['Inovasi tidak ditemukan']));
    expect(screen.getByRole('link', { name: 'Ke daftar unit' }).getAttribute('href')).toBe('/units');
  });
});
