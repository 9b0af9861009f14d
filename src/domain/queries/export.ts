/**
 * What exports and print documents show, as pure functions over what db/queries/export read:
 * live records only (a record of a deleted unit, a stage of a deleted innovation is hidden;
 * follow-ups count by domain/follow-up-live), in the order a reader expects.
 */
import type { ActionItem } from '../action-item';
import { compareCodes, compareText } from '../collate';
import { followUpParents, isLiveFollowUp } from '../follow-up-live';
import type { Innovation } from '../innovation';
import type { MentoringSession } from '../session';
import type { StageProgress } from '../stage-progress';
import { stageIndex } from '../stages';
import type { Unit } from '../unit';
import { dueFirst } from './follow-ups';
import { byCreation } from './sessions';
import { type UnitInnovation, type UnitSlice, unitDetail } from './unit-detail';

export interface ExportTables {
  units: Unit[];
  innovations: Innovation[];
  stageProgress: StageProgress[];
  sessions: MentoringSession[];
  actionItems: ActionItem[];
}

/**
 * The live records of whole tables, in reading order. `sorted: false` skips the ordering (the
 * same rows, in table order) for callers that only count them: the export panel beside the
 * dashboard, where sorting 20,000 follow-ups cost a screen's budget.
 */
export function exportTables(
  tables: ExportTables,
  { sorted = true }: { sorted?: boolean } = {},
): ExportTables {
  const order = <T>(rows: T[], compare: (a: T, b: T) => number): T[] => (sorted ? rows.sort(compare) : rows);
  const units = order(
    tables.units.filter((u) => !u.deleted),
    (a, b) => compareText(a.name, b.name),
  );
  const unitOrder = new Map(units.map((u, i) => [u.id, i]));
  const byUnit = (a: { unitId: string }, b: { unitId: string }): number =>
    (unitOrder.get(a.unitId) ?? 0) - (unitOrder.get(b.unitId) ?? 0);
  const innovations = order(
    tables.innovations.filter((i) => !i.deleted && unitOrder.has(i.unitId)),
    (a, b) => byUnit(a, b) || compareText(a.name, b.name),
  );
  const innovationIds = new Set(innovations.map((i) => i.id));
  const parents = followUpParents(tables.innovations, tables.sessions);
  return {
    units,
    innovations,
    stageProgress: order(
      tables.stageProgress.filter((s) => !s.deleted && innovationIds.has(s.innovationId)),
      (a, b) => stageIndex(a.stage) - stageIndex(b.stage),
    ),
    sessions: order(
      tables.sessions.filter((s) => !s.deleted && unitOrder.has(s.unitId)),
      (a, b) => compareCodes(a.date, b.date) || byUnit(a, b) || compareCodes(a.createdAt, b.createdAt),
    ),
    actionItems: order(
      tables.actionItems.filter((a) => unitOrder.has(a.unitId) && isLiveFollowUp(a, parents)),
      (a, b) => byUnit(a, b) || dueFirst(a.dueDate, b.dueDate) || byCreation(a, b),
    ),
  };
}

export interface MinutesData {
  session: MentoringSession;
  unit: Unit;
  innovations: Innovation[];
  followUps: ActionItem[];
  /** Names of innovations in `followUps`, by id (the session's own list may not hold them all). */
  innovationNames: Map<string, string>;
}

/** A live session's printed minutes (notulen), from its unit's innovations and its follow-ups. */
export function sessionMinutes(
  session: MentoringSession,
  unit: Unit,
  unitInnovations: readonly Innovation[],
  items: readonly ActionItem[],
): MinutesData {
  const live = unitInnovations.filter((i) => !i.deleted);
  const parents = followUpParents(unitInnovations, [session]);
  return {
    session,
    unit,
    innovations: session.innovationIds.flatMap((iid) => live.filter((i) => i.id === iid)),
    followUps: items.filter((a) => isLiveFollowUp(a, parents)).sort(byCreation),
    innovationNames: new Map(live.map((i) => [i.id, i.name])),
  };
}

export type ReportInnovation = UnitInnovation;

export interface UnitReportData {
  unit: Unit;
  innovations: ReportInnovation[];
  openFollowUps: ActionItem[];
  innovationNames: Map<string, string>;
  sessionDates: Map<string, string>;
  /** Date of the unit's latest live session, '' when none. */
  lastSessionDate: string;
  sessionCount: number;
}

/** One unit's progress report: what its page shows, with the lookups the printed page needs. */
export function unitReport(slice: UnitSlice): UnitReportData {
  const detail = unitDetail(slice);
  return {
    unit: detail.unit,
    innovations: detail.innovations,
    openFollowUps: detail.openFollowUps,
    innovationNames: new Map(detail.innovations.map(({ innovation: i }) => [i.id, i.name])),
    sessionDates: new Map(detail.sessions.map((s) => [s.id, s.date])),
    lastSessionDate: detail.sessions[0]?.date ?? '',
    sessionCount: detail.sessions.length,
  };
}
