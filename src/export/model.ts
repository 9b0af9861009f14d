/**
 * The shape every export shares: a table of typed cells with typed columns. Serializers build
 * these from records (pure, no I/O); csv.ts and xlsx.ts write them. A date cell is a real `Date`
 * at UTC midnight, so Excel shows the calendar day the user typed, in every time zone.
 */
import type { ActionItem } from '../domain/action-item';
import type { Innovation } from '../domain/innovation';
import type { IsoDate } from '../domain/record';
import type { MentoringSession } from '../domain/session';
import type { StageProgress } from '../domain/stage-progress';
import type { Unit } from '../domain/unit';
import type { MessageKey, Params } from '../i18n';

export type Cell = string | number | Date | null;

/** `text` is short, `long` wraps in a wide column, `date` and `number` are real typed cells. */
export type ColumnKind = 'text' | 'long' | 'number' | 'date';

export interface Column {
  header: string;
  kind: ColumnKind;
  /** Excel width in characters. */
  width: number;
}

export const EXPORT_TABLES = [
  'units',
  'innovations',
  'progress',
  'sessions',
  'attendees',
  'followUps',
] as const;
export type ExportTableId = (typeof EXPORT_TABLES)[number];

export interface ExportTable {
  id: ExportTableId;
  /** The worksheet name (at most 31 characters, no `[]:*?/\`). */
  title: string;
  /** File name stem for the CSV, without extension. */
  fileStem: string;
  columns: Column[];
  rows: Cell[][];
}

/** Live records only (the query hides deleted ones and orphans), already in display order. */
export interface ExportData {
  units: Unit[];
  innovations: Innovation[];
  stageProgress: StageProgress[];
  sessions: MentoringSession[];
  actionItems: ActionItem[];
}

export type Translate = (key: MessageKey, params?: Params) => string;

/** `YYYY-MM-DD` → a Date at UTC midnight; '' or nonsense → null (an empty cell). */
export function dateCell(iso: IsoDate): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // 2026-02-31 would roll over into March: that is not the day anyone typed.
  return isoOfDate(d) === m[0] ? d : null;
}

/** A Date cell back to `YYYY-MM-DD` (what the CSV writes). */
export function isoOfDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A list in one cell: "a; b; c" (blank entries dropped). */
export const joinList = (items: readonly string[]): string => items.filter((s) => s.trim() !== '').join('; ');

export const text = (header: string, width = 20): Column => ({ header, kind: 'text', width });
export const long = (header: string, width = 60): Column => ({ header, kind: 'long', width });
export const num = (header: string, width = 12): Column => ({ header, kind: 'number', width });
export const date = (header: string, width = 13): Column => ({ header, kind: 'date', width });

/** Number of rows of every table, without building them (for the panel's labels). */
export function exportCounts(data: ExportData): Record<ExportTableId, number> {
  return {
    units: data.units.length,
    innovations: data.innovations.length,
    progress: data.stageProgress.length,
    sessions: data.sessions.length,
    attendees: data.sessions.reduce((n, s) => n + s.attendees.length, 0),
    followUps: data.actionItems.length,
  };
}
