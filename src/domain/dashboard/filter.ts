/**
 * The dashboard's filters (year, unit group, unit kind) and the drill-down view both live in
 * the URL query, so every figure's link can be shared. Parsing is forgiving: an unknown value
 * falls back to "no filter" rather than an error page.
 */
import { BENTUK, JENIS, TAHAPAN } from '../innovation';
import { isStageKey, type StageKey } from '../stages';
import { UNIT_KINDS, type UnitGroup, type UnitKind } from '../unit';

export interface DashboardFilter {
  /** A calendar year, or 'all' for every year. */
  year: number | 'all';
  group: UnitGroup | '';
  kind: UnitKind | '';
}

export const PROFILE_FIELDS = ['tahapan', 'bentuk', 'jenis'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export const PROFILE_VALUES: Record<ProfileField, readonly string[]> = {
  tahapan: TAHAPAN,
  bentuk: BENTUK,
  jenis: JENIS,
};

/** The list behind one figure. */
export type DrillView =
  | { view: 'stage'; stage: StageKey }
  /** `value` '' = the field is not filled in yet. */
  | { view: 'profile'; field: ProfileField; value: string }
  | { view: 'proposals' }
  | { view: 'units' }
  | { view: 'incomplete' }
  | { view: 'noInnovation' }
  /** `unitId` '' = every unit. */
  | { view: 'followUps'; unitId: string; overdueOnly: boolean }
  /** `facilitator` null = anyone, '' = sessions with no facilitator; `month` '' = any month. */
  | { view: 'sessions'; facilitator: string | null; month: string };

const NONE = 'none';

export function parseFilter(params: URLSearchParams, defaultYear: number): DashboardFilter {
  const y = params.get('year');
  const year = y === 'all' ? 'all' : y && /^\d{4}$/.test(y) ? Number(y) : defaultYear;
  const g = params.get('group');
  const k = params.get('kind') ?? '';
  return {
    year,
    group: g === '1' ? 1 : g === '2' ? 2 : '',
    kind: (UNIT_KINDS as readonly string[]).includes(k) ? (k as UnitKind) : '',
  };
}

export function parseDrill(params: URLSearchParams): DrillView | null {
  switch (params.get('view')) {
    case 'stage': {
      const stage = params.get('stage');
      return isStageKey(stage) ? { view: 'stage', stage } : null;
    }
    case 'profile': {
      const field = params.get('field');
      const value = params.get('value') ?? '';
      if (!(PROFILE_FIELDS as readonly string[]).includes(field ?? '')) return null;
      const f = field as ProfileField;
      if (value === NONE) return { view: 'profile', field: f, value: '' };
      return PROFILE_VALUES[f].includes(value) ? { view: 'profile', field: f, value } : null;
    }
    case 'proposals':
    case 'units':
    case 'incomplete':
    case 'noInnovation':
      return { view: params.get('view') as 'proposals' | 'units' | 'incomplete' | 'noInnovation' };
    case 'followUps':
      return {
        view: 'followUps',
        unitId: params.get('unit') ?? '',
        overdueOnly: params.get('overdue') === '1',
      };
    case 'sessions': {
      const month = params.get('month') ?? '';
      return {
        view: 'sessions',
        facilitator: params.has('facilitator') ? (params.get('facilitator') ?? '') : null,
        month: /^\d{4}-\d{2}$/.test(month) ? month : '',
      };
    }
    default:
      return null;
  }
}

function drillEntries(drill: DrillView): [string, string][] {
  switch (drill.view) {
    case 'stage':
      return [['stage', drill.stage]];
    case 'profile':
      return [
        ['field', drill.field],
        ['value', drill.value || NONE],
      ];
    case 'followUps':
      return [
        ...(drill.unitId ? ([['unit', drill.unitId]] as [string, string][]) : []),
        ...(drill.overdueOnly ? ([['overdue', '1']] as [string, string][]) : []),
      ];
    case 'sessions':
      return [
        ...(drill.facilitator !== null ? ([['facilitator', drill.facilitator]] as [string, string][]) : []),
        ...(drill.month ? ([['month', drill.month]] as [string, string][]) : []),
      ];
    default:
      return [];
  }
}

/**
 * The query string (without '?') for these filters and, optionally, a drill-down. The year is
 * always written so a shared link means the same figures next year.
 */
export function dashboardQuery(filter: DashboardFilter, drill?: DrillView | null): string {
  const params = new URLSearchParams();
  params.set('year', String(filter.year));
  if (filter.group !== '') params.set('group', String(filter.group));
  if (filter.kind !== '') params.set('kind', filter.kind);
  if (drill) {
    params.set('view', drill.view);
    for (const [k, v] of drillEntries(drill)) params.set(k, v);
  }
  return params.toString();
}

export const sameFilter = (a: DashboardFilter, b: DashboardFilter): boolean =>
  a.year === b.year && a.group === b.group && a.kind === b.kind;
