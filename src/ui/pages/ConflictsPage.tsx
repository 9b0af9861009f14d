/**
 * Conflicts the server resolved automatically (same field changed on two devices, an edit meeting
 * a delete), for a person to confirm or reverse. Nothing here is decided silently: each conflict
 * stays until someone picks a value.
 */
import type { ComponentChildren } from 'preact';
import { listConflictGroups } from '../../db/queries/sync';
import { ConflictGroupCard } from '../components/conflicts/ConflictGroupCard';
import { EmptyState } from '../components/EmptyState';
import { Link } from '../components/Link';
import { PageHeader } from '../components/PageHeader';
import { useLiveResult } from '../hooks/use-live-query';
import { useT } from '../hooks/use-t';
import { paths } from '../router';
import '../components/conflicts/conflicts.css';

export function ConflictsPage() {
  const t = useT();
  const result = useLiveResult(() => listConflictGroups(), []);
  let body: ComponentChildren;
  if (result.status === 'loading') body = <p class="muted">{t('loading')}</p>;
  else if (result.status === 'error') {
    body = (
      <p class="field__error" role="alert">
        {t('error.unexpected')}
      </p>
    );
  } else if (result.data.groups.length === 0) {
    body = (
      <EmptyState title={t('conflicts.empty.title')}>
        <p>{t('conflicts.empty.body')}</p>
        <Link href={paths.syncStatus()} class="btn btn--secondary">
          {t('conflicts.empty.sync')}
        </Link>
      </EmptyState>
    );
  } else {
    const { groups, book, clientId } = result.data;
    const count = groups.reduce((n, g) => n + g.conflicts.length, 0);
    body = (
      <>
        <p class="conflicts-intro">
          <strong>{t('conflicts.count', { n: count })}.</strong> {t('conflicts.intro')}
        </p>
        {groups.map((g) => (
          <ConflictGroupCard key={`${g.ref.table}/${g.ref.id}`} group={g} book={book} clientId={clientId} />
        ))}
      </>
    );
  }
  return (
    <div class="conflicts-page">
      <PageHeader title={t('conflicts.title')} back={paths.syncStatus()} subtitle={t('conflicts.subtitle')} />
      {body}
    </div>
  );
}
