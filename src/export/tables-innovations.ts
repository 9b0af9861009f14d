/** Units, innovations (the whole IID profile) and 5D progress as export tables. */
import { isOverdue } from '../domain/action-item';
import { innovationCompleteness } from '../domain/completeness';
import type { Innovation } from '../domain/innovation';
import { STAGES, stageIndex } from '../domain/stages';
import { RANCANG_BANGUN_MIN_WORDS } from '../domain/words';
import {
  type Cell,
  date,
  dateCell,
  type ExportData,
  type ExportTable,
  joinList,
  long,
  num,
  type Translate,
  text,
} from './model';

/** "Nama (peran); Nama (peran)": readable in one cell, and still splittable on "; ". */
export function teamText(team: Innovation['team']): string {
  return joinList(team.map((m) => (m.role.trim() ? `${m.name} (${m.role})` : m.name)));
}

export function unitNames(data: ExportData): Map<string, string> {
  return new Map(data.units.map((u) => [u.id, u.name]));
}

export function unitsTable(data: ExportData, t: Translate, today: string): ExportTable {
  const innovations = new Map<string, number>();
  for (const i of data.innovations) innovations.set(i.unitId, (innovations.get(i.unitId) ?? 0) + 1);
  const open = new Map<string, number>();
  const overdue = new Map<string, number>();
  for (const a of data.actionItems) {
    if (a.status !== 'open') continue;
    open.set(a.unitId, (open.get(a.unitId) ?? 0) + 1);
    if (isOverdue(a, today)) overdue.set(a.unitId, (overdue.get(a.unitId) ?? 0) + 1);
  }
  return {
    id: 'units',
    title: t('export.table.units'),
    fileStem: t('export.file.units'),
    columns: [
      text(t('units.field.name'), 40),
      text(t('units.field.kind'), 24),
      num(t('units.field.group'), 10),
      text(t('units.field.parentAgency'), 30),
      text(t('units.field.contactPerson'), 24),
      text(t('units.field.contactPhone'), 18),
      num(t('export.col.innovationCount'), 14),
      num(t('export.col.openFollowUps'), 14),
      num(t('export.col.overdueFollowUps'), 14),
    ],
    rows: data.units.map((u) => [
      u.name,
      t(`kind.${u.kind}`),
      u.group,
      u.parentAgency,
      u.contactPerson,
      u.contactPhone,
      innovations.get(u.id) ?? 0,
      open.get(u.id) ?? 0,
      overdue.get(u.id) ?? 0,
    ]),
  };
}

function missingText(i: Innovation, t: Translate): string {
  const c = innovationCompleteness(i);
  return joinList(
    c.missing.map((code) =>
      code === 'rancangBangun'
        ? t('innovations.missing.rancangBangun', { n: RANCANG_BANGUN_MIN_WORDS - c.rancangBangunWords })
        : t(`innovations.missing.${code}`),
    ),
  );
}

export function innovationsTable(data: ExportData, t: Translate): ExportTable {
  const units = unitNames(data);
  return {
    id: 'innovations',
    title: t('export.table.innovations'),
    fileStem: t('export.file.innovations'),
    columns: [
      text(t('export.col.unit'), 32),
      text(t('innovations.field.name'), 36),
      text(t('innovations.field.tahapan'), 14),
      text(t('innovations.field.inisiator'), 16),
      text(t('innovations.field.jenis'), 12),
      text(t('innovations.field.bentuk'), 30),
      text(t('innovations.field.urusan'), 30),
      text(t('innovations.field.urusanLain'), 36),
      date(t('innovations.field.trialDate')),
      date(t('innovations.field.implementationDate')),
      text(t('export.col.currentStage'), 14),
      num(t('export.col.completeness'), 14),
      long(t('export.col.missing'), 40),
      num(t('export.col.rancangBangunWords'), 14),
      // Not wrapped: 300+ words would make every row a page tall.
      text(t('innovations.field.rancangBangun'), 60),
      long(t('innovations.field.tujuan'), 40),
      long(t('innovations.field.manfaat'), 40),
      long(t('innovations.field.hasil'), 40),
      long(t('innovations.field.anggaran'), 30),
      long(t('innovations.field.haki'), 30),
      long(t('innovations.field.penghargaan'), 30),
      long(t('export.col.team'), 40),
    ],
    rows: data.innovations.map((i): Cell[] => {
      const c = innovationCompleteness(i);
      return [
        units.get(i.unitId) ?? '',
        i.name,
        i.tahapan ? t(`tahapan.${i.tahapan}`) : '',
        i.inisiator ? t(`inisiator.${i.inisiator}`) : '',
        i.jenis ? t(`jenis.${i.jenis}`) : '',
        i.bentuk ? t(`bentuk.${i.bentuk}`) : '',
        i.urusan,
        joinList(i.urusanLain),
        dateCell(i.trialDate),
        dateCell(i.implementationDate),
        t(`stage.${i.currentStage}`),
        c.total === 0 ? 0 : Math.round((c.done / c.total) * 100),
        missingText(i, t),
        c.rancangBangunWords,
        i.rancangBangun,
        i.tujuan,
        i.manfaat,
        i.hasil,
        i.anggaran,
        i.haki,
        i.penghargaan,
        teamText(i.team),
      ];
    }),
  };
}

/** One row per innovation × 5D stage, in lab order. */
export function progressTable(data: ExportData, t: Translate): ExportTable {
  const units = unitNames(data);
  const stagesOf = new Map<string, ExportData['stageProgress']>();
  for (const s of data.stageProgress) {
    const list = stagesOf.get(s.innovationId) ?? [];
    list.push(s);
    stagesOf.set(s.innovationId, list);
  }
  const rows: Cell[][] = [];
  for (const i of data.innovations) {
    const stages = [...(stagesOf.get(i.id) ?? [])].sort((a, b) => stageIndex(a.stage) - stageIndex(b.stage));
    for (const s of stages) {
      rows.push([
        units.get(i.unitId) ?? '',
        i.name,
        STAGES.indexOf(s.stage) + 1,
        t(`stage.${s.stage}`),
        t(`stageStatus.${s.status}`),
        s.checklist.filter((c) => c.done).length,
        s.checklist.length,
        dateCell(s.startDate),
        dateCell(s.endDate),
        s.notes,
      ]);
    }
  }
  return {
    id: 'progress',
    title: t('export.table.progress'),
    fileStem: t('export.file.progress'),
    columns: [
      text(t('export.col.unit'), 32),
      text(t('export.col.innovationName'), 36),
      num(t('export.col.stageNo'), 8),
      text(t('export.col.stage'), 12),
      text(t('board.status'), 14),
      num(t('export.col.itemsDone'), 12),
      num(t('export.col.itemsTotal'), 12),
      date(t('board.startDate')),
      date(t('board.endDate')),
      long(t('board.notes'), 50),
    ],
    rows,
  };
}
