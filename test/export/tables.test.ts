import { describe, expect, it } from 'vitest';
import { dateCell, exportCounts } from '../../src/export/model';
import { buildExportTable, buildExportTables } from '../../src/export/tables';
import { sampleData, TRICKY, tId } from './fixtures';

const TODAY = '2026-03-15';
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe('export tables', () => {
  it('counts innovations and open/overdue follow-ups per unit', () => {
    const units = buildExportTable('units', sampleData(), tId, TODAY);
    expect(units.rows).toEqual([
      [TRICKY, 'Kelurahan', 2, '', '', '0812-555', 1, 2, 1],
      ['Dinas Kesehatan', 'Perangkat Daerah (OPD)', 1, '', '', '', 1, 0, 0],
    ]);
  });

  it('writes one 5D progress row per innovation and stage, in lab order, with items done/total', () => {
    const data = sampleData();
    const progress = buildExportTable(
      'progress',
      { ...data, stageProgress: [...data.stageProgress].reverse() },
      tId,
      TODAY,
    );
    expect(progress.rows).toHaveLength(10);
    expect(progress.rows.slice(0, 5).map((r) => [r[2], r[3]])).toEqual([
      [1, 'Drum up'],
      [2, 'Diagnose'],
      [3, 'Design'],
      [4, 'Deliver'],
      [5, 'Display'],
    ]);
    expect(progress.rows[0]).toEqual([
      TRICKY,
      'Program "Jemput Bola" – layanan ke rumah',
      1,
      'Drum up',
      'Selesai',
      3,
      3,
      d('2026-01-05'),
      d('2026-01-20'),
      'Komitmen "kepala", tercatat',
    ]);
    expect(progress.rows[1]?.slice(4, 9)).toEqual(['Belum mulai', 0, 4, null, null]);
  });

  it('lists attendees one per row with the session date, unit and place', () => {
    const attendees = buildExportTable('attendees', sampleData(), tId, TODAY);
    expect(attendees.rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      [d('2026-03-02'), TRICKY, 'Siti Aminah'],
      [d('2026-03-02'), TRICKY, 'Agus "Gus" Salim'],
      [d('2026-03-05'), 'Dinas Kesehatan', 'Dr. Rina'],
    ]);
  });

  it('gives follow-ups their unit, session date, innovation and an overdue flag', () => {
    const followUps = buildExportTable('followUps', sampleData(), tId, TODAY);
    expect(followUps.rows.map((r) => [r[0], r[1], r[2], r[6], r[8]])).toEqual([
      [TRICKY, d('2026-03-02'), 'Program "Jemput Bola" – layanan ke rumah', 'Terbuka', 'Ya'],
      [TRICKY, d('2026-03-02'), 'Unit secara umum', 'Terbuka', 'Tidak'],
      // Done items are never overdue, even past their due date.
      ['Dinas Kesehatan', null, 'Unit secara umum', 'Selesai', 'Tidak'],
    ]);
    // The unit team's note, as typed.
    expect(followUps.rows.map((r) => r[9])).toEqual(['', '', 'SK sudah terbit, 3 Maret']);
  });

  it('joins sessions to innovation names and counts attendees and follow-ups', () => {
    const sessions = buildExportTable('sessions', sampleData(), tId, TODAY);
    expect(sessions.rows[0]?.slice(0, 8)).toEqual([
      d('2026-03-02'),
      '09:30',
      TRICKY,
      'Aula Kelurahan',
      'Rahmat; Dewi',
      'Program "Jemput Bola" – layanan ke rumah',
      'Deliver',
      2,
    ]);
    expect(sessions.rows[0]?.[11]).toBe(2);
    expect(sessions.rows[0]?.[12]).toEqual(d('2026-04-01'));
    expect(sessions.columns[1]?.header).toBe('Pukul');
    // A session without a time (or stored before `time` existed) leaves the cell empty.
    expect(sessions.rows[1]?.[1]).toBe('');
  });

  it('marks what an IID profile still lacks and its completeness percent', () => {
    const [, innovation] = buildExportTables(sampleData(), tId, TODAY);
    const header = innovation?.columns.map((c) => c.header) ?? [];
    const row = innovation?.rows[1] ?? [];
    expect(row[header.indexOf('Kelengkapan profil IID (%)')]).toBe(10);
    expect(row[header.indexOf('Isian IID yang kurang')]).toContain('Rancang bangun: kurang 300 kata');
    expect(exportCounts(sampleData())).toEqual({
      units: 2,
      innovations: 2,
      progress: 10,
      sessions: 2,
      attendees: 3,
      followUps: 3,
    });
  });

  it('turns only real calendar dates into Date cells', () => {
    expect(dateCell('2026-02-28')).toEqual(d('2026-02-28'));
    expect(dateCell('')).toBeNull();
    expect(dateCell('2026-02-31')).toBeNull();
    expect(dateCell('bukan tanggal')).toBeNull();
  });
});
