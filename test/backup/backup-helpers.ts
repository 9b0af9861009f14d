/** Shared by the backup tests: a device filled with every kind of record, and its export. */
import { afterEach } from 'vitest';
import type { BackupFile } from '../../src/backup/format';
import { parseBackup } from '../../src/backup/validate';
import { exportBackup } from '../../src/db/backup';
import { loadDemoData } from '../../src/db/demo';
import { forgetDevice } from '../../src/db/device';
import { deleteRecord, updateRecord } from '../../src/db/mutations';
import { db, KlinikDb } from '../../src/db/schema';
import { saveSession } from '../../src/db/session-store';
import { applyPullPage } from '../../src/db/sync-store';
import { newInnovationFields } from '../../src/domain/innovation';
import { TABLES } from '../../src/domain/tables';
import { newUnitFields } from '../../src/domain/unit';
import { formatHlc } from '../../src/protocol/hlc';

export const AT = '2025-11-20T03:00:00.000Z';
const others: KlinikDb[] = [];
export function otherDevice(): KlinikDb {
  const d = new KlinikDb(`backup-other-${others.length}-${Date.now()}`);
  others.push(d);
  return d;
}
afterEach(async () => {
  for (const d of others.splice(0)) {
    d.close();
    forgetDevice(d);
    await new KlinikDb(d.name).delete();
  }
});

/** Everything a device stores that an import could touch. */
export async function snapshot(database: KlinikDb) {
  const tables = await Promise.all(TABLES.map((t) => database.table(t).toArray()));
  return { tables, outbox: await database.outbox.toArray(), meta: await database.meta.toArray() };
}

/** Demo data, records pulled from a server (one edited since), a conflict and local edits. */
export async function fillDevice(): Promise<void> {
  await loadDemoData(db, { today: '2026-03-10', seed: 7 });
  const pulled = (
    table: 'units' | 'innovations' | 'conflicts',
    id: string,
    version: number,
    fields: object,
  ) => ({
    table,
    recordId: id,
    version,
    deleted: false,
    fields: { createdAt: AT, updatedAt: AT, ...fields },
  });
  await applyPullPage(
    [
      pulled('units', 'srv-unit', 4, newUnitFields({ name: 'Kecamatan Lama', kind: 'kecamatan' })),
      pulled(
        'innovations',
        'srv-inno',
        5,
        newInnovationFields({ unitId: 'srv-unit', name: 'Layanan Keliling' }),
      ),
      pulled('conflicts', 'srv-conflict', 6, {
        table: 'innovations',
        recordId: 'srv-inno',
        unitId: 'srv-unit',
        kind: 'field',
        field: 'name',
        winningValue: 'Layanan Keliling',
        losingValue: 'Layanan Jemput Bola',
        losingClientId: 'other-device',
        losingHlc: formatHlc(Date.parse(AT), 0, 'other-device'),
        resolved: false,
      }),
    ],
    'cursor-6',
  );
  await updateRecord('innovations', 'srv-inno', { name: 'Layanan Keliling Desa, "Jemput Bola"' });
  const [firstUnit] = await db.units.orderBy('name').toArray();
  if (!firstUnit) throw new Error('demo has no units');
  await updateRecord('units', firstUnit.id, { contactPerson: 'Siti Nurhaliza, S.Sos.' });
  const [item] = await db.actionItems.toArray();
  if (item) await deleteRecord('actionItems', item.id);
  await saveSession({
    token: 't',
    expiresAt: '2030-01-01T00:00:00.000Z',
    user: { id: 'usr-1', username: 'fasilitator1', role: 'facilitator', unitIds: [], active: true },
  });
}

export async function exported(): Promise<{ file: BackupFile; text: string }> {
  const { text } = await exportBackup(db, new Date('2026-03-10T07:30:00Z'));
  const parsed = await parseBackup(text);
  if (!parsed.ok) throw new Error(`refused: ${parsed.problem.code}`);
  return { file: parsed.file, text };
}
