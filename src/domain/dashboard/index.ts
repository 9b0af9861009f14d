/**
 * The coordinator's dashboard as pure functions: filter the whole tables once (applyFilters),
 * then compute every figure from the filtered arrays (summarize) or the list behind one figure
 * (drillDown). No I/O here; db/queries/dashboard.ts reads the tables.
 */

import type { Target } from '../target';
import type { Unit } from '../unit';
import {
  breakdown,
  countByStage,
  type DraftGap,
  type FollowUpSummary,
  type FunnelRow,
  followUpsPerUnit,
  funnelBy,
  incompleteDrafts,
  pickTarget,
  type Slice,
  type StageCounts,
  unitsWithoutInnovation,
} from './figures';
import type { ProfileField } from './filter';
import type { Scope } from './scope';
import { type SessionsTable, sessionsPerFacilitator } from './sessions';

export * from './drill';
export * from './figures';
export * from './filter';
export * from './scope';
export * from './sessions';

export interface TargetStatus {
  year: number;
  target: Target | null;
  /** Innovations in scope created in the year. */
  proposals: number;
}

export interface DashboardSummary {
  unitCount: number;
  innovationCount: number;
  stages: StageCounts;
  byGroup: FunnelRow[];
  byKind: FunnelRow[];
  /** null when every year is selected: a target belongs to one year. */
  target: TargetStatus | null;
  withoutInnovation: Unit[];
  profile: Record<ProfileField, Slice[]>;
  drafts: DraftGap[];
  followUps: FollowUpSummary;
  sessions: SessionsTable;
}

export function summarize(scope: Scope, targets: readonly Target[], today: string): DashboardSummary {
  const { filter, units, innovations, unitsById } = scope;
  return {
    unitCount: units.length,
    innovationCount: innovations.length,
    stages: countByStage(innovations),
    byGroup: funnelBy('group', units, innovations, unitsById),
    byKind: funnelBy('kind', units, innovations, unitsById),
    target:
      filter.year === 'all'
        ? null
        : { year: filter.year, target: pickTarget(targets, filter.year), proposals: innovations.length },
    withoutInnovation: unitsWithoutInnovation(units, scope.unitsWithInnovation),
    profile: {
      tahapan: breakdown(innovations, 'tahapan'),
      bentuk: breakdown(innovations, 'bentuk'),
      jenis: breakdown(innovations, 'jenis'),
    },
    drafts: incompleteDrafts(innovations, unitsById),
    followUps: followUpsPerUnit(scope.followUps, unitsById, today),
    sessions: sessionsPerFacilitator(scope.sessions, filter.year),
  };
}
