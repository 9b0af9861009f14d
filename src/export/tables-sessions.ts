/** Sessions, their attendees (one row each) and follow-ups as export tables. */
import { isOverdue } from '../domain/action-item';
import type { MentoringSession } from '../domain/session';
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
import { unitNames } from './tables-innovations';

function innovationNames(data: ExportData): Map<string, string> {
  return new Map(data.innovations.map((i) => [i.id, i.name]));
}

export function sessionsTable(data: ExportData, t: Translate): ExportTable {
  const units = unitNames(data);
  const innovations = innovationNames(data);
  const followUps = new Map<string, number>();
  for (const a of data.actionItems) {
    if (a.sessionId) followUps.set(a.sessionId, (followUps.get(a.sessionId) ?? 0) + 1);
  }
  const names = (s: MentoringSession): string[] =>
    s.innovationIds.flatMap((id) => {
      const name = innovations.get(id);
      return name === undefined ? [] : [name];
    });
  return {
    id: 'sessions',
    title: t('export.table.sessions'),
    fileStem: t('export.file.sessions'),
    columns: [
      date(t('sessions.field.date')),
      text(t('sessions.field.time'), 8),
      text(t('sessions.field.unit'), 32),
      text(t('sessions.field.place'), 24),
      text(t('sessions.field.facilitators'), 30),
      long(t('sessions.field.innovations'), 36),
      text(t('sessions.field.stageFocus'), 14),
      num(t('export.col.attendeeCount'), 12),
      long(t('sessions.field.agenda'), 40),
      long(t('sessions.field.findings'), 50),
      long(t('sessions.field.recommendations'), 50),
      num(t('export.col.followUpCount'), 12),
      date(t('sessions.field.nextVisit')),
    ],
    rows: data.sessions.map((s): Cell[] => [
      dateCell(s.date),
      // Sessions stored before `time` existed have none.
      s.time ?? '',
      units.get(s.unitId) ?? '',
      s.place,
      joinList(s.facilitators),
      joinList(names(s)),
      s.stageFocus ? t(`stage.${s.stageFocus}`) : '',
      s.attendees.length,
      s.agenda,
      s.findings,
      s.recommendations,
      followUps.get(s.id) ?? 0,
      dateCell(s.nextVisitDate),
    ]),
  };
}

/** One row per attendee, with the session's date, unit and place so the sheet stands alone. */
export function attendeesTable(data: ExportData, t: Translate): ExportTable {
  const units = unitNames(data);
  const rows: Cell[][] = [];
  for (const s of data.sessions) {
    for (const a of s.attendees) {
      // NIP stays text: 18 digits would lose precision as a number and leading zeros matter.
      rows.push([dateCell(s.date), units.get(s.unitId) ?? '', s.place, a.name, a.nip, a.position, a.role]);
    }
  }
  return {
    id: 'attendees',
    title: t('export.table.attendees'),
    fileStem: t('export.file.attendees'),
    columns: [
      date(t('export.col.sessionDate')),
      text(t('export.col.unit'), 32),
      text(t('sessions.field.place'), 24),
      text(t('sessions.attendees.name'), 30),
      text(t('sessions.attendees.nip'), 22),
      text(t('sessions.attendees.position'), 28),
      text(t('sessions.attendees.role'), 18),
    ],
    rows,
  };
}

export function followUpsTable(data: ExportData, t: Translate, today: string): ExportTable {
  const units = unitNames(data);
  const innovations = innovationNames(data);
  const sessionDates = new Map(data.sessions.map((s) => [s.id, s.date]));
  return {
    id: 'followUps',
    title: t('export.table.followUps'),
    fileStem: t('export.file.followUps'),
    columns: [
      text(t('export.col.unit'), 32),
      date(t('export.col.sessionDate')),
      text(t('export.col.innovationName'), 30),
      long(t('sessions.followUps.what'), 50),
      text(t('sessions.followUps.who'), 24),
      date(t('sessions.followUps.due')),
      text(t('export.col.status'), 12),
      date(t('export.col.doneDate')),
      text(t('export.col.overdue'), 12),
      long(t('sessions.followUps.note'), 40),
    ],
    rows: data.actionItems.map((a): Cell[] => [
      units.get(a.unitId) ?? '',
      dateCell(sessionDates.get(a.sessionId) ?? ''),
      a.innovationId ? (innovations.get(a.innovationId) ?? '') : t('export.value.wholeUnit'),
      a.text,
      a.owner,
      dateCell(a.dueDate),
      t(`actionStatus.${a.status}`),
      dateCell(a.doneDate),
      isOverdue(a, today) ? t('export.value.yes') : t('export.value.no'),
      // Records synced before `note` existed have none.
      a.note ?? '',
    ]),
  };
}
