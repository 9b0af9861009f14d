/**
 * The clinic's identity in backups (issue 13): exported with the rest, brought to another device
 * as unsent work; and a file made before the table existed (no `clinicIdentities`) still imports.
 */
import { describe, expect, it } from 'vitest';
import { checksumOf } from '../../src/backup/checksum';
import { parseBackup } from '../../src/backup/validate';
import { applyImport, exportBackup } from '../../src/db/backup';
import { editClinicIdentity } from '../../src/db/commands/clinic-identity';
import { createRecord } from '../../src/db/mutations';
import { getClinicIdentity } from '../../src/db/queries/clinic-identity';
import { db } from '../../src/db/schema';
import { CLINIC_IDENTITY_ID } from '../../src/domain/clinic-identity-record';
import { DEMO_LOGO } from '../../src/domain/demo/logo';
import { newUnitFields } from '../../src/domain/unit';
import { otherDevice } from './backup-helpers';

describe('clinic identity in backups', () => {
  it('carries the identity and its logo to another device, queued to sync', async () => {
    await editClinicIdentity({ regionName: 'Kota Pontianak', logo: DEMO_LOGO });
    const { text } = await exportBackup(db, new Date('2026-03-10T07:30:00Z'));
    const parsed = await parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.problem.code);
    expect(parsed.file.tables.clinicIdentities.map((r) => r.id)).toEqual([CLINIC_IDENTITY_ID]);
    const other = otherDevice();
    await applyImport(parsed.file, other);
    expect(await getClinicIdentity(other)).toMatchObject({ regionName: 'Kota Pontianak', logo: DEMO_LOGO });
    expect((await other.outbox.toArray()).map((e) => [e.table, e.recordId])).toContainEqual([
      'clinicIdentities',
      CLINIC_IDENTITY_ID,
    ]);
  });

  it('imports a file made before the identity existed, as having none', async () => {
    await createRecord('units', newUnitFields({ name: 'Dinas Lama', kind: 'opd' }));
    const { text } = await exportBackup(db, new Date('2026-03-10T07:30:00Z'));
    const { checksum: _old, ...payload } = JSON.parse(text) as Record<string, unknown> & {
      tables: Record<string, unknown>;
    };
    delete payload.tables.clinicIdentities;
    const older = JSON.stringify({ ...payload, checksum: await checksumOf(payload) });
    const parsed = await parseBackup(older);
    if (!parsed.ok) throw new Error(`refused: ${parsed.problem.code}`);
    expect(parsed.file.tables.clinicIdentities).toEqual([]);
    const other = otherDevice();
    await applyImport(parsed.file, other);
    expect((await other.units.toArray()).map((u) => u.name)).toEqual(['Dinas Lama']);
  });

  it('still refuses a file whose clinicIdentities is not a list', async () => {
    const { text } = await exportBackup(db, new Date('2026-03-10T07:30:00Z'));
    const { checksum: _old, ...payload } = JSON.parse(text) as Record<string, unknown> & {
      tables: Record<string, unknown>;
    };
    payload.tables.clinicIdentities = { logo: 'javascript:alert(1)' };
    const parsed = await parseBackup(JSON.stringify({ ...payload, checksum: await checksumOf(payload) }));
    expect(parsed.ok ? 'accepted' : parsed.problem).toEqual({
      code: 'damaged',
      part: 'tables.clinicIdentities',
    });
  });
});
