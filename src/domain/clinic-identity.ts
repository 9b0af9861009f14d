/**
 * The clinic's identity, set by the coordinator in Settings and synced to every device: it heads
 * the printed and shared minutes (letterhead), signs the place-and-date line ("Pontianak,
 * 4 Desember 2026") and titles the unit report and exports. Every field may be empty: documents
 * then leave that part out rather than printing a placeholder.
 */
export interface ClinicIdentity {
  /** The local government, as it names itself: "Kota Pontianak", "Kabupaten Bangka Tengah". */
  regionName: string;
  /** Where documents are signed: "Pontianak". Empty: read off regionName (see `signingPlace`). */
  place: string;
  /** The clinic's own name: "Klinik Inovasi Kota Pontianak". */
  clinicName: string;
  /** The coordinating agency: "Bapperida Kota Pontianak". */
  agencyName: string;
  /** A small logo as a `data:image/png;base64,…` or `data:image/jpeg;base64,…` URL, or ''. */
  logo: string;
}

export const EMPTY_CLINIC_IDENTITY: ClinicIdentity = {
  regionName: '',
  place: '',
  clinicName: '',
  agencyName: '',
  logo: '',
};

const REGION_PREFIX = /^(kota|kabupaten|kab\.|provinsi)\s+/i;

/** The place on the signing line: the set place, else the region without "Kota"/"Kabupaten". */
export function signingPlace(identity: Pick<ClinicIdentity, 'place' | 'regionName'>): string {
  const place = identity.place.trim();
  if (place) return place;
  return identity.regionName.trim().replace(REGION_PREFIX, '').trim();
}
