/**
 * Read side of exports and print documents. Reads whole tables once and hides what the screens
 * hide: deleted records, records of a deleted unit, stages and follow-ups of a deleted
 * innovation, follow-ups of a deleted session. Rows come back in the order a reader expects.
 */

import type { ActionItem } from '../../domain/action-item';
import { compareText as collate, compareCodes } from '../../domain/collate';
import type { Innovation } from '../../domain/innovation';
import type { MentoringSession } from '../../domain/session';
import type { StageProgress } from '../../domain/stage-progress';
import { stageIndex } from '../../domain/stages';
import type { Unit } from '../../domain/unit';
import type { ExportData } from '../../export/model';
import { db as defaultDb, type KlinikDb } from '../schema';

/**
 * Everything this device may export, live records only, in reading order. `sorted: false`
 * skips the ordering (the same rows, in table order) for callers that only count them: the
 * export panel beside the dashboard, where sorting 20,000 follow-ups cost a screen's budget.
 */
export async function loadExportData(
  database: KlinikDb = defaultDb,
  { sorted = true }: { sorted?: boolean } = {},
): Promise<ExportData> {
  const order = <T>(rows: T[], compare: (a: T, b: T) => number): T[] => (sorted ? rows.sort(compare) : rows);
  const [units, innovations, stageProgress, sessions, actionItems] = await Promise.all([
    database.units.toArray(),
    database.innovations.toArray(),
    database.stageProgress.toArray(),
    database.mentoringSessions.toArray(),
    database.actionItems.toArray(),
  ]);
  const liveUnits = order(
    units.filter((u) => !u.deleted),
    (a, b) => collate(a.name, b.name),
  );
  const unitOrder = new Map(liveUnits.map((u, i) => [u.id, i]));
  const byUnit = (a: { unitId: string }, b: { unitId: string }): number =>
    (unitOrder.get(a.unitId) ?? 0) - (unitOrder.get(b.unitId) ?? 0);

  const liveInnovations = order(
    innovations.filter((i) => !i.deleted && unitOrder.has(i.unitId)),
    (a, b) => byUnit(a, b) || collate(a.name, b.name),
  );
  const innovationIds = new Set(liveInnovations.map((i) => i.id));
  const deletedInnovations = new Set(innovations.filter((i) => i.deleted).map((i) => i.id));

  const liveSessions = order(
    sessions.filter((s) => !s.deleted && unitOrder.has(s.unitId)),
    (a, b) => compareCodes(a.date, b.date) || byUnit(a, b) || compareCodes(a.createdAt, b.createdAt),
  );
  const deletedSessions = new Set(sessions.filter((s) => s.deleted).map((s) => s.id));

  return {
    units: liveUnits,
    innovations: liveInnovations,
    stageProgress: order(
      stageProgress.filter((s) => !s.deleted && innovationIds.has(s.innovationId)),
      (a, b) => stageIndex(a.stage) - stageIndex(b.stage),
    ),
    sessions: liveSessions,
    actionItems: order(
      actionItems.filter(
        (a) =>
          !a.deleted &&
          unitOrder.has(a.unitId) &&
          !(a.innovationId && deletedInnovations.has(a.innovationId)) &&
          !(a.sessionId && deletedSessions.has(a.sessionId)),
      ),
      (a, b) =>
        byUnit(a, b) ||
        dueFirst(a.dueDate, b.dueDate) ||
        compareCodes(a.createdAt, b.createdAt) ||
        compareCodes(a.id, b.id),
    ),
  };
}

/** Earliest due date first, follow-ups without one last. */
function dueFirst(a: string, b: string): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return compareCodes(a, b);
}

export interface MinutesData {
  session: MentoringSession;
  unit: Unit;
  innovations: Innovation[];
  followUps: ActionItem[];
  /** Names of innovations in `followUps`, by id (the session's own list may not hold them all). */
  innovationNames: Map<string, string>;
}

/** One session for its printed minutes (notulen); `null` when it or its unit is gone. */
export async function getSessionMinutes(
  id: string,
  database: KlinikDb = defaultDb,
): Promise<MinutesData | null> {
  const session = await database.mentoringSessions.get(id);
  if (!session || session.deleted) return null;
  const unit = await database.units.get(session.unitId);
  if (!unit || unit.deleted) return null;
  const [unitInnovations, items] = await Promise.all([
    database.innovations.where('unitId').equals(unit.id).toArray(),
    database.actionItems.where('sessionId').equals(id).toArray(),
  ]);
  const live = unitInnovations.filter((i) => !i.deleted);
  const names = new Map(live.map((i) => [i.id, i.name]));
  const focus = session.innovationIds.flatMap((iid) => live.filter((i) => i.id === iid));
  return {
    session,
    unit,
    innovations: focus,
    followUps: items
      .filter((a) => !a.deleted && !(a.innovationId && !names.has(a.innovationId)))
      .sort((a, b) => compareCodes(a.createdAt, b.createdAt) || compareCodes(a.id, b.id)),
    innovationNames: names,
  };
}

export interface ReportInnovation {
  innovation: Innovation;
  stages: StageProgress[];
}

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

/** One unit's progress report: innovations with their five stages, and open follow-ups. */
export async function getUnitReport(
  id: string,
  database: KlinikDb = defaultDb,
): Promise<UnitReportData | null> {
  const unit = await database.units.get(id);
  if (!unit || unit.deleted) return null;
  const [innovations, sessions, items] = await Promise.all([
    database.innovations.where('unitId').equals(id).toArray(),
    database.mentoringSessions.where('unitId').equals(id).toArray(),
    database.actionItems.where('unitId').equals(id).toArray(),
  ]);
  const live = innovations.filter((i) => !i.deleted).sort((a, b) => collate(a.name, b.name));
  const stageRows = live.length
    ? await database.stageProgress
        .where('innovationId')
        .anyOf(live.map((i) => i.id))
        .toArray()
    : [];
  const liveSessions = sessions.filter((s) => !s.deleted);
  const sessionDates = new Map(liveSessions.map((s) => [s.id, s.date]));
  const deletedSessions = new Set(sessions.filter((s) => s.deleted).map((s) => s.id));
  const names = new Map(live.map((i) => [i.id, i.name]));
  return {
    unit,
    innovations: live.map((innovation) => ({
      innovation,
      stages: stageRows
        .filter((s) => !s.deleted && s.innovationId === innovation.id)
        .sort((a, b) => stageIndex(a.stage) - stageIndex(b.stage)),
    })),
    openFollowUps: items
      .filter(
        (a) =>
          !a.deleted &&
          a.status === 'open' &&
          !(a.innovationId && !names.has(a.innovationId)) &&
          !(a.sessionId && deletedSessions.has(a.sessionId)),
      )
      .sort((a, b) => dueFirst(a.dueDate, b.dueDate) || compareCodes(a.createdAt, b.createdAt)),
    innovationNames: names,
    sessionDates,
    lastSessionDate:
      liveSessions
        .map((s) => s.date)
        .sort()
        .at(-1) ?? '',
    sessionCount: liveSessions.length,
  };
}
