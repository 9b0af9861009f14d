import { type ClinicIdentity, EMPTY_CLINIC_IDENTITY } from '../../domain/clinic-identity';

/**
 * The clinic's identity for documents. Placeholder until the settings lane's synced record
 * merges (it replaces this file): every part empty, so documents leave them out.
 */
export function useClinicIdentity(): ClinicIdentity {
  return EMPTY_CLINIC_IDENTITY;
}
