import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createRecord } from '../../src/db/mutations';
import { db } from '../../src/db/schema';
import { DEMO_UNITS } from '../../src/domain/demo';
import { newUnitFields } from '../../src/domain/unit';
import { useUi } from '../../src/state/ui-store';
import { renderApp } from '../helpers/render-app';
import { descriptionOf, pageTitle, textOf } from '../helpers/screen';

/** The storage section's counts: records kept, changes waiting. */
const storageStats = () => [...document.querySelectorAll('.settings-stats li')].map(textOf);

const DEMO_UNIT_COUNT = DEMO_UNITS.length;

describe('settings screen', () => {
  it('switches the language when another one is chosen', async () => {
    renderApp('/settings');
    await waitFor(() => expect(pageTitle()).toBe('Pengaturan'));
    const indonesian = screen.getByRole('radio', { name: 'Bahasa Indonesia' }) as HTMLInputElement;
    expect(indonesian.checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    await waitFor(() => expect(pageTitle()).toBe('Settings'));
    expect(textOf(screen.getByTestId('load-demo'))).toBe('Load demo data');
    expect(useUi.getState().lang).toBe('en');
    expect((screen.getByRole('radio', { name: 'English' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Bahasa Indonesia' }));
    await waitFor(() => expect(pageTitle()).toBe('Pengaturan'));
  });

  it('remembers my name for new sessions', async () => {
    renderApp('/settings');
    const field = await screen.findByLabelText('Nama saya');
    fireEvent.input(field, { target: { value: 'Siti Nurhaliza' } });
    expect(useUi.getState().myName).toBe('Siti Nurhaliza');
    expect(localStorage.getItem('klinik-inovasi.prefs')).toContain('Siti Nurhaliza');
    expect(descriptionOf(field)).toMatch(/fasilitator pada setiap sesi pendampingan baru/);
  });

  it('loads the demo data on an empty device and reports the counts', async () => {
    renderApp('/settings');
    await waitFor(() =>
      expect(storageStats()).toEqual(['0 catatan tersimpan', '0 perubahan menunggu sinkronisasi']),
    );
    const button = screen.getByTestId('load-demo');
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    const result = await screen.findByTestId('demo-result');
    const units = await db.units.count();
    const innovations = await db.innovations.count();
    expect(units).toBe(DEMO_UNIT_COUNT);
    expect(result.textContent).toContain(`${units} unit, ${innovations} inovasi`);
    expect(result.textContent).toContain(`${await db.mentoringSessions.count()} sesi pendampingan`);
    expect(result.textContent).toContain(`${await db.actionItems.count()} tindak lanjut`);
    const pending = await db.outbox.count();
    await waitFor(() => expect(storageStats()[1]).toBe(`${pending} perubahan menunggu sinkronisasi`));
    fireEvent.click(screen.getByRole('link', { name: 'Lihat daftar unit' }));
    expect(useUi.getState().path).toBe('/units');
  });

  it('asks before adding demo data to a device that already has units', async () => {
    await createRecord('units', newUnitFields({ name: 'Dinas Sosial', kind: 'opd' }));
    renderApp('/settings');
    const button = await screen.findByTestId('load-demo');
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    expect(textOf(await screen.findByTestId('demo-confirm'))).toMatch(/^Perangkat ini sudah berisi 1 unit\./);
    fireEvent.click(screen.getByRole('button', { name: 'Batal' }));
    expect(textOf(await screen.findByTestId('load-demo'))).toBe('Muat data demo');
    expect(await db.units.count()).toBe(1);

    fireEvent.click(screen.getByTestId('load-demo'));
    fireEvent.click(await screen.findByRole('button', { name: 'Ya, tambahkan data demo' }));
    expect(textOf(await screen.findByTestId('demo-result'))).toContain(`${DEMO_UNIT_COUNT} unit`);
    expect(await db.units.count()).toBe(1 + DEMO_UNIT_COUNT);
  });

  it('shows a translated error and writes nothing when loading fails', async () => {
    const fail = (() => {
      throw new Error('disk full');
    }) as () => void;
    db.outbox.hook('creating', fail);
    try {
      renderApp('/settings');
      const button = await screen.findByTestId('load-demo');
      await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
      fireEvent.click(button);
      expect((await screen.findByRole('alert')).textContent).toContain('Data demo gagal dimuat');
    } finally {
      db.outbox.hook('creating').unsubscribe(fail);
    }
    expect(await db.units.count()).toBe(0);
    expect(await db.innovations.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(screen.queryByTestId('demo-result')).toBeNull();
  });
});
