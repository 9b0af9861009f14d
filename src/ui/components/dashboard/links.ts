import {
  type DashboardFilter,
  type DrillView,
  dashboardQuery,
  type ProfileField,
} from '../../../domain/dashboard';
import type { MessageKey } from '../../../i18n';
import { paths } from '../../router';

/** The dashboard URL for these filters, optionally opened on the list behind one figure. */
export function dashHref(filter: DashboardFilter, drill?: DrillView | null): string {
  return `${paths.dashboard()}?${dashboardQuery(filter, drill)}`;
}

/** The shared enum label of an IID choice ('' = not filled in). */
export function profileKey(field: ProfileField, value: string): MessageKey {
  if (value === '') return 'dashboard.profile.unset';
  switch (field) {
    case 'tahapan':
      return `tahapan.${value as 'inisiatif' | 'ujiCoba' | 'penerapan'}`;
    case 'bentuk':
      return `bentuk.${value as 'tataKelola' | 'pelayananPublik' | 'lainnya'}`;
    case 'jenis':
      return `jenis.${value as 'digital' | 'nonDigital'}`;
  }
}

/** "Jan", "Feb"… in the UI language; with the year ("Jan 26") when months span years. */
export function monthLabel(lang: 'id' | 'en', month: string, withYear: boolean): string {
  const d = new Date(`${month}-01T00:00:00`);
  if (Number.isNaN(d.getTime())) return month;
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    month: 'short',
    ...(withYear ? { year: '2-digit' } : {}),
  }).format(d);
}

export function monthLongLabel(lang: 'id' | 'en', month: string): string {
  const d = new Date(`${month}-01T00:00:00`);
  if (Number.isNaN(d.getTime())) return month;
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    month: 'long',
    year: 'numeric',
  }).format(d);
}
