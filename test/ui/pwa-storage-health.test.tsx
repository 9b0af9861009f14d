/**
 * Storage failures: a full disk inside the one write path leaves nothing half-written and says
 * "storage is full"; another tab opening a newer database version, or a lost connection, closes
 * this tab's database cleanly and asks for a reload.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Change, createRecord, writeChanges } from '../../src/db/mutations';
import { KlinikDb } from '../../src/db/schema';
import { isQuotaError, watchStorage } from '../../src/db/storage-health';
import { newInnovationFields } from '../../src/domain/innovation';
import { newUnitFields } from '../../src/domain/unit';
import { useStorageHealth } from '../../src/state/storage-health';
import { StorageTroubleBanner } from '../../src/ui/components/pwa/StorageTroubleBanner';

let n = 0;
let database: KlinikDb;
let unwatch: (() => void) | undefined;
/** While true, every write to `failTable` fails as a full disk would. */
let diskFull = false;
let failTable = 'outbox';

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

function openDb(withWatcher: boolean): KlinikDb {
  const d = new KlinikDb(`pwa-health-${++n}`);
  // Below the watcher (lower level = nearer to IndexedDB), like the browser's own failure.
  d.use({
    stack: 'dbcore',
    name: 'test-disk-full',
    level: 2,
    create: (down) => ({
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) =>
            diskFull && name === failTable ? Promise.reject(quotaError()) : table.mutate(req),
        };
      },
    }),
  });
  if (withWatcher) unwatch = watchStorage(d);
  return d;
}

beforeEach(() => {
  diskFull = false;
  failTable = 'outbox';
  useStorageHealth.setState({ trouble: null });
});
afterEach(async () => {
  unwatch?.();
  unwatch = undefined;
  await database?.delete();
});

describe('a full disk during a write', () => {
  it('leaves nothing written when the outbox write fails (record and outbox are one transaction)', async () => {
    database = openDb(false);
    diskFull = true;
    const error = await createRecord('units', newUnitFields({ name: 'Dinas Kominfo', kind: 'opd' }), database)
      .then(() => null)
      .catch((e: unknown) => e);
    expect(isQuotaError(error)).toBe(true);
    expect(await database.units.count()).toBe(0);
    expect(await database.outbox.count()).toBe(0);
  });

  it('leaves nothing of a batch when a later record in it fails', async () => {
    database = openDb(false);
    const unitId = await createRecord(
      'units',
      newUnitFields({ name: 'Puskesmas Sukamaju', kind: 'uptPuskesmas' }),
      database,
    );
    const before = await database.outbox.toArray();
    failTable = 'innovations';
    diskFull = true;
    const batch: Change[] = [
      { table: 'units', op: 'patch', id: unitId, fields: { contactPerson: 'Bu Rina' } },
      { table: 'innovations', op: 'create', fields: newInnovationFields({ unitId, name: 'Antrean Daring' }) },
    ];
    await expect(writeChanges(batch, database)).rejects.toSatisfy(isQuotaError);
    expect((await database.units.get(unitId))?.contactPerson).toBe('');
    expect(await database.innovations.count()).toBe(0);
    expect(await database.outbox.toArray()).toEqual(before);
  });

  it('tells the user that storage is full, and clears the message once a write succeeds again', async () => {
    database = openDb(true);
    render(<StorageTroubleBanner />);
    diskFull = true;
    await expect(
      createRecord('units', newUnitFields({ name: 'Kelurahan Mekar', kind: 'kelurahan' }), database),
    ).rejects.toSatisfy(isQuotaError);
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('Penyimpanan perangkat penuh');
    expect(banner.textContent).toContain('tidak tersimpan');

    diskFull = false; // space freed, "Try again"
    await createRecord('units', newUnitFields({ name: 'Kelurahan Mekar', kind: 'kelurahan' }), database);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});

describe('the database connection', () => {
  it('closes for a newer version opened in another tab and asks for a reload', async () => {
    database = openDb(true);
    await database.units.count(); // open
    const reload = vi.fn();
    render(<StorageTroubleBanner reload={reload} />);

    // "Another tab" opens the same database with a newer schema version.
    const newer = new Dexie(database.name);
    newer.version(30).stores({ units: 'id, name' });
    await newer.open(); // not blocked: this tab let go
    expect(newer.verno).toBe(30);
    newer.close();

    expect(database.isOpen()).toBe(false);
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('Versi baru dibuka di tab lain');
    // No silent reopen with the old schema: queries fail until the page reloads.
    await expect(database.units.count()).rejects.toThrow();
    fireEvent.click(screen.getByRole('button', { name: 'Muat ulang' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('asks for a reload when the browser closes the connection', async () => {
    database = openDb(true);
    await database.units.count();
    render(<StorageTroubleBanner />);
    const native = database.backendDB();
    native.onclose?.call(native, new Event('close'));
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('Sambungan ke penyimpanan terputus');
    expect((within(banner).getByRole('button', { name: 'Muat ulang' }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });
});
