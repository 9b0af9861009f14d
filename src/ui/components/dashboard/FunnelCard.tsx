import type { DashboardFilter, DashboardSummary, FunnelRow } from '../../../domain/dashboard';
import { STAGES } from '../../../domain/stages';
import type { UnitGroup, UnitKind } from '../../../domain/unit';
import { formatNumber } from '../../../i18n';
import { useLang, useT } from '../../hooks/use-t';
import { Link } from '../Link';
import { BarList } from './BarList';
import { dashHref } from './links';

/** The 5D funnel: innovations per stage, then the same per unit group and per unit kind. */
export function FunnelCard({ summary, filter }: { summary: DashboardSummary; filter: DashboardFilter }) {
  const t = useT();
  const bars = STAGES.map((stage) => ({
    key: stage,
    label: t(`stage.${stage}`),
    value: summary.stages[stage],
    href: dashHref(filter, { view: 'stage', stage }),
  }));
  return (
    <section class="card dash-card dash-card--funnel" aria-labelledby="dash-funnel-title">
      <h2 id="dash-funnel-title">{t('dashboard.funnel.title')}</h2>
      <p class="muted">
        {t(filter.year === 'all' ? 'dashboard.funnel.hintAll' : 'dashboard.funnel.hint', {
          n: summary.innovationCount,
          year: String(filter.year),
        })}
      </p>
      <BarList caption={t('dashboard.funnel.caption')} bars={bars} centered testid="funnel" />
      <FunnelTable filter={filter} summary={summary} />
    </section>
  );
}

function FunnelTable({ summary, filter }: { summary: DashboardSummary; filter: DashboardFilter }) {
  const t = useT();
  if (summary.byGroup.length === 0) return null;
  const groupFilter = (row: FunnelRow): DashboardFilter => ({
    ...filter,
    group: Number(row.key) as UnitGroup,
  });
  const kindFilter = (row: FunnelRow): DashboardFilter => ({ ...filter, kind: row.key as UnitKind });
  return (
    <div class="dash-table-wrap">
      <table class="dash-table dash-table--funnel" data-testid="funnel-table">
        <caption>{t('dashboard.funnel.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.funnel.unitCol')}</th>
            {STAGES.map((stage) => (
              <th scope="col" key={stage}>
                {t(`stage.${stage}`)}
              </th>
            ))}
            <th scope="col">{t('dashboard.total')}</th>
          </tr>
        </thead>
        <tbody>
          <SectionRow label={t('dashboard.funnel.byGroup')} />
          {summary.byGroup.map((row) => (
            <Row
              key={`g${row.key}`}
              row={row}
              label={t(row.key === '1' ? 'group.1' : 'group.2')}
              filter={groupFilter(row)}
            />
          ))}
          <SectionRow label={t('dashboard.funnel.byKind')} />
          {summary.byKind.map((row) => (
            <Row key={row.key} row={row} label={t(`kind.${row.key as UnitKind}`)} filter={kindFilter(row)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SectionRow({ label }: { label: string }) {
  return (
    <tr class="dash-table__section">
      <th scope="colgroup" colSpan={7}>
        {label}
      </th>
    </tr>
  );
}

/** One group or kind: the row label narrows the whole dashboard to it, each number opens its list. */
function Row({ row, label, filter }: { row: FunnelRow; label: string; filter: DashboardFilter }) {
  const t = useT();
  const lang = useLang();
  return (
    <tr>
      <th scope="row">
        <Link href={dashHref(filter)} title={t('dashboard.funnel.focus', { name: label })}>
          {label}
        </Link>
        <span class="dash-table__sub">{t('dashboard.funnel.units', { n: row.units })}</span>
      </th>
      {STAGES.map((stage) => (
        <td key={stage}>
          <Cell value={row.counts[stage]} href={dashHref(filter, { view: 'stage', stage })} lang={lang} />
        </td>
      ))}
      <td class="dash-table__total">
        <Cell value={row.total} href={dashHref(filter, { view: 'proposals' })} lang={lang} />
      </td>
    </tr>
  );
}

export function Cell({ value, href, lang }: { value: number; href: string; lang: 'id' | 'en' }) {
  if (value === 0) return <span class="dash-table__zero">{formatNumber(lang, 0)}</span>;
  return (
    <Link href={href} class="dash-table__link">
      {formatNumber(lang, value)}
    </Link>
  );
}
