import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseBackup } from '../../src/backup/validate';
import { exportBackup } from '../../src/db/backup';
import { loadDemoData } from '../../src/db/demo';
import { forgetDevice } from '../../src/db/device';
import { updateRecord } from '../../src/db/mutations';
import { db, KlinikDb } from '../../src/db/schema';
import { TABLES } from '../../src/domain/tables';
import { renderApp } from '../helpers/render-app';
import { textOf } from '../helpers/screen';

const saved = vi.hoisted(() => [] as { blob: Blob; name: string }[]);
vi.mock('../../src/export/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/export/download')>()),
  saveBlob: (blob: Blob, name: string) => saved.push({ blob, name }),
}));

/** Reading, checking and planning a demo city's file takes seconds on a loaded machine. */
const SLOW = { timeout: 20_000 };

const others: KlinikDb[] = [];
afterEach(async () => {
  saved.length = 0;
  for (const d of others.splice(0)) {
    d.close();
    forgetDevice(d);
    await new KlinikDb(d.name).delete();
  }
});

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

/** A backup made on another device holding the demo city. */
async function fileFromAnotherDevice(): Promise<string> {
  const other = new KlinikDb(`backup-ui-${Date.now()}`);
  others.push(other);
  await loadDemoData(other, { today: '2026-03-10', seed: 3 });
  return (await exportBackup(other)).text;
}

async function counts(database: KlinikDb = db) {
  const perTable = await Promise.all(TABLES.map((t) => database.table(t).count()));
  return { perTable, outbox: await database.outbox.count() };
}

async function chooseFile(text: string, name = 'klinik-inovasi-cadangan-2026-03-10.json') {
  const input = await screen.findByLabelText('Pilih file cadangan (.json)');
  // A real `change` event: @testing-library/preact's fireEvent.change sends `input`.
  Object.defineProperty(input, 'files', {
    configurable: true,
    value: [new File([text], name, { type: 'application/json' })],
  });
  fireEvent(input, new Event('change', { bubbles: true }));
}

describe('backup section', () => {
  it('exports every record and the unsent changes to a dated JSON file', async () => {
    await loadDemoData(db, { today: '2026-03-10', seed: 1 });
    const pending = await db.outbox.count();
    renderApp('/settings');
    const section = await screen.findByTestId('backup');
    await waitFor(() =>
      expect(textOf(section)).toContain(
        `File akan membawa ${pending.toLocaleString('id-ID')} perubahan yang belum terkirim.`,
      ),
    );
    fireEvent.click(within(section).getByRole('button', { name: 'Ekspor semua data di perangkat ini' }));
    const done = await screen.findByTestId('backup-exported');
    expect(saved).toHaveLength(1);
    const [file] = saved;
    expect(file?.name).toMatch(/^klinik-inovasi-cadangan-\d{4}-\d{2}-\d{2}\.json$/);
    expect(done.textContent).toContain(file?.name);
    const parsed = await parseBackup(await readBlob(file?.blob ?? new Blob()));
    if (!parsed.ok) throw new Error(parsed.problem.code);
    for (const table of TABLES) expect(parsed.file.tables[table]).toHaveLength(await db.table(table).count());
    expect(parsed.file.outbox).toHaveLength(pending);
  });

  it('previews an import, and applies it only when confirmed', async () => {
    const text = await fileFromAnotherDevice();
    const other = others[0] ?? db;
    const units = await other.units.count();
    const innovations = await other.innovations.count();
    renderApp('/settings');
    await chooseFile(text);
    const preview = await screen.findByTestId('backup-preview', {}, SLOW);
    expect(preview.textContent).toContain(`Akan menambah ${units} unit, ${innovations} inovasi`);
    expect(preview.textContent).toContain(
      `File membawa ${(await other.outbox.count()).toLocaleString('id-ID')} perubahan`,
    );
    expect(await db.units.count()).toBe(0); // nothing before confirming

    fireEvent.click(within(preview).getByRole('button', { name: 'Batal' }));
    await waitFor(() => expect(screen.queryByTestId('backup-preview')).toBeNull());
    expect(await db.units.count()).toBe(0);

    await chooseFile(text);
    fireEvent.click(await screen.findByRole('button', { name: 'Impor sekarang' }, SLOW));
    const result = await screen.findByTestId('backup-imported', {}, SLOW);
    expect(result.textContent).toContain('Impor selesai');
    expect((await counts()).perTable).toEqual((await counts(other)).perTable);
    expect(await db.outbox.count()).toBeGreaterThan(0);
  });

  it('says which unsent changes here are later and leaves them alone', async () => {
    const text = await fileFromAnotherDevice();
    renderApp('/settings');
    await chooseFile(text);
    fireEvent.click(await screen.findByRole('button', { name: 'Impor sekarang' }, SLOW));
    await screen.findByTestId('backup-imported', {}, SLOW);
    const [unit] = await db.units.toArray();
    if (!unit) throw new Error('no unit imported');
    await updateRecord('units', unit.id, { name: 'Nama baru di perangkat ini' });

    await chooseFile(text);
    const preview = await screen.findByTestId('backup-preview', {}, SLOW);
    expect(preview.textContent).toContain('Untuk 1 data, perubahan belum terkirim dari file tidak diimpor');
    expect(preview.textContent).toContain('Tidak ada yang perlu diimpor');
    expect(within(preview).queryByRole('button', { name: 'Impor sekarang' })).toBeNull();
    fireEvent.click(within(preview).getByRole('button', { name: 'Tutup' }));
    expect((await db.units.get(unit.id))?.name).toBe('Nama baru di perangkat ini');
  });

  it.each([
    ['a file that is not JSON', () => 'nama;jenis\nDinas;OPD', 'bukan file cadangan Klinik Inovasi'],
    ['a truncated file', (text: string) => text.slice(0, 5000), 'terpotong'],
    [
      'a file edited after export',
      (text: string) =>
        text.replace('"Kota Sukamaju"', '"Kota Lain"').replace(/"name":"([^"]+)"/, '"name":"$1 (diedit)"'),
      'checksum tidak cocok',
    ],
    ['other JSON', () => '{"type":"FeatureCollection","features":[]}', 'berisi data JSON lain'],
    [
      'a file nested 20,000 levels deep',
      (text: string) => text.replace('"outbox":[', `"outbox":[${'['.repeat(20_000)}${']'.repeat(20_000)},`),
      'bersarang terlalu dalam (lebih dari 32 tingkat)',
    ],
    [
      'a newer format',
      (text: string) => text.replace('"formatVersion":1', '"formatVersion":3'),
      'versi aplikasi yang lebih baru (format 3)',
    ],
  ])('refuses %s with a message naming the problem, changing nothing', async (_name, make, message) => {
    const text = await fileFromAnotherDevice();
    await loadDemoData(db, { today: '2026-03-10', seed: 9 });
    const before = await counts();
    renderApp('/settings');
    await chooseFile(make(text), 'cadangan.json');
    const alert = await screen.findByTestId('backup-refused');
    expect(alert.textContent).toContain('File tidak dapat diimpor');
    expect(alert.textContent).toContain(message);
    expect(alert.textContent).toContain('cadangan.json');
    expect(alert.textContent).toContain('Tidak ada yang berubah di perangkat ini.');
    expect(screen.queryByRole('button', { name: 'Impor sekarang' })).toBeNull();
    expect(await counts()).toEqual(before);
  });
});
