/** An IID profile that passes every completeness check (domain/completeness), for test records. */
import type { InnovationFields } from '../../src/domain/innovation';

/** `n` words of text: the rancang bangun needs at least 300. */
export const words = (n: number): string => Array.from({ length: n }, () => 'layanan').join(' ');

export const completeProfile = {
  tahapan: 'inisiatif',
  inisiator: 'asn',
  jenis: 'digital',
  bentuk: 'pelayananPublik',
  urusan: 'Kesehatan',
  rancangBangun: words(300),
  tujuan: 'Memangkas antrean',
  manfaat: 'Pasien menunggu lebih singkat',
  hasil: 'Waktu tunggu turun',
} as const satisfies Partial<InnovationFields>;
