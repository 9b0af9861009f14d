import type { StageKey } from '../stages';

/** What a facilitator typically writes in a session at each 5D stage (Indonesian). */
export interface StageNotes {
  agenda: readonly string[];
  findings: readonly string[];
  recommendations: readonly string[];
  followUps: readonly string[];
}

export const SESSION_NOTES: Record<StageKey, StageNotes> = {
  drumUp: {
    agenda: [
      'Pembukaan dan penjelasan program Klinik Inovasi',
      'Penyamaan persepsi tentang laboratorium inovasi 5D',
      'Pembahasan komitmen pimpinan dan susunan tim inovasi',
    ],
    findings: [
      'Pimpinan unit mendukung, tetapi komitmen belum dituangkan secara tertulis.',
      'Calon anggota tim sudah ada, namun SK tim inovasi belum diterbitkan.',
      'Sebagian pegawai menganggap inovasi sebagai beban tambahan.',
    ],
    recommendations: [
      'Segera terbitkan SK tim inovasi yang ditandatangani kepala unit.',
      'Selenggarakan kick-off internal agar seluruh pegawai memahami tujuan inovasi.',
    ],
    followUps: [
      'Menyiapkan draf SK tim inovasi',
      'Menjadwalkan rapat komitmen bersama pimpinan',
      'Menyusun daftar calon anggota tim lintas bidang',
    ],
  },
  diagnose: {
    agenda: [
      'Inventarisasi masalah layanan',
      'Analisis akar masalah dengan pohon masalah',
      'Pemeringkatan masalah dengan metode USG',
    ],
    findings: [
      'Daftar masalah sudah disusun, tetapi belum didukung data pengaduan.',
      'Analisis akar masalah masih berhenti pada gejala, belum menyentuh penyebab.',
      'Tim sudah mengumpulkan delapan ide inovasi dari pegawai dan warga.',
    ],
    recommendations: [
      'Lengkapi data pendukung setiap masalah dari rekap pengaduan enam bulan terakhir.',
      'Gunakan skor USG untuk memilih satu masalah prioritas sebelum kunjungan berikutnya.',
    ],
    followUps: [
      'Melengkapi analisis USG untuk lima masalah utama',
      'Mengumpulkan rekap pengaduan enam bulan terakhir',
      'Menetapkan ide inovasi terpilih dalam rapat tim',
    ],
  },
  design: {
    agenda: [
      'Reviu draf rancang bangun inovasi',
      'Penyusunan rencana aksi dan tonggak capaian',
      'Pemetaan pemangku kepentingan dan kebutuhan anggaran',
    ],
    findings: [
      'Rancang bangun belum memuat dasar hukum dan keunggulan inovasi.',
      'Rencana aksi sudah ada, tetapi belum mencantumkan penanggung jawab setiap kegiatan.',
      'Kebutuhan anggaran belum dihitung sehingga belum bisa diusulkan ke RKPD.',
    ],
    recommendations: [
      'Lengkapi rancang bangun sampai minimal 300 kata sesuai format IID.',
      'Tambahkan tonggak capaian bulanan dan penanggung jawabnya pada rencana aksi.',
    ],
    followUps: [
      'Menyusun rancang bangun minimal 300 kata',
      'Menghitung kebutuhan anggaran uji coba',
      'Memetakan pemangku kepentingan pentahelix',
    ],
  },
  deliver: {
    agenda: [
      'Evaluasi pelaksanaan uji coba',
      'Pembahasan hasil monitoring dan keluhan pengguna',
      'Persiapan peluncuran inovasi',
    ],
    findings: [
      'Uji coba berjalan di dua lokasi; jumlah pengguna meningkat setiap minggu.',
      'Foto kegiatan dan daftar hadir uji coba belum diarsipkan sebagai data dukung.',
      'Beberapa pengguna lanjut usia masih kesulitan memakai layanan baru.',
    ],
    recommendations: [
      'Arsipkan data dukung uji coba sesuai indikator IID.',
      'Sediakan petugas pendamping bagi pengguna yang kesulitan selama masa transisi.',
    ],
    followUps: [
      'Mengumpulkan foto dan data dukung uji coba',
      'Menyusun laporan monev bulan pertama',
      'Menyiapkan SK penerapan inovasi',
    ],
  },
  display: {
    agenda: [
      'Persiapan pameran inovasi daerah',
      'Penyusunan video dan bahan publikasi',
      'Pembahasan rencana replikasi ke unit lain',
    ],
    findings: [
      'Inovasi sudah diterapkan penuh dan memiliki data penerima manfaat.',
      'Video inovasi belum memuat lima unsur yang diminta penilai.',
      'Dua unit lain menyatakan minat untuk mereplikasi inovasi ini.',
    ],
    recommendations: [
      'Perbaiki video inovasi agar memuat latar belakang, proses, hasil, manfaat, dan testimoni.',
      'Daftarkan inovasi ke direktori inovasi daerah dan kompetisi tingkat provinsi.',
    ],
    followUps: [
      'Mengunggah video inovasi ke kanal resmi pemerintah kota',
      'Mengisi profil inovasi di direktori inovasi daerah',
      'Menyusun panduan replikasi untuk unit lain',
    ],
  },
};

export const ATTENDEE_ROLES = ['Ketua tim inovasi', 'Anggota tim', 'Narasumber', 'Peserta'];

export const PLACES = ['Ruang rapat', 'Aula', 'Ruang kepala', 'Ruang pelayanan'];
