import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createInnovation } from '../../src/db/commands/innovations';
import { createRecord, deleteRecord } from '../../src/db/mutations';
import { db, KlinikDb } from '../../src/db/schema';
import { newUnitFields, type UnitKind } from '../../src/domain/unit';
import { renderApp } from '../helpers/render-app';
import { emptyStateTitles, fieldError, textOf } from '../helpers/screen';

const THIS_YEAR = new Date().getFullYear();

const unit = (name: string, kind: UnitKind = 'opd') => createRecord('units', newUnitFields({ name, kind }));

/** Picks an option as a browser does (fireEvent.change becomes `input` under preact/compat). */
const choose = (el: HTMLElement, value: string) => {
  (el as HTMLSelectElement).value = value;
  fireEvent(el, new Event('change', { bubbles: true }));
};

async function savedTarget() {
  return (await db.targets.toArray()).filter((t) => t.year === THIS_YEAR);
}

describe('targets screen', () => {
  it('shows an empty state with next steps when there are no units', async () => {
    renderApp('/targets');
    await waitFor(() => expect(emptyStateTitles()).toEqual(['Belum ada unit']));
    expect(screen.getByRole('link', { name: 'Buka Pengaturan' }).getAttribute('href')).toBe('/settings');
    const years = within(screen.getByLabelText('Tahun')).getAllByRole('option');
    expect(years.map((o) => o.textContent)).toEqual([-2, -1, 0, 1, 2].map((d) => String(THIS_YEAR + d)));
    expect((screen.getByLabelText('Tahun') as HTMLSelectElement).value).toBe(String(THIS_YEAR));
  });

  it('creates the year’s target on the first edit and autosaves later edits', async () => {
    renderApp('/targets');
    const field = await screen.findByLabelText('Target usulan inovasi');
    expect(textOf(screen.getByText(/^Belum ada target untuk tahun/))).toBe(
      `Belum ada target untuk tahun ${THIS_YEAR}. Ubah isian di bawah; target tersimpan otomatis.`,
    );
    fireEvent.input(field, { target: { value: '50' } });
    await waitFor(async () =>
      expect(await savedTarget()).toEqual([
        expect.objectContaining({ year: THIS_YEAR, proposalTarget: 50, onePerAgency: false, notes: '' }),
      ]),
    );
    await waitFor(() => expect(screen.queryByText(/Belum ada target untuk tahun/)).toBeNull());
    fireEvent.input(screen.getByLabelText('Target usulan inovasi'), { target: { value: '120' } });
    fireEvent.input(screen.getByLabelText('Catatan'), { target: { value: 'Disepakati rapat koordinasi' } });
    await waitFor(() => expect(screen.getByTestId('save-status').dataset.state).toBe('saved'));
    await waitFor(async () =>
      expect(await savedTarget()).toEqual([
        expect.objectContaining({ proposalTarget: 120, notes: 'Disepakati rapat koordinasi' }),
      ]),
    );
  });

  it('opens a year with no target empty and unticked, says it is not set, and sets it only with a number', async () => {
    // Found: the form opened with 100 typed in and the box ticked while saying "belum ditetapkan".
    await unit('Dinas Kesehatan');
    renderApp('/targets');
    const field = (await screen.findByLabelText('Target usulan inovasi')) as HTMLInputElement;
    const box = screen.getByLabelText(/1 instansi 1 inovasi/) as HTMLInputElement;
    expect(field.value).toBe('');
    expect(box.checked).toBe(false);
    await waitFor(() => expect(screen.getByText(/target belum ditetapkan/)).toBeTruthy());
    fireEvent.click(box);
    fireEvent.input(screen.getByLabelText('Catatan'), { target: { value: 'Rapat Januari' } });
    fireEvent.input(field, { target: { value: '' } });
    expect(fieldError('Target usulan inovasi')).toBeNull();
    await new Promise((r) => setTimeout(r, 50));
    expect(await db.targets.count()).toBe(0);
    fireEvent.input(field, { target: { value: '80' } });
    await waitFor(async () =>
      expect(await savedTarget()).toEqual([
        expect.objectContaining({ proposalTarget: 80, onePerAgency: true, notes: 'Rapat Januari' }),
      ]),
    );
  });

  it('refuses a negative or fractional target with a message and stores nothing', async () => {
    renderApp('/targets');
    const field = await screen.findByLabelText('Target usulan inovasi');
    fireEvent.input(field, { target: { value: '-3' } });
    await waitFor(() => expect(fieldError('Target usulan inovasi')).toBe('Angka tidak valid.'));
    expect(screen.getByTestId('save-status').dataset.state).toBe('invalid');
    fireEvent.input(field, { target: { value: '2.5' } });
    await waitFor(() => expect(fieldError('Target usulan inovasi')).toBe('Angka tidak valid.'));
    expect((field as HTMLInputElement).value).toBe('2.5');
    expect(await db.targets.count()).toBe(0);
    fireEvent.input(field, { target: { value: '30' } });
    await waitFor(() => expect(screen.queryByText('Angka tidak valid.')).toBeNull());
    await waitFor(async () => expect((await savedTarget())[0]?.proposalTarget).toBe(30));
  });

  it('counts this year’s innovations against the target and lists units without one', async () => {
    const a = await unit('Dinas Kesehatan');
    const b = await unit('Kecamatan Sukamaju Utara', 'kecamatan');
    const c = await unit('Bapperida');
    const gone = await unit('Dinas Lama');
    await createInnovation({ unitId: a, name: 'SI-ANTRE' });
    await createInnovation({ unitId: a, name: 'Posyandu Remaja' });
    const deletedOne = await createInnovation({ unitId: c, name: 'Dihapus' });
    await deleteRecord('innovations', deletedOne);
    await deleteRecord('units', gone);
    // Made last year: the same database, opened with a clock set then.
    const lastYear = new KlinikDb(db.name, { clock: () => new Date(THIS_YEAR - 1, 5, 1, 12) });
    await createInnovation({ unitId: b, name: 'PATEN Keliling' }, lastYear);
    lastYear.close();
    await createRecord('targets', { year: THIS_YEAR, proposalTarget: 10, onePerAgency: true, notes: '' });

    renderApp('/targets');
    const progress = await screen.findByTestId('target-progress');
    expect(progress.textContent).toContain('2 dari 10 usulan inovasi');
    expect(within(progress).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('20');
    const list = screen.getByRole('list', { name: 'Daftar unit tanpa inovasi' });
    const links = within(list).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([['Bapperida', `/units/${c}`]]);
    expect(textOf(list.previousElementSibling)).toBe('1 dari 3 unit belum memiliki inovasi.');

    await createInnovation({ unitId: c, name: 'Bank Ide Inovasi Warga' });
    await waitFor(() =>
      expect(textOf(within(screen.getByTestId('units-without-innovation')).getByRole('status'))).toBe(
        'Semua unit sudah memiliki minimal satu inovasi.',
      ),
    );
    await waitFor(() =>
      expect(screen.getByTestId('target-progress').textContent).toContain('3 dari 10 usulan inovasi'),
    );

    choose(screen.getByLabelText('Tahun'), String(THIS_YEAR - 1));
    await waitFor(() =>
      expect(textOf(screen.getByTestId('target-progress'))).toContain(
        `1 inovasi dibuat pada tahun ${THIS_YEAR - 1}; target belum ditetapkan.`,
      ),
    );
    expect(screen.getAllByRole('heading', { level: 2 }).map(textOf)).toContain(
      `Target tahun ${THIS_YEAR - 1}`,
    );
  });

  it('hides the list of units without innovation when the rule is switched off', async () => {
    await unit('Dinas Perpustakaan dan Kearsipan');
    await createRecord('targets', { year: THIS_YEAR, proposalTarget: 5, onePerAgency: true, notes: '' });
    renderApp('/targets');
    const bare = await screen.findByTestId('units-without-innovation');
    await waitFor(() =>
      expect(within(bare).getAllByRole('link').map(textOf)).toEqual(['Dinas Perpustakaan dan Kearsipan']),
    );
    fireEvent.click(screen.getByLabelText(/1 instansi 1 inovasi/));
    await waitFor(async () => expect((await savedTarget())[0]?.onePerAgency).toBe(false));
    await waitFor(() => expect(screen.queryByTestId('units-without-innovation')).toBeNull());
  });
});
