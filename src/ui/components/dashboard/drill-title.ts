import type { DashboardFilter, DrillView, Scope } from '../../../domain/dashboard';
import type { Lang, MessageKey, Params } from '../../../i18n';
import { monthLongLabel, profileKey } from './links';

type T = (key: MessageKey, params?: Params) => string;

/** The heading of the list behind a figure, e.g. "Inovasi di tahap Design". */
export function drillTitle(t: T, lang: Lang, drill: DrillView, scope: Scope): string {
  switch (drill.view) {
    case 'stage':
      return t('dashboard.drill.stage', { stage: t(`stage.${drill.stage}`) });
    case 'profile':
      return t('dashboard.drill.profile', {
        field: t(`dashboard.profile.${drill.field}`),
        value: t(profileKey(drill.field, drill.value)),
      });
    case 'proposals':
      return t('dashboard.drill.proposals');
    case 'units':
      return t('dashboard.drill.units');
    case 'incomplete':
      return t('dashboard.drill.incomplete');
    case 'noInnovation':
      return t('dashboard.none.title');
    case 'followUps': {
      const base = t(drill.overdueOnly ? 'dashboard.drill.overdue' : 'dashboard.drill.open');
      const unit = drill.unitId ? scope.unitsById.get(drill.unitId) : undefined;
      return unit ? `${base} · ${unit.name}` : base;
    }
    case 'sessions': {
      const parts = [t('dashboard.drill.sessions')];
      if (drill.facilitator !== null) parts.push(drill.facilitator || t('dashboard.sessions.noFacilitator'));
      if (drill.month) parts.push(monthLongLabel(lang, drill.month));
      return parts.join(' · ');
    }
  }
}

/** "Tahun 2026 · Kelompok 1 · Kecamatan": which data the figures cover. */
export function filterSummary(t: T, filter: DashboardFilter): string {
  const parts = [
    filter.year === 'all'
      ? t('dashboard.filter.allYears')
      : t('dashboard.filter.yearIs', { year: String(filter.year) }),
  ];
  if (filter.group !== '') parts.push(t(filter.group === 1 ? 'group.1' : 'group.2'));
  if (filter.kind !== '') parts.push(t(`kind.${filter.kind}`));
  return parts.join(' · ');
}
