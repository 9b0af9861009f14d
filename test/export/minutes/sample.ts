/** A full session for the minutes tests: eight attendees, two facilitators, the demo's notes. */
import type { ActionItem } from '../../../src/domain/action-item';
import { SESSION_NOTES } from '../../../src/domain/demo/session-texts';
import type { MinutesData } from '../../../src/domain/queries/export';
import type { MentoringSession } from '../../../src/domain/session';
import type { Unit } from '../../../src/domain/unit';

const base = {
  createdAt: '2026-12-04T02:00:00.000Z',
  updatedAt: '2026-12-04T02:00:00.000Z',
  deleted: false,
  version: 1,
};

export const ATTENDEES = [
  ['Dra. Hj. Sri Wahyuningsih, M.Kes.', '19780312 200501 2 004', 'Kepala Seksi Pelayanan Kesehatan Rujukan'],
  ['Muhammad Rizky Ramadhan, S.Kom.', '19900521 201503 1 002', 'Pranata Komputer Ahli Pertama'],
  ['Ns. Fitriani Handayani, S.Kep.', '19850917 200902 2 003', 'Perawat Ahli Muda'],
  ['Bambang Setiawan, S.E., M.M.', '19760105 200312 1 001', 'Kepala Subbagian Perencanaan dan Keuangan'],
  ['dr. Nurul Aini Syafitri', '19920714 201801 2 005', 'Dokter Ahli Pertama'],
  ['Yohanes Kristianto, A.Md.Kes.', '19880302 201101 1 006', 'Pranata Laboratorium Kesehatan'],
  ['Siti Maryam Lubis, S.Sos.', '', 'Kader Posyandu Kelurahan'],
  ['Hendra Gunawan Saputra, S.T.', '19830811 200801 1 007', 'Analis Kebijakan Ahli Muda'],
] as const;

const notes = SESSION_NOTES.diagnose;
const longest = (lines: readonly string[], n: number) =>
  [...lines].sort((a, b) => b.length - a.length).slice(0, n);

export const UNIT: Unit = {
  ...base,
  id: 'u1',
  name: 'Dinas Kesehatan',
  kind: 'opd',
  group: 1,
  parentAgency: '',
  contactPerson: '',
  contactPhone: '',
};

export const SESSION: MentoringSession = {
  ...base,
  id: 's1',
  unitId: 'u1',
  date: '2026-12-04',
  time: '',
  place: 'Ruang rapat Dinas Kesehatan',
  facilitators: ['Dr. Rina Marlina, M.Si.', 'Andi Saputra, S.T., M.PA.'],
  innovationIds: ['i1'],
  stageFocus: 'diagnose',
  attendees: ATTENDEES.map(([name, nip, position], n) => ({
    id: `a${n}`,
    name,
    nip,
    position,
    role: n === 0 ? 'Ketua tim inovasi' : 'Anggota tim inovasi',
  })),
  agenda: notes.agenda.map((l, i) => `${i + 1}. ${l}`).join('\n'),
  findings: longest(notes.findings, 2)
    .map((l) => `- ${l}`)
    .join('\n'),
  recommendations: longest(notes.recommendations, 2)
    .map((l) => `- ${l}`)
    .join('\n'),
  nextVisitDate: '2026-12-25',
};

const followUp = (id: string, text: string, owner: string, dueDate: string): ActionItem => ({
  ...base,
  id,
  text,
  owner,
  dueDate,
  status: 'open',
  doneDate: '',
  unitId: 'u1',
  sessionId: 's1',
  innovationId: 'i1',
  note: '',
});

export const MINUTES: MinutesData = {
  session: SESSION,
  unit: UNIT,
  innovations: [],
  followUps: longest(notes.followUps, 2).map((text, n) =>
    followUp(`f${n}`, text, ATTENDEES[n]?.[0] ?? '', `2026-12-${14 + n * 10}`),
  ),
  innovationNames: new Map([['i1', 'Antrean Daring Puskesmas']]),
};
