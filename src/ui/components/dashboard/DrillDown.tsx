import { isOverdue } from '../../../domain/action-item';
import {
  type DashboardFilter,
  type DrillResult,
  type DrillView,
  drillDown,
  type Scope,
} from '../../../domain/dashboard';
import { formatDate } from '../../../i18n';
import { useLang, useT } from '../../hooks/use-t';
import { paths } from '../../router';
import { EmptyState } from '../EmptyState';
import { Link } from '../Link';
import { drillTitle, filterSummary } from './drill-title';
import { dashHref } from './links';
import { missingLabel } from './missing';

/** The list behind one figure, each row linking to its record; the way back keeps the filters. */
export function DrillDown({
  scope,
  filter,
  drill,
  today,
}: {
  scope: Scope;
  filter: DashboardFilter;
  drill: DrillView;
  today: string;
}) {
  const t = useT();
  const lang = useLang();
  const result = drillDown(scope, drill, today);
  const back = dashHref(filter);
  return (
    <section class="dash-drill" aria-labelledby="dash-drill-title" data-testid="drill-down">
      <Link href={back} class="page-header__back">
        <span aria-hidden="true">← </span>
        {t('dashboard.drill.back')}
      </Link>
      <h2 id="dash-drill-title">{drillTitle(t, lang, drill, scope)}</h2>
      <p class="muted" data-testid="drill-count">
        {t('dashboard.drill.count', { n: result.rows.length })} · {filterSummary(t, filter)}
      </p>
      {result.rows.length === 0 ? (
        <EmptyState title={t('dashboard.drill.empty')}>
          <Link href={back} class="btn btn--secondary">
            {t('dashboard.drill.back')}
          </Link>
        </EmptyState>
      ) : (
        <ul class="list card">
          <Rows result={result} today={today} />
        </ul>
      )}
    </section>
  );
}

function Rows({ result, today }: { result: DrillResult; today: string }) {
  const t = useT();
  const lang = useLang();
  switch (result.kind) {
    case 'innovations':
      return (
        <>
          {result.rows.map(({ innovation, unit }) => (
            <li key={innovation.id} class="list__item">
              <div class="list__main">
                <Link href={paths.innovation(innovation.id)} class="list__title">
                  {innovation.name || t('dashboard.unnamed')}
                </Link>
                <div class="muted">{unit.name}</div>
              </div>
              <span class="badge">{t(`stage.${innovation.currentStage}`)}</span>
            </li>
          ))}
        </>
      );
    case 'drafts':
      return (
        <>
          {result.rows.map((d) => (
            <li key={d.innovation.id} class="list__item">
              <div class="list__main">
                <Link href={paths.innovation(d.innovation.id)} class="list__title">
                  {d.innovation.name || t('dashboard.unnamed')}
                </Link>
                <div class="muted">{d.unit.name}</div>
                <div class="dash-missing">
                  {t('dashboard.drafts.missing', {
                    list: d.missing.map((c) => missingLabel(t, c, d.rancangBangunWords)).join(', '),
                  })}
                </div>
              </div>
              <span class="badge badge--warn">{t('dashboard.drafts.gaps', { n: d.missing.length })}</span>
            </li>
          ))}
        </>
      );
    case 'units':
      return (
        <>
          {result.rows.map((unit) => (
            <li key={unit.id} class="list__item">
              <div class="list__main">
                <Link href={paths.unit(unit.id)} class="list__title">
                  {unit.name}
                </Link>
                <div class="muted">
                  {t(`kind.${unit.kind}`)} · {t(unit.group === 1 ? 'group.1' : 'group.2')}
                </div>
              </div>
            </li>
          ))}
        </>
      );
    case 'followUps':
      return (
        <>
          {result.rows.map(({ item, unit, innovationName }) => (
            <li key={item.id} class="list__item">
              <div class="list__main">
                <Link
                  href={item.sessionId ? paths.session(item.sessionId) : paths.unit(unit.id)}
                  class="list__title"
                >
                  {item.text}
                </Link>
                <div class="muted">
                  {[unit.name, innovationName, item.owner].filter((s) => s !== '').join(' · ')}
                </div>
              </div>
              {item.dueDate ? (
                <span class={`badge${isOverdue(item, today) ? ' badge--danger' : ' badge--muted'}`}>
                  {isOverdue(item, today)
                    ? t('dashboard.drill.overdueSince', { date: formatDate(lang, item.dueDate) })
                    : t('dashboard.drill.due', { date: formatDate(lang, item.dueDate) })}
                </span>
              ) : (
                <span class="badge badge--muted">{t('dashboard.drill.noDue')}</span>
              )}
            </li>
          ))}
        </>
      );
    case 'sessions':
      return (
        <>
          {result.rows.map(({ session, unit }) => (
            <li key={session.id} class="list__item">
              <div class="list__main">
                <Link href={paths.session(session.id)} class="list__title">
                  {formatDate(lang, session.date)} · {unit.name}
                </Link>
                <div class="muted">
                  {session.facilitators.join(', ') || t('dashboard.sessions.noFacilitator')}
                </div>
              </div>
              {session.stageFocus && <span class="badge">{t(`stage.${session.stageFocus}`)}</span>}
            </li>
          ))}
        </>
      );
  }
}
