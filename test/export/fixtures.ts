/** Records for the export tests, built in memory (no database needed for the serializers). */
import { type ActionItem, newActionItemFields } from '../../src/domain/action-item';
import { type Innovation, newInnovationFields } from '../../src/domain/innovation';
import type { BaseRecord } from '../../src/domain/record';
import { type MentoringSession, newSessionFields } from '../../src/domain/session';
import { defaultStageProgress, type StageProgress } from '../../src/domain/stage-progress';
import { STAGES } from '../../src/domain/stages';
import { newUnitFields, type Unit } from '../../src/domain/unit';
import type { ExportData } from '../../src/export/model';
import { translate } from '../../src/i18n';

export const tId = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('id', key, params);

let seq = 0;
function base(): BaseRecord {
  seq++;
  return {
    id: `rec-${String(seq).padStart(4, '0')}`,
    createdAt: `2026-01-01T00:00:${String(seq % 60).padStart(2, '0')}.000Z`,
    updatedAt: '2026-01-01T00:00:00.000Z',
    deleted: false,
    version: 0,
  };
}

export const TRICKY = 'Kelurahan Sungai Jawi, Pontianak Kota';
export const QUOTED = 'Program "Jemput Bola" – layanan ke rumah';
export const MULTILINE = 'Baris pertama, dengan koma\r\nBaris kedua\nBaris ketiga "kutip"';

/** One unit with two innovations (five stages each), two sessions, three follow-ups. */
export function sampleData(): ExportData {
  const unit: Unit = {
    ...base(),
    ...newUnitFields({ name: TRICKY, kind: 'kelurahan' }),
    contactPhone: '0812-555',
  };
  const other: Unit = { ...base(), ...newUnitFields({ name: 'Dinas Kesehatan', kind: 'opd' }) };
  const a: Innovation = {
    ...base(),
    ...newInnovationFields({ unitId: unit.id, name: QUOTED }),
    tahapan: 'penerapan',
    jenis: 'digital',
    bentuk: 'pelayananPublik',
    urusan: 'Kesehatan',
    urusanLain: ['Sosial', 'Pemberdayaan Masyarakat dan Desa'],
    trialDate: '2026-02-03',
    implementationDate: '2026-05-20',
    rancangBangun: MULTILINE,
    team: [
      { id: 't1', name: 'Siti Aminah', role: 'Ketua' },
      { id: 't2', name: 'Budi, S.Kom', role: '' },
    ],
    currentStage: 'deliver',
  };
  const b: Innovation = { ...base(), ...newInnovationFields({ unitId: other.id, name: 'SiPANDU' }) };
  const stages: StageProgress[] = [a, b].flatMap((i) =>
    STAGES.map((s, n) => {
      const fields = defaultStageProgress(i.id, s, () => `${i.id}-${s}-${n}`);
      if (i === a && s === 'drumUp') {
        fields.status = 'done';
        fields.checklist = fields.checklist.map((c) => ({ ...c, done: true, doneDate: '2026-01-10' }));
        fields.startDate = '2026-01-05';
        fields.endDate = '2026-01-20';
        fields.notes = 'Komitmen "kepala", tercatat';
      }
      return { ...base(), ...fields };
    }),
  );
  const s1: MentoringSession = {
    ...base(),
    ...newSessionFields({ unitId: unit.id, date: '2026-03-02', time: '09:30' }),
    place: 'Aula Kelurahan',
    facilitators: ['Rahmat', 'Dewi'],
    innovationIds: [a.id],
    stageFocus: 'deliver',
    attendees: [
      { id: 'p1', name: 'Siti Aminah', nip: '198503122010012003', position: 'Lurah', role: 'Ketua' },
      { id: 'p2', name: 'Agus "Gus" Salim', nip: '', position: 'Staf, Pelayanan', role: 'Anggota' },
    ],
    findings: MULTILINE,
    nextVisitDate: '2026-04-01',
  };
  const s2: MentoringSession = {
    ...base(),
    ...newSessionFields({ unitId: other.id, date: '2026-03-05' }),
    attendees: [{ id: 'p3', name: 'Dr. Rina', nip: '197001012000032001', position: 'Kepala', role: '' }],
  };
  const items: ActionItem[] = [
    {
      ...base(),
      ...newActionItemFields({ unitId: unit.id, text: 'Menyusun SK tim, segera', owner: 'Siti' }),
      sessionId: s1.id,
      innovationId: a.id,
      dueDate: '2026-03-10',
    },
    {
      ...base(),
      ...newActionItemFields({ unitId: unit.id, text: 'Foto daftar hadir' }),
      sessionId: s1.id,
      dueDate: '2026-12-31',
    },
    {
      ...base(),
      ...newActionItemFields({ unitId: other.id, text: 'Unggah data dukung' }),
      status: 'done',
      doneDate: '2026-03-08',
      dueDate: '2026-03-01',
      note: 'SK sudah terbit, 3 Maret',
    },
  ];
  return {
    units: [unit, other],
    innovations: [a, b],
    stageProgress: stages,
    sessions: [s1, s2],
    actionItems: items,
  };
}
