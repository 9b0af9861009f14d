import { newUnitFields, type UnitFields, type UnitKind } from '../unit';

/** The fictional city every demo record belongs to. */
export const DEMO_CITY = 'Kota Sukamaju';

export interface DemoUnitSpec {
  /** Stable handle the innovation specs refer to. */
  key: string;
  name: string;
  kind: UnitKind;
  parentAgency: string;
  contactPerson: string;
  contactPhone: string;
}

const PEMKOT = 'Pemerintah Kota Sukamaju';

/**
 * Work units of Kota Sukamaju: every kind of unit and both competition groups. The Dinas
 * Perpustakaan dan Kearsipan has no innovation on purpose, so the "1 instansi 1 inovasi" check
 * has an agency to flag.
 */
export const DEMO_UNITS: readonly DemoUnitSpec[] = [
  u('dinkes', 'Dinas Kesehatan', 'opd', PEMKOT, 'dr. Hendra Wijaya, M.Kes.', '0266 221 301'),
  u(
    'disdukcapil',
    'Dinas Kependudukan dan Pencatatan Sipil',
    'opd',
    PEMKOT,
    'Yuliana Sari, S.E.',
    '0266 221 455',
  ),
  u(
    'bapperida',
    'Badan Perencanaan Pembangunan, Riset, dan Inovasi Daerah (Bapperida)',
    'opd',
    PEMKOT,
    'Ir. Bambang Sutrisno, M.T.',
    '0266 221 120',
  ),
  u('disdik', 'Dinas Pendidikan', 'opd', PEMKOT, 'Drs. Agus Salim, M.Pd.', '0266 221 610'),
  u('dlh', 'Dinas Lingkungan Hidup', 'opd', PEMKOT, 'Ratna Dewi, S.T.', '0266 221 777'),
  u('dispusip', 'Dinas Perpustakaan dan Kearsipan', 'opd', PEMKOT, 'Sri Wahyuni, S.Sos.', '0266 221 540'),
  u('kecUtara', 'Kecamatan Sukamaju Utara', 'kecamatan', PEMKOT, 'Dedi Kurniawan, S.STP.', '0266 232 010'),
  u('kecSelatan', 'Kecamatan Sukamaju Selatan', 'kecamatan', PEMKOT, 'Iwan Setiawan, S.IP.', '0266 232 020'),
  u(
    'kelCibeureum',
    'Kelurahan Cibeureum',
    'kelurahan',
    'Kecamatan Sukamaju Utara',
    'Asep Saepudin',
    '0812 2044 1180',
  ),
  u(
    'kelMekarsari',
    'Kelurahan Mekarsari',
    'kelurahan',
    'Kecamatan Sukamaju Selatan',
    'Nining Kurniasih',
    '0813 2290 4471',
  ),
  u(
    'pkmUtara',
    'UPT Puskesmas Sukamaju Utara',
    'uptPuskesmas',
    'Dinas Kesehatan',
    'drg. Maya Lestari',
    '0266 240 118',
  ),
  u(
    'pkmCibeureum',
    'UPT Puskesmas Cibeureum',
    'uptPuskesmas',
    'Dinas Kesehatan',
    'dr. Fajar Nugroho',
    '0266 240 205',
  ),
  u(
    'uptPkb',
    'UPT Pengujian Kendaraan Bermotor Dinas Perhubungan',
    'uptDinas',
    'Dinas Perhubungan',
    'Rudi Hartono, S.T.',
    '0266 250 330',
  ),
  u(
    'uptSampah',
    'UPT Pengelolaan Sampah Dinas Lingkungan Hidup',
    'uptDinas',
    'Dinas Lingkungan Hidup',
    'Ujang Supriatna',
    '0266 250 412',
  ),
  u(
    'pdam',
    'Perumda Air Minum Tirta Sukamaju',
    'bumd',
    PEMKOT,
    'Hj. Euis Rahmawati, S.E., M.M.',
    '0266 260 100',
  ),
  u('sdn1', 'SD Negeri 1 Sukamaju', 'sekolah', 'Dinas Pendidikan', 'Tati Suryati, S.Pd.', '0266 270 011'),
  u(
    'smpn2',
    'SMP Negeri 2 Sukamaju',
    'sekolah',
    'Dinas Pendidikan',
    'Wawan Hermawan, S.Pd., M.Pd.',
    '0266 270 022',
  ),
];

function u(
  key: string,
  name: string,
  kind: UnitKind,
  parentAgency: string,
  contactPerson: string,
  contactPhone: string,
): DemoUnitSpec {
  return { key, name, kind, parentAgency, contactPerson, contactPhone };
}

export function demoUnitFields(spec: DemoUnitSpec): UnitFields {
  const { name, kind, parentAgency, contactPerson, contactPhone } = spec;
  return newUnitFields({ name, kind, parentAgency, contactPerson, contactPhone });
}

/** Job titles by kind of unit, for team members and attendees. */
export const POSITIONS: Record<UnitKind, readonly string[]> = {
  opd: [
    'Sekretaris Dinas',
    'Kepala Bidang',
    'Kepala Seksi',
    'Analis Kebijakan Ahli Muda',
    'Pranata Komputer',
  ],
  kecamatan: [
    'Sekretaris Camat',
    'Kepala Seksi Pelayanan',
    'Kepala Seksi Pemerintahan',
    'Pengadministrasi Umum',
  ],
  kelurahan: ['Lurah', 'Sekretaris Kelurahan', 'Kepala Seksi Kesejahteraan Sosial', 'Staf Pelayanan'],
  uptDinas: ['Kepala UPT', 'Kepala Subbagian Tata Usaha', 'Penguji Kendaraan Bermotor', 'Pengawas Lapangan'],
  uptPuskesmas: ['Kepala Puskesmas', 'Bidan Koordinator', 'Perawat', 'Nutrisionis', 'Sanitarian'],
  bumd: ['Direktur Umum', 'Kepala Bagian Pelayanan', 'Kepala Seksi Distribusi', 'Staf Teknologi Informasi'],
  sekolah: [
    'Kepala Sekolah',
    'Wakil Kepala Sekolah',
    'Guru Kelas',
    'Guru Bimbingan Konseling',
    'Operator Sekolah',
  ],
};
