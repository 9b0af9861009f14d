/** The demo city's identity: what a coordinator of Kota Sukamaju would type in Settings. */
import type { ClinicIdentityFields } from '../clinic-identity-record';
import { DEMO_LOGO } from './logo';
import { DEMO_CITY } from './units';

export function demoClinicIdentity(): ClinicIdentityFields {
  return {
    regionName: DEMO_CITY,
    place: '',
    clinicName: `Klinik Inovasi ${DEMO_CITY}`,
    agencyName: `Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah ${DEMO_CITY}`,
    logo: DEMO_LOGO,
  };
}
