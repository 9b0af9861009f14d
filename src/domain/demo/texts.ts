/**
 * Phrases the demo composes IID profile texts from. The rancang bangun covers what the IID asks
 * for (legal basis, problem, strategic issue, method, advantages and novelty, stages) and is long
 * enough to pass the 300-word rule when the draft is meant to be complete.
 */
import { countWords, RANCANG_BANGUN_MIN_WORDS } from '../words';
import type { DemoInnovationSpec } from './innovation-specs';
import type { Rng } from './random';

const LEGAL_BASES = [
  'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah',
  'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik',
  'Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah',
  'Peraturan Menteri Dalam Negeri Nomor 104 Tahun 2018 tentang Penilaian dan Pemberian Penghargaan dan/atau Insentif Inovasi Daerah',
  'Peraturan Wali Kota Sukamaju Nomor 12 Tahun 2023 tentang Pedoman Inovasi Daerah',
];

const PROBLEM_MORE = [
  'Data pelayanan tiga tahun terakhir menunjukkan keluhan yang sama terus berulang tanpa penyelesaian yang tuntas.',
  'Petugas sudah bekerja keras, tetapi proses yang berlaku masih bergantung pada berkas kertas dan tatap muka.',
  'Hasil survei kepuasan masyarakat menempatkan unsur waktu pelayanan sebagai nilai terendah.',
  'Koordinasi antarbidang belum berjalan rutin sehingga informasi sering terlambat diterima pimpinan.',
];

const STRATEGIC = [
  'Isu strategis yang dijawab adalah peningkatan kualitas pelayanan publik yang cepat, mudah, dan terjangkau sebagaimana tertuang dalam RPJMD Kota Sukamaju.',
  'Inovasi ini sejalan dengan misi Wali Kota untuk mewujudkan tata kelola pemerintahan yang bersih, efektif, dan melayani.',
  'Isu ini juga menjadi perhatian DPRD dan muncul berulang kali dalam musyawarah perencanaan pembangunan tingkat kecamatan.',
];

const METHOD_MORE = [
  'Sebelum inovasi, setiap permohonan dicatat manual dan diproses satu per satu; setelah inovasi, alur layanan dipangkas dan setiap langkah tercatat sehingga dapat dipantau.',
  'Tim menyusun standar operasional prosedur baru, menetapkan penanggung jawab di setiap tahap, dan melatih petugas garis depan.',
  'Pelaksanaan melibatkan perangkat daerah terkait, perguruan tinggi, komunitas warga, media lokal, dan pelaku usaha sesuai prinsip pentahelix.',
];

const ADVANTAGES = [
  'Keunggulan inovasi ini terletak pada biaya yang rendah karena memanfaatkan sumber daya yang sudah tersedia di unit.',
  'Kebaruannya adalah penggabungan layanan yang sebelumnya terpisah menjadi satu alur yang mudah dipahami warga.',
  'Inovasi ini mudah direplikasi oleh unit lain karena prosedurnya sederhana dan panduannya tersedia dalam bentuk cetak maupun video.',
  'Manfaatnya dapat diukur melalui waktu layanan, jumlah penerima manfaat, dan hasil survei kepuasan yang dilakukan setiap semester.',
];

const FILLER = [
  'Keberlanjutan inovasi dijaga melalui surat keputusan tim, alokasi anggaran tahunan, dan pencantuman program dalam RKPD.',
  'Monitoring dan evaluasi dilakukan setiap bulan oleh tim inovasi bersama pendamping dari Klinik Inovasi Kota Sukamaju.',
  'Seluruh dokumen pendukung, termasuk foto kegiatan dan daftar hadir, disimpan sebagai data dukung penilaian indeks inovasi daerah.',
  'Masukan warga dikumpulkan melalui kotak saran, media sosial resmi, dan pertemuan rutin di tingkat RW.',
];

const STAGES_TEXT =
  'Tahapan inovasi meliputi: (1) pembentukan tim dan komitmen pimpinan; (2) identifikasi masalah dengan analisis USG dan pohon masalah; (3) penyusunan rancang bangun dan rencana aksi; (4) uji coba terbatas disertai monitoring; (5) penerapan menyeluruh, publikasi, dan replikasi.';

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('id') + text.slice(1);

/** The problem paragraph: alone, it is what an early draft usually has. */
export function problemParagraph(
  spec: DemoInnovationSpec,
  unitName: string,
  rng: Rng,
  sentences = 1,
): string {
  const more = rng.sample(PROBLEM_MORE, sentences).join(' ');
  return `Permasalahan. Permasalahan utama di ${unitName} adalah ${spec.masalah}. ${more} Dampaknya paling dirasakan oleh ${spec.sasaran}.`;
}

/** A complete "rancang bangun dan pokok perubahan" of at least 300 words. */
export function rancangBangun(spec: DemoInnovationSpec, unitName: string, rng: Rng): string {
  const laws = rng.sample(LEGAL_BASES, 3);
  const paragraphs = [
    `Dasar hukum. Inovasi ${spec.name} berlandaskan ${laws.join('; ')}.`,
    problemParagraph(spec, unitName, rng, 3),
    `Isu strategis. ${rng.sample(STRATEGIC, 2).join(' ')}`,
    `Metode pembaharuan. ${capitalize(spec.name)} mengubah cara kerja dengan ${spec.solusi}. ${rng.sample(METHOD_MORE, 3).join(' ')}`,
    `Keunggulan dan kebaruan. ${rng.sample(ADVANTAGES, 3).join(' ')}`,
    STAGES_TEXT,
  ];
  const fillers = rng.sample(FILLER, FILLER.length);
  let text = paragraphs.join('\n\n');
  while (countWords(text) < RANCANG_BANGUN_MIN_WORDS + 20) {
    const next = fillers.shift();
    if (next === undefined) break;
    text += ` ${next}`;
  }
  return text;
}

export function tujuan(spec: DemoInnovationSpec): string {
  return `Mengatasi ${spec.masalah} melalui ${spec.solusi}, sehingga ${spec.sasaran} memperoleh layanan yang lebih cepat dan pasti.`;
}

export function manfaat(spec: DemoInnovationSpec): string {
  return `${capitalize(spec.sasaran)} menghemat waktu dan biaya; petugas bekerja dengan data yang tercatat rapi; pimpinan dapat memantau kinerja layanan setiap bulan.`;
}

export function hasil(spec: DemoInnovationSpec, rng: Rng): string {
  const served = rng.int(12, 90) * 10;
  const faster = rng.int(30, 70);
  return `Selama pelaksanaan, ${served} orang ${spec.sasaran} telah terlayani, waktu layanan turun sekitar ${faster}% dan nilai survei kepuasan meningkat.`;
}

export function designHasil(spec: DemoInnovationSpec): string {
  return `Rancang bangun, rencana aksi, dan peta pemangku kepentingan ${spec.name} telah disusun dan disepakati tim.`;
}
