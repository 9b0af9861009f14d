/**
 * Export column names match the screens (issue 13: the export said "Perangkat daerah induk" where
 * the unit form says "Instansi induk"). A column that holds a form field is headed by that field's
 * own label, in either language; the screen label keys are listed here, apart from the tables.
 */
import { describe, expect, it } from 'vitest';
import type { ExportTableId } from '../../src/export/model';
import { buildExportTable } from '../../src/export/tables';
import { type Lang, type MessageKey, translate } from '../../src/i18n';
import { sampleData } from './fixtures';

const SCREEN_LABELS: Record<ExportTableId, MessageKey[]> = {
  units: [
    'units.field.name',
    'units.field.kind',
    'units.field.group',
    'units.field.parentAgency',
    'units.field.contactPerson',
    'units.field.contactPhone',
  ],
  innovations: [
    'innovations.field.name',
    'innovations.field.tahapan',
    'innovations.field.inisiator',
    'innovations.field.jenis',
    'innovations.field.bentuk',
    'innovations.field.urusan',
    'innovations.field.urusanLain',
    'innovations.field.trialDate',
    'innovations.field.implementationDate',
    'innovations.field.rancangBangun',
    'innovations.field.tujuan',
    'innovations.field.manfaat',
    'innovations.field.hasil',
    'innovations.field.anggaran',
    'innovations.field.haki',
    'innovations.field.penghargaan',
  ],
  progress: ['board.status', 'board.startDate', 'board.endDate', 'board.notes'],
  sessions: [
    'sessions.field.date',
    'sessions.field.unit',
    'sessions.field.place',
    'sessions.field.facilitators',
    'sessions.field.innovations',
    'sessions.field.stageFocus',
    'sessions.field.agenda',
    'sessions.field.findings',
    'sessions.field.recommendations',
    'sessions.field.nextVisit',
  ],
  attendees: [
    'sessions.field.place',
    'sessions.attendees.name',
    'sessions.attendees.nip',
    'sessions.attendees.position',
    'sessions.attendees.role',
  ],
  followUps: [
    'sessions.followUps.what',
    'sessions.followUps.who',
    'sessions.followUps.due',
    'sessions.followUps.note',
  ],
};

describe.each(['id', 'en'] as Lang[])('export column names in %s', (lang) => {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  it.each(Object.keys(SCREEN_LABELS) as ExportTableId[])(
    '%s: each form field is headed by its label',
    (id) => {
      const headers = buildExportTable(id, sampleData(), t, '2026-03-15').columns.map((c) => c.header);
      for (const key of SCREEN_LABELS[id]) expect(headers, key).toContain(t(key));
    },
  );

  it('the unit table says "Instansi induk" / "Parent agency" like the unit form', () => {
    const headers = buildExportTable('units', sampleData(), t, '2026-03-15').columns.map((c) => c.header);
    expect(headers).toContain(lang === 'id' ? 'Instansi induk' : 'Parent agency');
    expect(headers).not.toContain('Perangkat daerah induk');
  });
});
