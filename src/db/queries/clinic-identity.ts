/** Read side of the clinic's identity: the one row, as documents need it. */
import { type ClinicIdentity, EMPTY_CLINIC_IDENTITY } from '../../domain/clinic-identity';
import { CLINIC_IDENTITY_ID, type ClinicIdentityRecord } from '../../domain/clinic-identity-record';
import { db as defaultDb, type KlinikDb } from '../schema';

/** The stored row (deleted or not), undefined until someone sets the identity. */
export function getClinicIdentityRecord(
  database: KlinikDb = defaultDb,
): Promise<ClinicIdentityRecord | undefined> {
  return database.clinicIdentities.get(CLINIC_IDENTITY_ID);
}

/** The identity's fields; EMPTY_CLINIC_IDENTITY while none is set (or it was deleted). */
export function identityOf(row: ClinicIdentityRecord | undefined): ClinicIdentity {
  if (!row || row.deleted) return EMPTY_CLINIC_IDENTITY;
  return {
    regionName: row.regionName ?? '',
    place: row.place ?? '',
    clinicName: row.clinicName ?? '',
    agencyName: row.agencyName ?? '',
    logo: row.logo ?? '',
  };
}

export async function getClinicIdentity(database: KlinikDb = defaultDb): Promise<ClinicIdentity> {
  return identityOf(await getClinicIdentityRecord(database));
}
