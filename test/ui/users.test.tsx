import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/schema';
import { getSession } from '../../src/db/session-store';
import type { PublicUser } from '../../src/protocol/protocol';
import { useSync } from '../../src/state/sync-status';
import { aUnit } from '../helpers/builders';
import { choose } from '../helpers/events';
import { COORDINATOR as KOORD, loggedInAs } from '../helpers/login';
import { renderApp } from '../helpers/render-app';
import { emptyStateBody, emptyStateTitles, fieldError, textOf } from '../helpers/screen';

interface Call {
  method: string;
  url: string;
  body: unknown;
  auth: string | null;
}

/** An in-memory /api/users: enough of the server's contract to drive the page. */
function stubUsersServer(
  initial: PublicUser[],
  override?: (call: Call) => Response | Promise<Response> | undefined,
) {
  let users = initial.map((u) => ({ ...u }));
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      const call: Call = {
        method: init?.method ?? 'GET',
        url: String(input),
        body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
        auth: headers.get('authorization'),
      };
      calls.push(call);
      const special = override?.(call);
      if (special) return special;
      const id = /\/api\/users\/(.+)$/.exec(call.url)?.[1];
      if (call.method === 'GET') return Response.json({ users });
      if (call.method === 'POST') {
        const b = call.body as PublicUser & { password: string };
        const user = {
          id: `u-${b.username}`,
          username: b.username,
          role: b.role,
          unitIds: b.unitIds,
          active: true,
        };
        users = [...users, user];
        return Response.json({ id: user.id }, { status: 201 });
      }
      const found = users.find((u) => u.id === id);
      if (!found) return Response.json({ error: 'not-found', message: '' }, { status: 404 });
      const { password: _ignored, ...patch } =
        call.method === 'DELETE'
          ? { active: false }
          : (call.body as Partial<PublicUser> & { password?: string });
      Object.assign(found, patch);
      return Response.json({ user: found });
    }),
  );
  return calls;
}

const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });
const row = async (username: string) => within(await screen.findByTestId(`user-${username}`));
/** A user row as read: its badges (you, active) and the role with its units. */
async function summary(username: string) {
  const li = await screen.findByTestId(`user-${username}`);
  return {
    badges: [...li.querySelectorAll('.list__title .badge')].map(textOf),
    access: textOf(li.querySelector('.user-row__summary .muted')),
  };
}

let sosial = '';
let kesehatan = '';

beforeEach(async () => {
  sosial = await aUnit('Dinas Sosial');
  kesehatan = await aUnit('Puskesmas Sukamaju', { kind: 'uptPuskesmas' });
  await loggedInAs(KOORD, 'tok-k');
});
afterEach(() => vi.unstubAllGlobals());

describe('users page', () => {
  it('lists accounts with roles, unit names and status', async () => {
    const calls = stubUsersServer([
      KOORD,
      { id: 'u-siti', username: 'siti', role: 'facilitator', unitIds: [sosial, kesehatan], active: true },
      { id: 'u-lama', username: 'lama', role: 'unit', unitIds: [sosial, 'elsewhere'], active: false },
    ]);
    renderApp('/users');
    expect(await summary('siti')).toEqual({
      badges: ['Aktif'],
      access: 'Fasilitator · Dinas Sosial, Puskesmas Sukamaju',
    });
    expect(await summary('lama')).toEqual({
      badges: ['Nonaktif'],
      access: 'Tim unit · Dinas Sosial, +1 unit lain',
    });
    expect(await summary('koordinator')).toEqual({
      badges: ['Anda', 'Aktif'],
      access: 'Koordinator · Semua unit',
    });
    const me = await row('koordinator');
    expect(me.queryByRole('button', { name: 'Nonaktifkan' })).toBeNull();
    // Inactive accounts come last.
    const order = screen.getAllByTestId(/^user-/).map((el) => el.dataset.testid);
    expect(order).toEqual(['user-koordinator', 'user-siti', 'user-lama']);
    expect(calls[0]).toMatchObject({ method: 'GET', url: '/api/users', auth: 'Bearer tok-k' });
  });

  it('creates an account after checking the form', async () => {
    const calls = stubUsersServer([KOORD]);
    renderApp('/users');
    expect(textOf(await screen.findByText(/Belum ada akun lain/))).toBe(
      'Belum ada akun lain. Tambahkan akun untuk fasilitator dan tim unit dengan tombol “Tambah akun”.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tambah akun' }));
    const form = within(screen.getByTestId('new-user-form'));
    fireEvent.click(form.getByRole('button', { name: 'Buat akun' }));
    expect(fieldError('Nama pengguna', form)).toMatch(/^Nama pengguna 3–40 karakter/);
    expect(fieldError('Kata sandi', form)).toBe('Kata sandi paling sedikit 8 karakter.');
    expect(textOf(within(form.getByRole('group')).getByRole('alert'))).toBe(
      'Pilih paling sedikit satu unit untuk peran ini.',
    );
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    type(form.getByLabelText('Nama pengguna'), ' Budi.S ');
    type(form.getByLabelText('Kata sandi'), 'rahasia123');
    choose(form.getByLabelText('Peran'), 'unit');
    fireEvent.click(form.getByLabelText('Puskesmas Sukamaju'));
    // Full name and NIP are optional, but checked like the server does.
    type(form.getByLabelText('NIP'), '1985 0101');
    type(form.getByLabelText('Nama lengkap'), '\u200B');
    fireEvent.click(form.getByRole('button', { name: 'Buat akun' }));
    expect(fieldError('NIP', form)).toBe('NIP terdiri dari 18 angka. Kosongkan bila tidak ada.');
    expect(fieldError('Nama lengkap', form)).toMatch(/^Nama lengkap paling banyak 120 karakter/);
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    type(form.getByLabelText('NIP'), '19850101 201001 1 001');
    type(form.getByLabelText('Nama lengkap'), ' Budi  Santoso ');
    fireEvent.click(form.getByRole('button', { name: 'Buat akun' }));

    await row('budi.s');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      username: 'budi.s',
      password: 'rahasia123',
      role: 'unit',
      unitIds: [kesehatan],
      fullName: 'Budi Santoso',
      nip: '198501012010011001',
    });
    expect(screen.getByTestId('toast').textContent).toContain('Akun budi.s dibuat.');
    expect(screen.queryByTestId('new-user-form')).toBeNull();
  });

  it('creates a coordinator without units', async () => {
    const calls = stubUsersServer([KOORD]);
    renderApp('/users');
    fireEvent.click(await screen.findByRole('button', { name: 'Tambah akun' }));
    const form = within(screen.getByTestId('new-user-form'));
    type(form.getByLabelText('Nama pengguna'), 'wakil');
    type(form.getByLabelText('Kata sandi'), 'rahasia123');
    choose(form.getByLabelText('Peran'), 'coordinator');
    // No unit picker for a coordinator: a note in its place.
    expect(form.queryByRole('group')).toBeNull();
    expect(textOf(form.getByLabelText('Peran').closest('.field')?.nextElementSibling)).toBe(
      'Koordinator melihat semua unit.',
    );
    fireEvent.click(form.getByRole('button', { name: 'Buat akun' }));
    await row('wakil');
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ role: 'coordinator', unitIds: [] });
  });

  it.each([
    [409, 'conflict', 'Nama pengguna itu sudah dipakai. Pilih nama lain.'],
    [400, 'bad-request', 'Server menolak isian ini.'],
    [403, 'forbidden', 'Hanya koordinator yang boleh mengelola akun.'],
  ])('translates a %i %s answer to a create', async (status, error, message) => {
    stubUsersServer([KOORD], (c) =>
      c.method === 'POST' ? Response.json({ error, message: 'x' }, { status }) : undefined,
    );
    renderApp('/users');
    fireEvent.click(await screen.findByRole('button', { name: 'Tambah akun' }));
    const form = within(screen.getByTestId('new-user-form'));
    type(form.getByLabelText('Nama pengguna'), 'siti');
    type(form.getByLabelText('Kata sandi'), 'rahasia123');
    fireEvent.click(form.getByLabelText('Dinas Sosial'));
    fireEvent.click(form.getByRole('button', { name: 'Buat akun' }));
    expect((await screen.findByTestId('users-form-error')).textContent).toContain(message);
  });

  it('edits role and units inline', async () => {
    const calls = stubUsersServer([
      KOORD,
      { id: 'u-siti', username: 'siti', role: 'facilitator', unitIds: [sosial], active: true },
    ]);
    renderApp('/users');
    const siti = await row('siti');
    fireEvent.click(siti.getByRole('button', { name: 'Ubah akun' }));
    expect((siti.getByLabelText('Dinas Sosial') as HTMLInputElement).checked).toBe(true);
    choose(siti.getByLabelText('Peran'), 'unit');
    fireEvent.click(siti.getByLabelText('Dinas Sosial'));
    fireEvent.click(siti.getByRole('button', { name: 'Simpan' }));
    expect(textOf(within(siti.getByRole('group')).getByRole('alert'))).toBe(
      'Pilih paling sedikit satu unit untuk peran ini.',
    );
    fireEvent.click(siti.getByLabelText('Puskesmas Sukamaju'));
    fireEvent.click(siti.getByRole('button', { name: 'Simpan' }));
    await waitFor(async () => expect((await summary('siti')).access).toBe('Tim unit · Puskesmas Sukamaju'));
    const patches = calls.filter((c) => c.method === 'PATCH');
    expect(patches).toEqual([
      {
        method: 'PATCH',
        url: '/api/users/u-siti',
        body: { fullName: '', nip: '', role: 'unit', unitIds: [kesehatan] },
        auth: 'Bearer tok-k',
      },
    ]);
  });

  it('says why a change that would leave no active coordinator was refused', async () => {
    stubUsersServer(
      [KOORD, { id: 'u-wakil', username: 'wakil', role: 'coordinator', unitIds: [], active: true }],
      (c) =>
        c.method === 'PATCH'
          ? Response.json({ error: 'last-coordinator', message: 'x' }, { status: 409 })
          : undefined,
    );
    renderApp('/users');
    const wakil = await row('wakil');
    fireEvent.click(wakil.getByRole('button', { name: 'Ubah akun' }));
    choose(wakil.getByLabelText('Peran'), 'unit');
    fireEvent.click(wakil.getByLabelText('Dinas Sosial'));
    fireEvent.click(wakil.getByRole('button', { name: 'Simpan' }));
    await waitFor(() =>
      expect(wakil.getAllByRole('alert').map((a) => a.textContent)).toContain(
        'Perubahan ini ditolak: harus selalu ada paling sedikit satu koordinator aktif. Jadikan akun lain koordinator lebih dulu.',
      ),
    );
  });

  it('shows full name and NIP, and lets one edit one’s own (but not one’s role)', async () => {
    const calls = stubUsersServer([
      KOORD,
      {
        id: 'u-siti',
        username: 'siti',
        role: 'facilitator',
        unitIds: [sosial],
        active: true,
        fullName: 'Siti Aminah',
        nip: '198501012010011001',
      },
    ]);
    renderApp('/users');
    const siti = await screen.findByTestId('user-siti');
    expect(textOf(siti.querySelector('.user-row__person'))).toBe('Siti Aminah · NIP 198501012010011001');
    const me = await row('koordinator');
    fireEvent.click(me.getByRole('button', { name: 'Ubah akun' }));
    expect(me.queryByLabelText('Peran')).toBeNull();
    type(me.getByLabelText('Nama lengkap'), 'Ibu Koordinator');
    fireEvent.click(me.getByRole('button', { name: 'Simpan' }));
    await waitFor(async () =>
      expect(textOf((await screen.findByTestId('user-koordinator')).querySelector('.user-row__person'))).toBe(
        'Ibu Koordinator',
      ),
    );
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.body)).toEqual([
      { fullName: 'Ibu Koordinator', nip: '' },
    ]);
  });

  it('resets a password', async () => {
    const calls = stubUsersServer([
      KOORD,
      { id: 'u-siti', username: 'siti', role: 'facilitator', unitIds: [sosial], active: true },
    ]);
    renderApp('/users');
    const siti = await row('siti');
    fireEvent.click(siti.getByRole('button', { name: 'Atur ulang kata sandi' }));
    type(siti.getByLabelText('Kata sandi baru'), 'pendek');
    fireEvent.click(siti.getByRole('button', { name: 'Simpan' }));
    expect(fieldError('Kata sandi baru', siti)).toBe('Kata sandi paling sedikit 8 karakter.');
    type(siti.getByLabelText('Kata sandi baru'), 'sandi-baru-siti');
    fireEvent.click(siti.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.getByTestId('toast').textContent).toContain('Kata sandi siti diganti'));
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.body)).toEqual([
      { password: 'sandi-baru-siti' },
    ]);
  });

  it('deactivates with undo, and reactivates', async () => {
    const calls = stubUsersServer([
      KOORD,
      { id: 'u-siti', username: 'siti', role: 'facilitator', unitIds: [sosial], active: true },
    ]);
    renderApp('/users');
    fireEvent.click((await row('siti')).getByRole('button', { name: 'Nonaktifkan' }));
    await waitFor(async () => expect((await summary('siti')).badges).toEqual(['Nonaktif']));
    expect(calls.at(-1)).toMatchObject({ method: 'DELETE', url: '/api/users/u-siti', body: undefined });
    const toast = screen.getByTestId('toast');
    expect(toast.textContent).toContain('Akun siti dinonaktifkan.');
    fireEvent.click(within(toast).getByRole('button', { name: 'Urungkan' }));
    await waitFor(async () => expect((await summary('siti')).badges).toEqual(['Aktif']));
    expect(calls.at(-1)).toMatchObject({ method: 'PATCH', url: '/api/users/u-siti', body: { active: true } });

    fireEvent.click((await row('siti')).getByRole('button', { name: 'Nonaktifkan' }));
    fireEvent.click(await (await row('siti')).findByRole('button', { name: 'Aktifkan lagi' }));
    await waitFor(() => expect(calls.at(-1)).toMatchObject({ method: 'PATCH', body: { active: true } }));
    await waitFor(async () => expect((await summary('siti')).badges).toEqual(['Aktif']));
  });

  it('says that only coordinators manage accounts, without asking the server', async () => {
    const calls = stubUsersServer([KOORD]);
    useSync.setState({ user: { ...KOORD, id: 'u-siti', username: 'siti', role: 'facilitator' } });
    renderApp('/users');
    await waitFor(() => expect(emptyStateTitles()).toEqual(['Hanya koordinator yang dapat mengelola akun']));
    expect(screen.queryByRole('button', { name: 'Tambah akun' })).toBeNull();
    expect(calls).toHaveLength(0);
  });

  it('explains that a connection is needed, and retries', async () => {
    let online = false;
    stubUsersServer([KOORD], () => (online ? undefined : Promise.reject(new TypeError('offline'))));
    renderApp('/users');
    await waitFor(() => expect(emptyStateTitles()).toEqual(['Perlu koneksi internet']));
    expect(emptyStateBody('Perlu koneksi internet')).toMatch(/^Daftar akun disimpan di server/);
    online = true;
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect((await summary('koordinator')).access).toBe('Koordinator · Semua unit');
    expect(emptyStateTitles()).toEqual([]);
  });

  it('marks the session expired when the server no longer accepts it', async () => {
    stubUsersServer([KOORD], () => Response.json({ error: 'token-expired', message: '' }, { status: 401 }));
    renderApp('/users');
    await waitFor(() =>
      expect(emptyStateTitles()).toEqual([
        'Sesi Anda berakhir. Masuk lagi lewat pemberitahuan di atas, lalu coba lagi.',
      ]),
    );
    expect(useSync.getState().sessionExpired).toBe(true);
    expect((await getSession(db))?.expired).toBe(true);
    const banner = await screen.findByTestId('relogin-banner');
    expect(textOf(within(banner).getByRole('heading'))).toBe('Sesi Anda telah berakhir');
  });
});
