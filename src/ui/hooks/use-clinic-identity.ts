/**
 * The clinic's identity for documents (minutes letterhead, the unit report, exports): live from
 * the database, so an identity set on another device shows once sync brings it.
 * EMPTY_CLINIC_IDENTITY until it is set, and while the first read is in flight.
 */
import { useMemo } from 'preact/hooks';
import { getClinicIdentityRecord, identityOf } from '../../db/queries/clinic-identity';
import type { ClinicIdentity } from '../../domain/clinic-identity';
import { useLiveQuery } from './use-live-query';

export function useClinicIdentity(): ClinicIdentity {
  const row = useLiveQuery(() => getClinicIdentityRecord(), []);
  // One object per stored row, so screens that memoise on it redo nothing on other renders.
  return useMemo(() => identityOf(row), [row]);
}
