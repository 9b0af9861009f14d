/**
 * The clinic identity's write and read path: one row under a fixed id, created by the first edit
 * and patched after; the hook's reader gives empty fields for no row or a deleted one; and a
 * device losing access to units never evicts it (it is city-wide, like targets).
 */
import { describe, expect, it } from 'vitest';
import { editClinicIdentity } from '../../src/db/commands/clinic-identity';
import { evictOutOfScope, evictRecords } from '../../src/db/eviction';
import { getClinicIdentity, identityOf } from '../../src/db/queries/clinic-identity';
import { db } from '../../src/db/schema';
import { EMPTY_CLINIC_IDENTITY } from '../../src/domain/clinic-identity';
import { CLINIC_IDENTITY_ID } from '../../src/domain/clinic-identity-record';
import { newUnitFields } from '../../src/domain/unit';
import { pulled } from '../helpers/builders';

describe('clinic identity on the device', () => {
  it('is created by the first edit with empty other fields, then patched; one row, one id', async () => {
    expect(await getClinicIdentity()).toEqual(EMPTY_CLINIC_IDENTITY);
    await Promise.all([
      editClinicIdentity({ regionName: 'Kota Pontianak' }),
      editClinicIdentity({ place: 'Pontianak' }),
    ]);
    await editClinicIdentity({ clinicName: 'Klinik Inovasi' });
    expect(await getClinicIdentity()).toEqual({
      ...EMPTY_CLINIC_IDENTITY,
      regionName: 'Kota Pontianak',
      place: 'Pontianak',
      clinicName: 'Klinik Inovasi',
    });
    expect(await db.clinicIdentities.toCollection().primaryKeys()).toEqual([CLINIC_IDENTITY_ID]);
    const ops = (await db.outbox.toArray()).map((e) => e.op);
    expect(ops[0]).toBe('create');
    expect(ops.slice(1).every((op) => op === 'patch')).toBe(true);
  });

  it('refuses a logo that is not a PNG/JPEG data URL before writing anything', async () => {
    await expect(editClinicIdentity({ logo: 'data:image/svg+xml;base64,PHN2Zy8+' })).rejects.toThrow(
      /logo:invalidChoice/,
    );
    expect(await db.clinicIdentities.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('reads a deleted row as no identity', () => {
    const row = {
      ...EMPTY_CLINIC_IDENTITY,
      regionName: 'X',
      id: CLINIC_IDENTITY_ID,
      createdAt: '',
      updatedAt: '',
      version: 1,
    };
    expect(identityOf({ ...row, deleted: true })).toEqual(EMPTY_CLINIC_IDENTITY);
    expect(identityOf({ ...row, deleted: false }).regionName).toBe('X');
    expect(identityOf(undefined)).toEqual(EMPTY_CLINIC_IDENTITY);
  });

  it('is never evicted when the account loses units or a pull lists it as gone', async () => {
    await pulled('units', 'u-old', 1, newUnitFields({ name: 'Dinas Lama', kind: 'opd' }));
    await pulled('clinicIdentities', CLINIC_IDENTITY_ID, 2, {
      ...EMPTY_CLINIC_IDENTITY,
      regionName: 'Kota Pontianak',
    });
    await evictOutOfScope({ units: [] }, new Date());
    expect(await db.units.count()).toBe(0);
    await evictRecords([{ table: 'clinicIdentities', recordId: CLINIC_IDENTITY_ID }], new Date());
    expect((await getClinicIdentity()).regionName).toBe('Kota Pontianak');
  });
});
