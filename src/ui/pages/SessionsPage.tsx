import { useState } from 'preact/hooks';
import { listSessionSummaries, listUnitChoices } from '../../db/queries/sessions';
import { filterSessions, type SessionSummary } from '../../domain/queries/sessions';
import { EmptyState } from '../components/EmptyState';
import { Checkbox, TextField } from '../components/fields';
import { Link } from '../components/Link';
import { PageHeader } from '../components/PageHeader';
import { NewSessionForm } from '../components/sessions/NewSessionForm';
import { useFacilitatorName } from '../components/sessions/new-session';
import { SessionRow } from '../components/sessions/SessionRow';
import { useLiveQuery, useLiveResult } from '../hooks/use-live-query';
import { usePermissions } from '../hooks/use-permissions';
import { useT } from '../hooks/use-t';
import { paths } from '../router';
import './sessions.css';

/** "Sesi terbaru saya": the sessions I facilitated (or all of them), newest first. */
export function SessionsPage() {
  const t = useT();
  const perms = usePermissions();
  const myName = useFacilitatorName();
  const [showAll, setShowAll] = useState(false);
  const [search, setSearch] = useState('');
  const result = useLiveResult(() => listSessionSummaries(), []);
  const units = useLiveQuery(() => listUnitChoices(), []);
  const mine = myName !== '' && !showAll;

  return (
    <>
      <PageHeader title={mine ? t('sessions.title.mine') : t('sessions.title.all')} />
      {perms.can('mentoringSessions', 'create') && <NewSessionForm units={units} />}
      {myName === '' && (
        <p class="session-hint">
          {t('sessions.noName.hint')}{' '}
          <Link href={paths.settings()} class="session-link">
            {t('sessions.noName.link')}
          </Link>
        </p>
      )}
      <div class="toolbar">
        <TextField
          class="field--grow"
          type="search"
          label={t('sessions.search.label')}
          placeholder={t('sessions.search.placeholder')}
          value={search}
          onInput={setSearch}
        />
        {myName !== '' && <Checkbox label={t('sessions.showAll')} checked={showAll} onChange={setShowAll} />}
      </div>
      {result.status === 'loading' ? (
        <p class="muted">{t('loading')}</p>
      ) : result.status === 'error' ? (
        <p class="field__error" role="alert">
          {t('error.unexpected')}
        </p>
      ) : (
        <SessionList
          rows={result.data}
          facilitator={mine ? myName : ''}
          search={search}
          onShowAll={setShowAll}
        />
      )}
    </>
  );
}

function SessionList({
  rows,
  facilitator,
  search,
  onShowAll,
}: {
  rows: readonly SessionSummary[];
  facilitator: string;
  search: string;
  onShowAll: (all: boolean) => void;
}) {
  const t = useT();
  if (rows.length === 0) {
    return (
      <EmptyState title={t('sessions.empty.title')}>
        <p>{t('sessions.empty.body')}</p>
      </EmptyState>
    );
  }
  const scoped = filterSessions(rows, { facilitator, search: '' });
  if (scoped.length === 0) {
    return (
      <EmptyState title={t('sessions.emptyMine.title')}>
        <p>{t('sessions.emptyMine.body', { name: facilitator })}</p>
        <button type="button" class="btn btn--secondary" onClick={() => onShowAll(true)}>
          {t('sessions.showAll')}
        </button>
      </EmptyState>
    );
  }
  const shown = filterSessions(scoped, { facilitator: '', search });
  if (shown.length === 0) {
    return (
      <EmptyState title={t('sessions.noMatch.title')}>
        <p>{t('sessions.noMatch.body')}</p>
      </EmptyState>
    );
  }
  return (
    <>
      {shown.length !== scoped.length && (
        <p class="muted">{t('sessions.list.shown', { shown: shown.length, total: scoped.length })}</p>
      )}
      <ul class="list card" aria-label={t('sessions.list.label')}>
        {shown.map((row) => (
          <SessionRow key={row.session.id} row={row} />
        ))}
      </ul>
    </>
  );
}
