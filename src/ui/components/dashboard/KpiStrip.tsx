import type { DashboardFilter, DashboardSummary } from '../../../domain/dashboard';
import { formatNumber, type MessageKey } from '../../../i18n';
import { useLang, useT } from '../../hooks/use-t';
import { Link } from '../Link';
import { dashHref } from './links';

interface Kpi {
  key: string;
  label: MessageKey;
  value: number;
  href: string;
  tone?: 'warn' | 'danger';
}

/** The headline numbers, each opening the list behind it. */
export function KpiStrip({ summary, filter }: { summary: DashboardSummary; filter: DashboardFilter }) {
  const t = useT();
  const lang = useLang();
  const kpis: Kpi[] = [
    {
      key: 'units',
      label: 'dashboard.kpi.units',
      value: summary.unitCount,
      href: dashHref(filter, { view: 'units' }),
    },
    {
      key: 'innovations',
      label: 'dashboard.kpi.innovations',
      value: summary.innovationCount,
      href: dashHref(filter, { view: 'proposals' }),
    },
    {
      key: 'drafts',
      label: 'dashboard.kpi.drafts',
      value: summary.drafts.length,
      href: dashHref(filter, { view: 'incomplete' }),
      tone: 'warn',
    },
    {
      key: 'overdue',
      label: 'dashboard.kpi.overdue',
      value: summary.followUps.overdue,
      href: dashHref(filter, { view: 'followUps', unitId: '', overdueOnly: true }),
      tone: 'danger',
    },
    {
      key: 'sessions',
      label: 'dashboard.kpi.sessions',
      value: summary.sessions.total,
      href: dashHref(filter, { view: 'sessions', facilitator: null, month: '' }),
    },
  ];
  return (
    <ul class="dash-kpis" aria-label={t('dashboard.kpi.label')}>
      {kpis.map((k) => (
        <li key={k.key}>
          <Link
            href={k.href}
            class={`dash-kpi${k.tone && k.value > 0 ? ` dash-kpi--${k.tone}` : ''}`}
            data-testid={`kpi-${k.key}`}
          >
            <span class="dash-kpi__value">{formatNumber(lang, k.value)}</span>
            <span class="dash-kpi__label">{t(k.label)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
