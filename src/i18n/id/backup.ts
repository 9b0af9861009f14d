/** Strings of the backup and move section in Settings (Indonesian, the source language). */
export const backup = {
  'backup.title': 'Cadangan dan pindah perangkat',
  'backup.intro':
    'Simpan semua data di perangkat ini, termasuk perubahan yang belum terkirim, ke satu file. Impor file itu di perangkat lain untuk melanjutkan pekerjaan; perubahannya ikut terkirim pada sinkronisasi berikutnya.',
  'backup.export.title': 'Ekspor',
  'backup.export.button': 'Ekspor semua data di perangkat ini',
  'backup.export.busy': 'Menyiapkan file…',
  'backup.export.pending': 'File akan membawa {n} perubahan yang belum terkirim.',
  'backup.export.noPending': 'Tidak ada perubahan yang menunggu: file berisi salinan data di perangkat ini.',
  'backup.export.done': 'File {name} diunduh: {records} catatan, {unsent} perubahan belum terkirim.',
  'backup.export.privacy': 'Simpan file ini di tempat aman: isinya data unit dan orang yang didampingi.',
  'backup.export.failed': 'File cadangan gagal dibuat. Data Anda tidak berubah. Coba lagi.',
  'backup.import.title': 'Impor',
  'backup.import.choose': 'Pilih file cadangan (.json)',
  'backup.import.hint':
    'Bila ada koneksi, sinkronkan perangkat ini dulu. Tidak ada yang berubah sebelum Anda menekan “Impor sekarang”.',
  'backup.import.reading': 'Membaca file {name}…',
  'backup.import.checking': 'Memeriksa file {name}…',
  'backup.import.planning': 'Membandingkan dengan data di perangkat ini…',
  'backup.import.applying': 'Mengimpor…',
  'backup.import.percent': 'Memeriksa {percent}%',
  'backup.preview.title': 'Pratinjau impor',
  'backup.preview.source': 'File {name}, diekspor {date} pukul {time}.',
  'backup.preview.sourceAccount': 'File {name} dari akun {account}, diekspor {date} pukul {time}.',
  'backup.preview.unsent': 'File membawa {n} perubahan yang belum terkirim.',
  'backup.preview.add': 'Akan menambah {list}.',
  'backup.preview.update': 'Akan memperbarui {list}.',
  'backup.preview.deleting': '{n} di antaranya akan ditandai terhapus, seperti di file.',
  'backup.preview.restoring': '{n} data yang terhapus di sini akan dikembalikan.',
  'backup.preview.addedDeleted': '{n} data yang sudah dihapus ikut disimpan sebagai terhapus.',
  'backup.preview.queued':
    '{n} perubahan belum terkirim akan disiapkan untuk dikirim. Server memeriksa dan menggabungkannya pada sinkronisasi berikutnya; yang di luar wewenang akun ini akan ditolak dan tampil sebagai ditolak.',
  'backup.preview.skipped': '{n} catatan server dilewati (akan diambil dari server).',
  'backup.preview.unsentNoRecord':
    'Untuk {n} catatan, perubahan belum terkirim dari file belum dapat disiapkan untuk dikirim karena catatannya belum ada di perangkat ini. Sinkronkan dulu, lalu impor file ini lagi.',
  'backup.preview.unsentLeftOut':
    'Untuk {n} data, perubahan belum terkirim dari file tidak diimpor: perangkat ini punya perubahan yang lebih baru pada isian yang sama.',
  'backup.preview.same': '{n} data sudah sama dan dilewati.',
  'backup.preview.nothing':
    'Tidak ada yang perlu diimpor: file tidak membawa perubahan belum terkirim yang belum ada di perangkat ini.',
  'backup.preview.otherAccount':
    'File ini dari akun {file}, sedangkan Anda masuk sebagai {current}. Perubahan di luar wewenang akun Anda akan ditolak server dan tampil di halaman status sinkronisasi.',
  'backup.preview.confirm': 'Impor sekarang',
  'backup.result.done':
    'Impor selesai: {added} data ditambahkan, {updated} diperbarui. {pending} perubahan menunggu sinkronisasi.',
  'backup.result.failed': 'Impor gagal, tidak ada yang berubah di perangkat ini. Coba lagi.',
  'backup.n.units': '{n} unit',
  'backup.n.innovations': '{n} inovasi',
  'backup.n.stageProgress': '{n} catatan tahap 5D',
  'backup.n.mentoringSessions': '{n} sesi pendampingan',
  'backup.n.actionItems': '{n} tindak lanjut',
  'backup.n.targets': '{n} target',
  'backup.n.conflicts': '{n} konflik',
  'backup.table.units': 'unit',
  'backup.table.innovations': 'inovasi',
  'backup.table.stageProgress': 'tahap 5D',
  'backup.table.mentoringSessions': 'sesi pendampingan',
  'backup.table.actionItems': 'tindak lanjut',
  'backup.table.targets': 'target',
  'backup.table.conflicts': 'konflik',
  'backup.problem.title': 'File tidak dapat diimpor',
  'backup.problem.nothingChanged': 'Tidak ada yang berubah di perangkat ini.',
  'backup.problem.unreadable': 'File {name} tidak dapat dibaca dari penyimpanan perangkat.',
  'backup.problem.tooDeep':
    'File {name} bersarang terlalu dalam (lebih dari {max} tingkat), jadi bukan cadangan yang dibuat aplikasi ini.',
  'backup.problem.empty': 'File {name} kosong.',
  'backup.problem.notJson':
    'File {name} bukan file cadangan Klinik Inovasi. Pilih file bernama klinik-inovasi-cadangan-….json.',
  'backup.problem.truncated':
    'File {name} terpotong: isinya tidak lengkap. Ekspor ulang di perangkat asal, lalu salin lagi sampai selesai.',
  'backup.problem.foreign': 'File {name} berisi data JSON lain, bukan cadangan Klinik Inovasi.',
  'backup.problem.wrongFormat': 'File {name} berformat “{format}”, bukan cadangan Klinik Inovasi.',
  'backup.problem.newerFormat':
    'File {name} dibuat oleh versi aplikasi yang lebih baru (format {version}). Perbarui aplikasi di perangkat ini, lalu coba lagi.',
  'backup.problem.damaged': 'File {name} rusak: bagian “{part}” tidak sesuai format cadangan.',
  'backup.problem.checksum':
    'Isi file {name} berubah sejak diekspor (checksum tidak cocok): file rusak saat disalin atau telah diedit. Ekspor ulang di perangkat asal.',
  'backup.problem.invalidRecord':
    'File {name} berisi data {table} yang tidak valid (kode {id}, isian “{field}”): {reason}',
  'backup.problem.duplicateRecord': 'File {name} berisi data {table} ganda (kode {id}).',
  'backup.problem.invalidOutbox':
    'File {name} berisi perubahan belum terkirim yang tidak valid (nomor {index}, isian “{field}”).',
  'backup.n.clinicIdentities': '{n} identitas klinik',
  'backup.table.clinicIdentities': 'identitas klinik',
} as const;
