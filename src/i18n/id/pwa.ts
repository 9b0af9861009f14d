/** Strings of the installable app: updates, offline readiness, storage use (Indonesian, the source). */
export const pwa = {
  'pwa.update.title': 'Versi baru tersedia',
  'pwa.update.body': 'Muat ulang untuk memakai versi terbaru. Data di perangkat ini tetap aman.',
  'pwa.update.reload': 'Muat ulang',
  'pwa.update.pendingTitle': '{n} perubahan belum tersinkron',
  'pwa.update.pendingBody':
    'Perubahan itu tetap tersimpan di perangkat ini dan akan tersinkron setelah pembaruan. Anda juga bisa menyinkronkan dulu.',
  'pwa.update.allSynced': 'Semua perubahan sudah tersinkron. Aman untuk memuat ulang.',
  'pwa.update.confirm': 'Tetap muat ulang',
  'pwa.update.syncFirst': 'Sinkronkan dulu',
  'pwa.update.syncing': 'Menyinkronkan…',
  'pwa.update.later': 'Nanti',
  'pwa.update.updating': 'Memuat versi baru…',
  'pwa.offlineReady.title': 'Siap dipakai tanpa sinyal',
  'pwa.offlineReady.body':
    'Aplikasi sudah tersimpan di perangkat ini: tetap bisa dibuka dan dipakai tanpa koneksi. Perubahan dikirim saat tersambung lagi.',
  'pwa.offlineReady.dismiss': 'Mengerti',
  'pwa.storage.usage': 'Terpakai {used} dari kuota {quota}',
  'pwa.storage.usageUnknown': 'Browser ini tidak melaporkan besar ruang penyimpanan.',
  'pwa.storage.persisted': 'Penyimpanan permanen: browser tidak akan menghapus data ini dengan sendirinya.',
  'pwa.storage.notPersisted':
    'Penyimpanan belum permanen: browser dapat menghapus data ini bila ruang perangkat hampir habis.',
  'pwa.storage.persistUnknown': 'Browser ini tidak memberi tahu apakah data disimpan permanen.',
  'pwa.storage.requestPersist': 'Minta penyimpanan permanen',
  'pwa.storage.persistDenied':
    'Browser belum mengizinkan. Pasang aplikasi ke layar utama dan sinkronkan secara rutin.',
  'pwa.storage.adviceIos':
    'Di iPhone/iPad, data situs yang tidak dibuka selama 7 hari dapat dihapus. Tambahkan Klinik Inovasi ke Layar Utama (Bagikan → Tambahkan ke Layar Utama), bukalah dari ikon itu, dan sinkronkan sebelum lama tidak dipakai.',
  'pwa.storage.adviceSafari':
    'Safari dapat menghapus data situs yang tidak dibuka selama 7 hari. Tambahkan Klinik Inovasi ke Dock (Berkas → Tambahkan ke Dock) atau pakai browser lain, dan sinkronkan secara rutin.',
  'pwa.storage.adviceOther':
    'Agar lebih aman, pasang aplikasi (menu browser → Instal aplikasi / Tambahkan ke layar utama) dan sinkronkan secara rutin supaya salinan data ada di server.',
  'pwa.storage.version': 'Versi aplikasi {version}',
} as const;
