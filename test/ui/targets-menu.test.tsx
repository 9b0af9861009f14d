/**
 * Targets from the menu (issue 13): the coordinator reaches the targets page from the main menu;
 * a facilitator and a unit team have no such item and, on the dashboard, no "Ubah target" but
 * a way to read the target.
 */
import { screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { setTarget } from '../../src/db/commands/targets';
import { createRecord } from '../../src/db/mutations';
import { newUnitFields } from '../../src/domain/unit';
import type { PublicUser } from '../../src/protocol/protocol';
import { useSync } from '../../src/state/sync-status';
import { paths } from '../../src/ui/router';
import { COORDINATOR, setSync } from '../helpers/login';
import { renderApp } from '../helpers/render-app';

const facilitator: PublicUser = {
  ...COORDINATOR,
  id: 'u-f',
  username: 'fas',
  role: 'facilitator',
  unitIds: [],
};
const team: PublicUser = { ...COORDINATOR, id: 'u-t', username: 'tim', role: 'unit', unitIds: [] };
const THIS_YEAR = new Date().getFullYear();

afterEach(() => useSync.setState({ user: null }));

const menu = () => within(screen.getByRole('navigation', { name: 'Navigasi utama' }));
const menuNames = () =>
  menu()
    .getAllByRole('link')
    .map((a) => a.textContent);

describe('targets in the menu', () => {
  it('gives the coordinator a Target item after the dashboard, lit on the targets page', async () => {
    setSync({ user: COORDINATOR });
    renderApp(paths.targets());
    await screen.findByLabelText('Target usulan inovasi');
    expect(menuNames()).toEqual([
      'Unit',
      'Inovasi',
      'Sesi',
      'Tindak lanjut',
      'Dasbor',
      'Target',
      'Pengaturan',
      'Pengguna',
    ]);
    const link = menu().getByRole('link', { name: 'Target' });
    expect(link.getAttribute('href')).toBe('/targets');
    expect(link.getAttribute('aria-current')).toBe('page');
  });

  it('gives a facilitator and a unit team no Target item and no "Ubah target" on the dashboard', async () => {
    await createRecord('units', newUnitFields({ name: 'Dinas Kesehatan', kind: 'opd' }));
    await setTarget({ year: THIS_YEAR, proposalTarget: 40, onePerAgency: true, notes: '' });
    for (const user of [facilitator, team]) {
      setSync({ user });
      const view = renderApp(paths.dashboard());
      await waitFor(() => expect(screen.getByRole('link', { name: 'Buka halaman Target' })).toBeTruthy());
      expect(menu().queryByRole('link', { name: 'Target' })).toBeNull();
      expect(screen.queryByRole('link', { name: 'Ubah target' })).toBeNull();
      expect(screen.queryByRole('link', { name: 'Tetapkan target' })).toBeNull();
      view.unmount();
    }
  });
});
