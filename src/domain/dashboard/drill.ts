/** The list behind each figure: the same scope, narrowed by the drill-down view. */

import { type ActionItem, isOverdue } from '../action-item';
import { byName, compareCodes } from '../collate';
import type { Innovation } from '../innovation';
import type { MentoringSession } from '../session';
import type { Unit } from '../unit';
import { type DraftGap, incompleteDrafts, unitsWithoutInnovation } from './figures';
import type { DrillView } from './filter';
import type { Scope } from './scope';
import { facilitatedBy } from './sessions';

export interface InnovationRow {
  innovation: Innovation;
  unit: Unit;
}
export interface FollowUpRow {
  item: ActionItem;
  unit: Unit;
  /** '' when it concerns the unit as a whole. */
  innovationName: string;
}
export interface SessionRow {
  session: MentoringSession;
  unit: Unit;
}

export type DrillResult =
  | { kind: 'innovations'; rows: InnovationRow[] }
  | { kind: 'drafts'; rows: DraftGap[] }
  | { kind: 'units'; rows: Unit[] }
  | { kind: 'followUps'; rows: FollowUpRow[] }
  | { kind: 'sessions'; rows: SessionRow[] };

function innovationRows(scope: Scope, keep: (i: Innovation) => boolean): InnovationRow[] {
  const rows: InnovationRow[] = [];
  for (const innovation of scope.innovations) {
    const unit = scope.unitsById.get(innovation.unitId);
    if (unit && keep(innovation)) rows.push({ innovation, unit });
  }
  return rows.sort((a, b) => byName(a.unit, b.unit) || byName(a.innovation, b.innovation));
}

/** Overdue first, then by due date (none last), then oldest first — as the follow-ups screen. */
function byUrgency(today: string) {
  return ({ item: a }: FollowUpRow, { item: b }: FollowUpRow): number => {
    const rank = (i: ActionItem) => (isOverdue(i, today) ? 0 : 1);
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    if (a.dueDate !== b.dueDate) {
      if (!a.dueDate) return 1;
      if (!b.dueDate) return -1;
      return compareCodes(a.dueDate, b.dueDate);
    }
    return compareCodes(a.createdAt, b.createdAt);
  };
}

export function drillDown(scope: Scope, drill: DrillView, today: string): DrillResult {
  switch (drill.view) {
    case 'stage':
      return { kind: 'innovations', rows: innovationRows(scope, (i) => i.currentStage === drill.stage) };
    case 'profile':
      return { kind: 'innovations', rows: innovationRows(scope, (i) => i[drill.field] === drill.value) };
    case 'proposals':
      return { kind: 'innovations', rows: innovationRows(scope, () => true) };
    case 'units':
      return { kind: 'units', rows: [...scope.units] };
    case 'incomplete':
      return { kind: 'drafts', rows: incompleteDrafts(scope.innovations, scope.unitsById) };
    case 'noInnovation':
      return { kind: 'units', rows: unitsWithoutInnovation(scope.units, scope.unitsWithInnovation) };
    case 'followUps': {
      const rows: FollowUpRow[] = [];
      for (const item of scope.followUps) {
        if (item.status !== 'open') continue;
        if (drill.unitId && item.unitId !== drill.unitId) continue;
        if (drill.overdueOnly && !isOverdue(item, today)) continue;
        const unit = scope.unitsById.get(item.unitId);
        if (!unit) continue;
        const innovationName = item.innovationId ? (scope.innovationNames.get(item.innovationId) ?? '') : '';
        rows.push({ item, unit, innovationName });
      }
      return { kind: 'followUps', rows: rows.sort(byUrgency(today)) };
    }
    case 'sessions': {
      const rows: SessionRow[] = [];
      for (const session of scope.sessions) {
        if (drill.month && !session.date.startsWith(drill.month)) continue;
        if (!facilitatedBy(session, drill.facilitator)) continue;
        const unit = scope.unitsById.get(session.unitId);
        if (unit) rows.push({ session, unit });
      }
      rows.sort(
        (a, b) =>
          compareCodes(b.session.date, a.session.date) ||
          compareCodes(b.session.createdAt, a.session.createdAt),
      );
      return { kind: 'sessions', rows };
    }
  }
}
