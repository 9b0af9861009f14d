/**
 * Shows a stored field value the way the forms show it: dates formatted, choices by their label,
 * ids by the name of the record they point at, and row lists (team, attendees, checklist) as a
 * list of names. Anything unexpected still shows, as plain text, rather than disappearing.
 */
import type { NameBook } from '../../../db/queries/sync';
import { DATE_FIELDS } from '../../../domain/tables';
import { formatDate, formatNumber, type Lang } from '../../../i18n';
import { type T, tryT } from './describe';

export type ValueView =
  | { kind: 'empty' }
  | { kind: 'text'; text: string; long: boolean }
  | { kind: 'list'; items: string[]; marks: boolean };

/** Choice fields and the common i18n prefix of their labels. */
function enumPrefix(table: string, field: string): string | null {
  switch (field) {
    case 'kind':
    case 'tahapan':
    case 'inisiator':
    case 'jenis':
    case 'bentuk':
      return `${field}.`;
    case 'group':
      return 'group.';
    case 'stage':
    case 'stageFocus':
    case 'currentStage':
      return 'stage.';
    case 'status':
      return table === 'stageProgress' ? 'stageStatus.' : table === 'actionItems' ? 'actionStatus.' : null;
    default:
      return null;
  }
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const obj = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};

function rowItem(t: T, field: string, row: unknown): string {
  const r = obj(row);
  const name = str(r.name).trim() || t('conflicts.value.noName');
  switch (field) {
    case 'team':
      return str(r.role).trim() ? t('conflicts.value.member', { name, role: str(r.role).trim() }) : name;
    case 'attendees': {
      const role = [str(r.position).trim(), str(r.role).trim()].filter(Boolean).join(', ');
      return role ? t('conflicts.value.member', { name, role }) : name;
    }
    case 'checklist':
      return t(r.done === true ? 'conflicts.value.done' : 'conflicts.value.open', { label: str(r.label) });
    default:
      return typeof row === 'string' ? row : JSON.stringify(row);
  }
}

function refName(t: T, lang: Lang, field: string, id: string, book: NameBook): string {
  const unknown = t('conflicts.value.unknownRecord');
  if (field === 'unitId') return book.units.get(id) ?? unknown;
  if (field === 'innovationId' || field === 'innovationIds') {
    const name = book.innovations.get(id);
    return name === undefined ? unknown : name.trim() || t('innovations.untitled');
  }
  if (field === 'sessionId') {
    const date = book.sessions.get(id);
    return date === undefined ? unknown : formatDate(lang, date);
  }
  return id;
}

export function formatValue(
  t: T,
  lang: Lang,
  table: string,
  field: string,
  value: unknown,
  book: NameBook,
): ValueView {
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  const text = (s: string): ValueView => ({
    kind: 'text',
    text: s,
    long: s.length > 160 || s.includes('\n'),
  });
  if (field === 'deleted' && typeof value === 'boolean') {
    return text(t(value ? 'conflicts.value.deleted' : 'conflicts.value.notDeleted'));
  }
  if (typeof value === 'boolean') return text(t(value ? 'conflicts.value.yes' : 'conflicts.value.no'));
  if (typeof value === 'number') {
    const prefix = enumPrefix(table, field);
    return text(
      prefix
        ? tryT(t, `${prefix}${value}`, String(value))
        : field === 'year'
          ? String(value)
          : formatNumber(lang, value),
    );
  }
  if (typeof value === 'string') {
    if (DATE_FIELDS.has(field)) return text(formatDate(lang, value));
    const prefix = enumPrefix(table, field);
    if (prefix) return text(tryT(t, `${prefix}${value}`, value));
    if (field === 'unitId' || field === 'innovationId' || field === 'sessionId') {
      return text(refName(t, lang, field, value, book));
    }
    return text(value);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return { kind: 'empty' };
    const items = value.map((v) =>
      field === 'innovationIds' && typeof v === 'string'
        ? refName(t, lang, field, v, book)
        : rowItem(t, field, v),
    );
    // Checklist items carry their own ✓ / ○ mark: no bullet in front of it.
    return { kind: 'list', items, marks: field === 'checklist' };
  }
  return text(JSON.stringify(value));
}
