/** The clinic's identity: one row under a fixed id, created by the first edit, then patched. */

import { EMPTY_CLINIC_IDENTITY } from '../../domain/clinic-identity';
import { CLINIC_IDENTITY_ID, type ClinicIdentityFields } from '../../domain/clinic-identity-record';
import { writeChangesAfterReading } from '../mutations';
import { db as defaultDb, type KlinikDb } from '../schema';

/**
 * Sets some of the identity's fields. The read and the write share one transaction, so an edit
 * never creates the row twice (a second create of the same id would fail) nor patches one that
 * is not there yet. Two devices creating it offline meet on the server under the same id and
 * merge field by field.
 */
export async function editClinicIdentity(
  fields: Partial<ClinicIdentityFields>,
  database: KlinikDb = defaultDb,
): Promise<void> {
  await writeChangesAfterReading(
    ['clinicIdentities'],
    async () => {
      const row = await database.clinicIdentities.get(CLINIC_IDENTITY_ID);
      if (!row) {
        const all = { ...EMPTY_CLINIC_IDENTITY, ...fields };
        return [{ table: 'clinicIdentities', op: 'create', id: CLINIC_IDENTITY_ID, fields: all }];
      }
      return [{ table: 'clinicIdentities', op: 'patch', id: CLINIC_IDENTITY_ID, fields }];
    },
    database,
  );
}
