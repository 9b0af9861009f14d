/**
 * LAN's 5D innovation laboratory, in order. The checklist items are sensible defaults (not an
 * official LAN instrument): they seed each innovation's stage progress and stay editable there.
 */
export const STAGES = ['drumUp', 'diagnose', 'design', 'deliver', 'display'] as const;
export type StageKey = (typeof STAGES)[number];

export const STAGE_STATUSES = ['notStarted', 'inProgress', 'done'] as const;
export type StageStatus = (typeof STAGE_STATUSES)[number];

/** Default checklist items, in Indonesian: they become user data once copied into a record. */
export const DEFAULT_CHECKLISTS: Record<StageKey, readonly string[]> = {
  drumUp: ['Kick-off diselenggarakan', 'Komitmen pimpinan tercatat', 'Tim inovasi ditetapkan (SK tim)'],
  diagnose: [
    'Daftar masalah disusun',
    'Analisis akar masalah (fishbone / pohon masalah, USG)',
    'Daftar ide inovasi',
    'Ide terpilih ditetapkan',
  ],
  design: [
    'Rancang bangun inovasi',
    'Rencana aksi dengan tonggak capaian',
    'Pemangku kepentingan dipetakan',
    'Kebutuhan anggaran dihitung',
  ],
  deliver: [
    'Uji coba dimulai',
    'Peluncuran',
    'Catatan monitoring & evaluasi (monev)',
    'Bukti hasil terkumpul',
  ],
  display: ['Ikut pameran / expo', 'Publikasi', 'Masuk direktori inovasi', 'Direplikasi unit lain'],
};

export function isStageKey(value: unknown): value is StageKey {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

export function stageIndex(stage: StageKey): number {
  return STAGES.indexOf(stage);
}
