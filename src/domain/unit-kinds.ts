/**
 * Kinds of work unit seen in the sources (DOMAIN.md). Apart from unit.ts so the units list's
 * filters (the first screen) do not carry the unit's validation rules along.
 */
export const UNIT_KINDS = [
  'opd',
  'kecamatan',
  'kelurahan',
  'uptDinas',
  'uptPuskesmas',
  'bumd',
  'sekolah',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
