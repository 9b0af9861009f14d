/**
 * The permission matrix as the UI shows it (issue 12): a unit team reads a session's minutes but
 * cannot change them, is offered no unit, target or account controls, and may tick its follow-ups
 * done with a note. Coordinators are asked before a unit with content is deleted.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createInnovation } from '../../src/db/commands/innovations';
import { newSessionDraft, startSession } from '../../src/db/commands/sessions';
import { createRecord } from '../../src/db/mutations';
import { db } from '../../src/db/schema';
import { newActionItemFields } from '../../src/domain/action-item';
import { uuidv7 } from '../../src/domain/ids';
import { newUnitFields } from '../../src/domain/unit';
import { loadLang, translate } from '../../src/i18n';
import type { PublicUser } from '../../src/protocol/protocol';
import { useSync } from '../../src/state/sync-status';
import { reasonText } from '../../src/ui/hooks/use-permissions';
import { paths } from '../../src/ui/router';
import { setSync } from '../helpers/login';
import { renderApp } from '../helpers/render-app';
import { pageTitle } from '../helpers/screen';

const team = (unitIds: string[]): PublicUser => ({
  id: 'u-team',
  username: 'tim.sukamaju',
  role: 'unit',
  unitIds,
  active: true,
});
const facilitator = (unitIds: string[]): PublicUser => ({ ...team(unitIds), id: 'u-f', role: 'facilitator' });

async function seed() {
  const unitId = await createRecord(
    'units',
    newUnitFields({ name: 'Kelurahan Sukamaju', kind: 'kelurahan' }),
  );
  await createInnovation({ unitId, name: 'Posyandu Digital' });
  const sessionId = uuidv7();
  await startSession(sessionId, { ...newSessionDraft(unitId, 'Rina'), findings: 'Data belum lengkap' });
  const itemId = await createRecord(
    'actionItems',
    newActionItemFields({ unitId, sessionId, text: 'Lengkapi SK tim', owner: 'Pak Budi' }),
  );
  return { unitId, sessionId, itemId };
}

const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });
const buttonNames = () => screen.queryAllByRole('button').map((b) => b.textContent?.trim() ?? '');

afterEach(() => useSync.setState({ user: null }));

describe('the reason sentence', () => {
  it('names the roles that may act, in both languages', async () => {
    await loadLang('en');
    const id = (k: Parameters<typeof translate>[1], p?: Parameters<typeof translate>[2]) =>
      translate('id', k, p);
    const en = (k: Parameters<typeof translate>[1], p?: Parameters<typeof translate>[2]) =>
      translate('en', k, p);
    const unit = { role: 'unit' as const, unitIds: ['u1'] };
    expect(reasonText(id, unit, 'mentoringSessions', 'edit', 'u1')).toBe(
      'Hanya fasilitator atau koordinator yang dapat mengubah notulen sesi.',
    );
    expect(reasonText(en, unit, 'mentoringSessions', 'edit', 'u1')).toBe(
      'Only facilitators or coordinators can edit session minutes.',
    );
    expect(reasonText(id, unit, 'targets', 'edit')).toBe(
      'Hanya koordinator yang dapat mengubah target tahunan.',
    );
    expect(reasonText(id, unit, 'innovations', 'create', 'u1')).toBe('');
    expect(reasonText(id, unit, 'innovations', 'edit', 'other')).toBe(
      'Unit ini tidak termasuk unit yang dapat diakses akun Anda.',
    );
    expect(reasonText(id, unit, 'actionItems', 'edit', 'u1', 'text')).toBe(
      'Hanya fasilitator atau koordinator yang dapat mengubah isian ini.',
    );
    expect(reasonText(id, null, 'stageProgress', 'edit')).toBe(
      'Hanya tim unit, fasilitator atau koordinator yang dapat mengubah kemajuan tahap 5D.',
    );
  });
});

describe('a unit team', () => {
  it('reads the session minutes: read-only fields, the reason, no delete, no adding', async () => {
    const { unitId, sessionId } = await seed();
    setSync({ user: team([unitId]) });
    renderApp(paths.session(sessionId));
    const findings = (await screen.findByLabelText('Temuan')) as HTMLTextAreaElement;
    expect(findings.value).toBe('Data belum lengkap');
    expect(findings.readOnly).toBe(true);
    expect((screen.getByLabelText('Tempat') as HTMLInputElement).readOnly).toBe(true);
    expect((screen.getByLabelText('Unit') as HTMLSelectElement).disabled).toBe(true);
    expect(screen.getByTestId('readonly-notice').textContent).toContain(
      'Hanya fasilitator atau koordinator yang dapat mengubah notulen sesi.',
    );
    expect(buttonNames()).not.toContain('Hapus sesi');
    expect(buttonNames().some((n) => n.includes('Tambah peserta'))).toBe(false);
    expect(screen.queryByRole('form', { name: 'Tindak lanjut baru' })).toBeNull();
    expect(screen.queryByLabelText('Fasilitator baru')).toBeNull();
    // Even an input event that reaches the field changes nothing.
    type(findings, 'Diubah tim unit');
    fireEvent.blur(findings);
    await new Promise((r) => setTimeout(r, 50));
    expect((await db.mentoringSessions.get(sessionId))?.findings).toBe('Data belum lengkap');
  });

  it('ticks its follow-up done and writes a note; the rest of the follow-up is read-only', async () => {
    const { unitId, sessionId, itemId } = await seed();
    setSync({ user: team([unitId]) });
    renderApp(paths.session(sessionId));
    const row = within(await screen.findByRole('group', { name: 'Tindak lanjut 1' }));
    expect((row.getByLabelText('Apa yang dilakukan') as HTMLInputElement).readOnly).toBe(true);
    expect((row.getByLabelText('Penanggung jawab') as HTMLInputElement).readOnly).toBe(true);
    expect(row.queryByRole('button', { name: 'Hapus tindak lanjut' })).toBeNull();
    const note = row.getByLabelText('Catatan tim unit') as HTMLTextAreaElement;
    expect(note.readOnly).toBe(false);
    type(note, 'SK terbit 3 Maret');
    fireEvent.blur(note);
    fireEvent.click(row.getByLabelText('Selesai'));
    await waitFor(async () => {
      const stored = await db.actionItems.get(itemId);
      expect(stored).toMatchObject({ status: 'done', note: 'SK terbit 3 Maret', text: 'Lengkapi SK tim' });
    });
  });

  it('writes a note from the follow-ups list', async () => {
    const { unitId, itemId } = await seed();
    setSync({ user: team([unitId]) });
    renderApp(paths.followUps());
    fireEvent.click(await screen.findByRole('button', { name: 'Tulis catatan' }));
    type(screen.getByLabelText('Catatan tim unit'), '  Sudah dikirim ke Bagian Organisasi ');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan catatan' }));
    expect((await screen.findByTestId('follow-up-note')).textContent).toContain(
      'Sudah dikirim ke Bagian Organisasi',
    );
    expect((await db.actionItems.get(itemId))?.note).toBe('Sudah dikirim ke Bagian Organisasi');
  });

  it('is offered no unit controls: no "Tambah unit", no delete, no new session, details read-only', async () => {
    const { unitId } = await seed();
    setSync({ user: team([unitId]) });
    renderApp(paths.units());
    await screen.findByRole('link', { name: 'Kelurahan Sukamaju' });
    expect(buttonNames()).not.toContain('Tambah unit');
    renderApp(paths.unit(unitId));
    await waitFor(() => expect(pageTitle()).toBe('Kelurahan Sukamaju'));
    expect(buttonNames()).not.toContain('Hapus unit');
    expect(buttonNames()).not.toContain('Sesi baru');
    expect((screen.getByLabelText('Nama unit') as HTMLInputElement).readOnly).toBe(true);
    expect(screen.getByTestId('readonly-notice').textContent).toContain(
      'Hanya fasilitator atau koordinator yang dapat mengubah unit.',
    );
    // Their innovations are theirs to add.
    expect(screen.getByRole('button', { name: 'Tambah inovasi' })).toBeTruthy();
  });

  it('sees the year’s target read-only, as does a facilitator; neither sees account management', async () => {
    for (const user of [team(['x']), facilitator(['x'])]) {
      setSync({ user });
      const view = renderApp(paths.targets());
      const field = (await screen.findByLabelText('Target usulan inovasi')) as HTMLInputElement;
      expect(field.readOnly).toBe(true);
      expect(screen.getByTestId('readonly-notice').textContent).toContain(
        'Hanya koordinator yang dapat mengubah target tahunan.',
      );
      expect(screen.queryByRole('link', { name: 'Pengguna' })).toBeNull();
      view.unmount();
    }
  });
});

describe('deleting a unit', () => {
  it('asks first when it has content, naming what goes with it; cancel keeps it, undo restores it', async () => {
    const { unitId } = await seed();
    await createRecord('actionItems', newActionItemFields({ unitId, text: 'Foto papan nama' }));
    setSync();
    renderApp(paths.unit(unitId));
    fireEvent.click(await screen.findByRole('button', { name: 'Hapus unit' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('Unit ini beserta 1 inovasi, 1 sesi, 2 tindak lanjut akan dihapus.');
    expect(document.activeElement?.textContent).toBe('Batal');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Batal' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((await db.units.get(unitId))?.deleted).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Hapus unit' }));
    fireEvent.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', {
        name: 'Hapus unit beserta isinya',
      }),
    );
    await waitFor(async () => expect((await db.units.get(unitId))?.deleted).toBe(true));
    fireEvent.click(within(await screen.findByTestId('toast')).getByRole('button', { name: 'Urungkan' }));
    await waitFor(async () => expect((await db.units.get(unitId))?.deleted).toBe(false));
  });

  it('deletes an empty unit at once, with undo', async () => {
    const unitId = await createRecord('units', newUnitFields({ name: 'Dinas Kosong', kind: 'kelurahan' }));
    setSync({ user: facilitator([unitId]) });
    renderApp(paths.unit(unitId));
    fireEvent.click(await screen.findByRole('button', { name: 'Hapus unit' }));
    await waitFor(async () => expect((await db.units.get(unitId))?.deleted).toBe(true));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
