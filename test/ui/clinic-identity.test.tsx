/**
 * The clinic's identity in Settings (issue 13): the coordinator types it in with autosave (the
 * first edit creates the one row), removes the logo; a facilitator and a unit team see it
 * read-only, without logo controls. The logo's downscaling picks a size and type that fits.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { editClinicIdentity } from '../../src/db/commands/clinic-identity';
import { db } from '../../src/db/schema';
import { CLINIC_IDENTITY_ID, MAX_LOGO_CHARS } from '../../src/domain/clinic-identity-record';
import { DEMO_LOGO } from '../../src/domain/demo/logo';
import type { PublicUser } from '../../src/protocol/protocol';
import { useSync } from '../../src/state/sync-status';
import { fitWithin, smallestLogo } from '../../src/ui/components/settings/logo-image';
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
const team: PublicUser = { ...COORDINATOR, id: 'u-t', username: 'tim', role: 'unit', unitIds: ['x'] };

afterEach(() => useSync.setState({ user: null }));

const section = async () => within(await screen.findByTestId('clinic-identity'));
const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });

describe('clinic identity in settings', () => {
  it('creates the one row on the coordinator’s first edit and autosaves the rest', async () => {
    setSync({ user: COORDINATOR });
    renderApp(paths.settings());
    const s = await section();
    expect(s.getByText('Belum ada logo.')).toBeTruthy();
    type(s.getByLabelText('Nama daerah'), 'Kota Pontianak');
    await waitFor(async () =>
      expect(await db.clinicIdentities.get(CLINIC_IDENTITY_ID)).toMatchObject({
        regionName: 'Kota Pontianak',
        clinicName: '',
        logo: '',
      }),
    );
    expect(s.getByTestId('signing-line').textContent).toMatch(
      /^Baris tempat dan tanggal: Pontianak, \d+ \w+ \d{4}$/,
    );
    type(s.getByLabelText('Nama klinik'), 'Klinik Inovasi Kota Pontianak');
    type(s.getByLabelText('Instansi koordinator'), 'Bapperida Kota Pontianak');
    await waitFor(async () =>
      expect(await db.clinicIdentities.get(CLINIC_IDENTITY_ID)).toMatchObject({
        clinicName: 'Klinik Inovasi Kota Pontianak',
        agencyName: 'Bapperida Kota Pontianak',
      }),
    );
    expect(await db.clinicIdentities.count()).toBe(1);
    const entries = await db.outbox.toArray();
    expect(entries.map((e) => [e.table, e.recordId, e.op])).toEqual([
      ['clinicIdentities', CLINIC_IDENTITY_ID, 'create'],
      ...entries.slice(1).map(() => ['clinicIdentities', CLINIC_IDENTITY_ID, 'patch']),
    ]);
  });

  it('shows the logo with "Hapus logo", which clears it', async () => {
    await editClinicIdentity({ regionName: 'Kota Pontianak', logo: DEMO_LOGO });
    setSync({ user: COORDINATOR });
    renderApp(paths.settings());
    const s = await section();
    expect((await s.findByTestId('logo-preview')).getAttribute('src')).toBe(DEMO_LOGO);
    expect(s.getByText('Ganti logo')).toBeTruthy();
    fireEvent.click(s.getByRole('button', { name: 'Hapus logo' }));
    await waitFor(async () => expect((await db.clinicIdentities.get(CLINIC_IDENTITY_ID))?.logo).toBe(''));
    await waitFor(() => expect(s.queryByTestId('logo-preview')).toBeNull());
    expect(s.getByText('Pilih logo')).toBeTruthy();
  });

  it('is read-only to a facilitator and a unit team: no logo controls, a notice naming the coordinator', async () => {
    await editClinicIdentity({ regionName: 'Kota Pontianak', clinicName: 'Klinik Inovasi', logo: DEMO_LOGO });
    for (const user of [facilitator, team]) {
      setSync({ user });
      const view = renderApp(paths.settings());
      const s = await section();
      const region = (await s.findByLabelText('Nama daerah')) as HTMLInputElement;
      expect(region.value).toBe('Kota Pontianak');
      expect(region.readOnly).toBe(true);
      expect(s.getByTestId('readonly-notice').textContent).toContain(
        'Hanya koordinator yang dapat mengubah identitas klinik.',
      );
      expect(s.getByTestId('logo-preview')).toBeTruthy();
      expect(s.queryByTestId('logo-file')).toBeNull();
      expect(s.queryByRole('button', { name: 'Hapus logo' })).toBeNull();
      type(region, 'Kota Lain');
      view.unmount();
    }
    expect((await db.clinicIdentities.get(CLINIC_IDENTITY_ID))?.regionName).toBe('Kota Pontianak');
  });

  it('says the identity is not set yet to a facilitator when the coordinator has not filled it', async () => {
    setSync({ user: facilitator });
    renderApp(paths.settings());
    const s = await section();
    expect(await s.findByText('Identitas klinik belum diisi oleh koordinator.')).toBeTruthy();
    expect(s.queryByLabelText('Nama daerah')).toBeNull();
  });
});

describe('logo downscaling', () => {
  it('fits any picture inside the longest side, keeping its ratio, never enlarging', () => {
    expect(fitWithin(4000, 3000, 256)).toEqual({ width: 256, height: 192 });
    expect(fitWithin(300, 1200, 256)).toEqual({ width: 64, height: 256 });
    expect(fitWithin(100, 50, 256)).toEqual({ width: 100, height: 50 });
  });

  it('keeps a PNG that fits, falls back to JPEG for a photo, then to a smaller size', () => {
    const b64 = (n: number) => 'A'.repeat(n);
    const small = smallestLogo((side, type) => `data:${type};base64,${b64(side)}`);
    expect(small).toBe(`data:image/png;base64,${b64(256)}`);
    const photo = smallestLogo((side, type, q) =>
      type === 'image/png'
        ? `data:image/png;base64,${b64(MAX_LOGO_CHARS)}`
        : `data:image/jpeg;base64,${b64(side * 100 * (q ?? 1))}`,
    );
    expect(photo.startsWith('data:image/jpeg;base64,')).toBe(true);
    expect(photo.length).toBeLessThanOrEqual(MAX_LOGO_CHARS);
    const huge = smallestLogo((side, type) => `data:${type};base64,${b64(side * 300)}`);
    expect(huge.length).toBeLessThanOrEqual(MAX_LOGO_CHARS);
    expect(huge.length).toBeGreaterThan(0);
    // A browser without PNG/JPEG encoding answers "data:," for every call: nothing to store.
    expect(smallestLogo(() => 'data:,')).toBe('');
  });
});
