/** Strings of the clinic's identity (Settings) and where documents show it (Indonesian, the source). */
export const clinic = {
  'clinic.title': 'Identitas klinik',
  'clinic.hint':
    'Dipakai pada kop notulen, laporan unit, dan ekspor Excel. Berlaku di semua perangkat setelah sinkronisasi.',
  'clinic.field.regionName': 'Nama daerah',
  'clinic.field.regionName.placeholder': 'mis. Kota Pontianak',
  'clinic.field.place': 'Tempat penandatanganan',
  'clinic.field.place.placeholder': 'mis. Pontianak',
  'clinic.field.place.hint': 'Kosongkan untuk memakai nama daerah tanpa “Kota”/“Kabupaten”.',
  'clinic.field.clinicName': 'Nama klinik',
  'clinic.field.clinicName.placeholder': 'mis. Klinik Inovasi Kota Pontianak',
  'clinic.field.agencyName': 'Instansi koordinator',
  'clinic.field.agencyName.placeholder': 'mis. Bapperida Kota Pontianak',
  'clinic.signingLine': 'Baris tempat dan tanggal: {line}',
  'clinic.logo.label': 'Logo',
  'clinic.logo.none': 'Belum ada logo.',
  'clinic.logo.alt': 'Logo klinik',
  'clinic.logo.choose': 'Pilih logo',
  'clinic.logo.change': 'Ganti logo',
  'clinic.logo.remove': 'Hapus logo',
  'clinic.logo.hint':
    'Gambar PNG atau JPG. Diperkecil otomatis (sisi terpanjang 256 piksel) sebelum disimpan.',
  'clinic.logo.reading': 'Memproses gambar…',
  'clinic.logo.unreadable': 'File {name} tidak dapat dibaca sebagai gambar. Pilih file PNG atau JPG.',
  'clinic.empty': 'Identitas klinik belum diisi oleh koordinator.',
} as const;
