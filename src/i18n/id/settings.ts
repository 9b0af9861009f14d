/** Strings of the settings screens (Indonesian, the source language). */
export const settings = {
  'settings.title': 'Pengaturan',
  'settings.subtitle': 'Bahasa, nama Anda, identitas klinik, data demo, dan penyimpanan di perangkat ini',
  'settings.lang.title': 'Bahasa',
  'settings.lang.legend': 'Bahasa tampilan',
  'settings.lang.id': 'Bahasa Indonesia',
  'settings.lang.en': 'English',
  'settings.name.title': 'Nama saya',
  'settings.name.label': 'Nama saya',
  'settings.name.placeholder': 'mis. Siti Nurhaliza, S.Sos.',
  'settings.name.hint':
    'Dipakai sebagai fasilitator pada setiap sesi pendampingan baru. Tersimpan di perangkat ini.',
  'settings.demo.title': 'Data demo',
  'settings.demo.body':
    'Muat contoh data kota fiktif “Kota Sukamaju”: unit kerja, inovasi di setiap tahap 5D, sesi pendampingan, dan tindak lanjut. Cocok untuk mencoba aplikasi atau untuk pelatihan.',
  'settings.demo.load': 'Muat data demo',
  'settings.demo.loading': 'Memuat data demo…',
  'settings.demo.confirm':
    'Perangkat ini sudah berisi {n} unit. Data demo akan ditambahkan ke data yang ada (tidak menggantinya) dan ikut dikirim saat sinkronisasi. Lanjutkan?',
  'settings.demo.confirmYes': 'Ya, tambahkan data demo',
  'settings.demo.done':
    'Data demo dimuat: {units} unit, {innovations} inovasi, {sessions} sesi pendampingan, {followUps} tindak lanjut.',
  'settings.demo.openUnits': 'Lihat daftar unit',
  'settings.demo.failed':
    'Data demo gagal dimuat. Tidak ada yang tersimpan sebagian; data Anda tidak berubah. Coba lagi.',
  'settings.storage.title': 'Penyimpanan',
  'settings.storage.where': 'Data disimpan di perangkat ini dan tetap tersedia tanpa koneksi.',
  'settings.storage.records': '{n} catatan tersimpan',
  'settings.storage.pending': '{n} perubahan menunggu sinkronisasi',
} as const;
