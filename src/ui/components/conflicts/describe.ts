/**
 * Turns stored references into words: which record ("Inovasi · SIGAP"), which field ("Waktu uji
 * coba", reusing the forms' own labels) and where to open it. Shared by the conflicts screen and
 * the sync page.
 */
import type { OpenTarget, RecordRef } from '../../../db/queries/sync';
import { formatDate, formatTime, type Lang, type MessageKey, type Params } from '../../../i18n';
import { id as catalog } from '../../../i18n/id';
import { paths } from '../../router';

export type T = (key: MessageKey, params?: Params) => string;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalog, key);
}

/** Translates `key` when it exists, else returns `fallback` (an unknown code or enum value). */
export function tryT(t: T, key: string, fallback: string, params?: Params): string {
  return isMessageKey(key) ? t(key, params) : fallback;
}

export function tableLabel(t: T, table: string): string {
  return tryT(t, `conflicts.table.${table}`, t('conflicts.table.other'));
}

const FIELD_LABELS: Record<string, Record<string, MessageKey>> = {
  units: {
    name: 'units.field.name',
    kind: 'units.field.kind',
    group: 'units.field.group',
    parentAgency: 'units.field.parentAgency',
    contactPerson: 'units.field.contactPerson',
    contactPhone: 'units.field.contactPhone',
  },
  innovations: {
    unitId: 'sessions.field.unit',
    team: 'innovations.section.team',
    currentStage: 'innovations.stage.title',
  },
  stageProgress: {
    innovationId: 'sessions.followUps.innovation',
    stage: 'conflicts.field.stage',
    status: 'board.status',
    checklist: 'board.checklist',
    startDate: 'board.startDate',
    endDate: 'board.endDate',
    notes: 'board.notes',
  },
  mentoringSessions: {
    unitId: 'sessions.field.unit',
    innovationIds: 'sessions.field.innovations',
    attendees: 'sessions.attendees.title',
    nextVisitDate: 'sessions.field.nextVisit',
  },
  actionItems: {
    text: 'sessions.followUps.what',
    owner: 'sessions.followUps.who',
    dueDate: 'sessions.followUps.due',
    status: 'conflicts.field.status',
    doneDate: 'conflicts.field.doneDate',
    unitId: 'sessions.field.unit',
    sessionId: 'conflicts.field.session',
    innovationId: 'sessions.followUps.innovation',
  },
  targets: {
    year: 'targets.year',
    proposalTarget: 'targets.field.proposalTarget',
    onePerAgency: 'targets.field.onePerAgency',
    notes: 'targets.field.notes',
  },
  conflicts: { resolved: 'conflicts.field.resolved' },
};

/** The form's label for `field` of `table`; the raw name when the app has none. */
export function fieldLabel(t: T, table: string, field: string): string {
  if (field === 'deleted') return t('conflicts.field.deleted');
  const mapped = FIELD_LABELS[table]?.[field];
  if (mapped) return t(mapped);
  const prefix = table === 'innovations' ? 'innovations' : table === 'mentoringSessions' ? 'sessions' : '';
  return prefix ? tryT(t, `${prefix}.field.${field}`, field) : field;
}

/** "25 Nov 2026, 10.42" in local time for an ISO timestamp (or epoch ms). */
export function formatWhen(t: T, lang: Lang, at: string | number): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return String(at);
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return t('syncPage.when', { date: formatDate(lang, day), time: formatTime(lang, d) });
}

/** The record's title as people know it: a name, a session's date and unit, a stage and innovation. */
export function recordTitle(t: T, lang: Lang, ref: RecordRef): string {
  if (ref.about) {
    return t('conflicts.about', {
      field: fieldLabel(t, ref.about.ref.table, ref.about.field),
      record: recordTitle(t, lang, ref.about.ref),
    });
  }
  // A missing record with a name is one evicted with its unit (its refused change kept the name).
  if (ref.state === 'missing' && !ref.name && !ref.detail) return t('conflicts.record.missing');
  switch (ref.table) {
    case 'innovations':
      return ref.name.trim() || t('innovations.untitled');
    case 'stageProgress':
      return [tryT(t, `stage.${ref.detail}`, ref.detail), ref.parent].filter(Boolean).join(' · ');
    case 'mentoringSessions':
      return [formatDate(lang, ref.detail), ref.parent].filter(Boolean).join(' · ');
    case 'actionItems':
      return ref.name.length > 90 ? `${ref.name.slice(0, 88)}…` : ref.name;
    case 'targets':
      return t('conflicts.targetYear', { year: ref.detail });
    default:
      return ref.name || ref.id;
  }
}

/** A secondary line: the unit an innovation, session or follow-up belongs to. */
export function recordContext(ref: RecordRef): string {
  return ref.table === 'innovations' || ref.table === 'actionItems' ? ref.parent : '';
}

export function openHref(open: OpenTarget | null): string | null {
  if (!open || (open.route !== 'targets' && !open.id)) return null;
  switch (open.route) {
    case 'unit':
      return paths.unit(open.id);
    case 'innovation':
      return paths.innovation(open.id);
    case 'board':
      return paths.board(open.id);
    case 'session':
      return paths.session(open.id);
    default:
      return paths.targets();
  }
}
