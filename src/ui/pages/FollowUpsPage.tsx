import { useState } from 'preact/hooks';
import { listFollowUps } from '../../db/queries/follow-ups';
import { isOverdue } from '../../domain/action-item';
import { localToday } from '../../domain/dates';
import {
  type FollowUpFilter,
  type FollowUpRow,
  filterChoices,
  filterFollowUps,
  isFilteringFollowUps,
  NO_FOLLOW_UP_FILTER,
  sortFollowUps,
} from '../../domain/queries/follow-ups';
import { EmptyState } from '../components/EmptyState';
import { FollowUpFilters } from '../components/follow-ups/FollowUpFilters';
import { FollowUpItem } from '../components/follow-ups/FollowUpItem';
import { Link } from '../components/Link';
import { PageHeader } from '../components/PageHeader';
import { useLiveResult } from '../hooks/use-live-query';
import { useT } from '../hooks/use-t';
import { paths } from '../router';
import './sessions.css';

/** Every open follow-up across units: overdue first, then by due date; tick one off with undo. */
export function FollowUpsPage() {
  const t = useT();
  const result = useLiveResult(() => listFollowUps(), []);
  const [filter, setFilter] = useState<FollowUpFilter>(NO_FOLLOW_UP_FILTER);
  const today = localToday();

  if (result.status === 'loading') return <p class="muted">{t('loading')}</p>;
  if (result.status === 'error') {
    return (
      <p class="field__error" role="alert">
        {t('error.unexpected')}
      </p>
    );
  }
  const rows = result.data;
  const open = rows.filter((r) => r.item.status === 'open');
  const overdue = open.filter((r) => isOverdue(r.item, today)).length;
  return (
    <>
      <PageHeader
        title={t('followUps.title')}
        subtitle={t('followUps.summary', { open: open.length, overdue })}
      />
      {rows.length > 0 && (
        <FollowUpFilters filter={filter} onChange={setFilter} choices={filterChoices(rows, filter)} />
      )}
      <FollowUpList rows={rows} openCount={open.length} filter={filter} today={today} onClear={setFilter} />
    </>
  );
}

function FollowUpList({
  rows,
  openCount,
  filter,
  today,
  onClear,
}: {
  rows: readonly FollowUpRow[];
  openCount: number;
  filter: FollowUpFilter;
  today: string;
  onClear: (filter: FollowUpFilter) => void;
}) {
  const t = useT();
  const shown = sortFollowUps(filterFollowUps(rows, filter), today);
  if (shown.length > 0) {
    return (
      <>
        <p class="muted">{t('followUps.list.shown', { shown: shown.length })}</p>
        <ul class="list card" aria-label={t('followUps.list.label')}>
          {shown.map((row) => (
            <FollowUpItem key={row.item.id} row={row} today={today} />
          ))}
        </ul>
      </>
    );
  }
  if (openCount === 0 && !isFilteringFollowUps(filter)) {
    return (
      <EmptyState title={t('followUps.empty.title')}>
        <p>{t('followUps.empty.body')}</p>
        <Link href={paths.sessions()} class="btn btn--secondary">
          {t('followUps.empty.sessions')}
        </Link>
      </EmptyState>
    );
  }
  return (
    <EmptyState title={t('followUps.noMatch.title')}>
      <p>{t('followUps.noMatch.body')}</p>
      <button
        type="button"
        class="btn btn--secondary"
        onClick={() => onClear({ ...NO_FOLLOW_UP_FILTER, showDone: filter.showDone })}
      >
        {t('followUps.filter.clear')}
      </button>
    </EmptyState>
  );
}
