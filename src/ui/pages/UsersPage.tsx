import { useCallback, useEffect, useState } from 'preact/hooks';
import { listUnitChoices } from '../../db/queries/sessions';
import type { PublicUser } from '../../protocol/protocol';
import { useSync } from '../../state/sync-status';
import { errorCode, listUsers, type UsersApiErrorCode } from '../../sync/users-api';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { NewUserForm } from '../components/users/NewUserForm';
import { UserRow } from '../components/users/UserRow';
import { useLiveQuery } from '../hooks/use-live-query';
import { useT } from '../hooks/use-t';
import './users.css';

type ListState =
  | { status: 'loading' }
  | { status: 'ready'; users: PublicUser[] }
  | { status: 'error'; code: UsersApiErrorCode };

/** Active accounts first, then by name. */
function sortUsers(users: readonly PublicUser[]): PublicUser[] {
  return [...users].sort(
    (a, b) => Number(b.active) - Number(a.active) || a.username.localeCompare(b.username, 'id'),
  );
}

/**
 * Route /users: account management for coordinators. Accounts live on the server, so this page
 * needs a connection (unlike the rest of the app); unit names come from the local units table.
 */
export function UsersPage() {
  const t = useT();
  const me = useSync((s) => s.user);
  if (me === null || me === 'none' || me.role !== 'coordinator') {
    return (
      <div class="users-page">
        <PageHeader title={t('users.title')} />
        <EmptyState title={t('users.onlyCoordinators.title')}>
          <p>{t('users.onlyCoordinators.body')}</p>
        </EmptyState>
      </div>
    );
  }
  return <UsersManager me={me} />;
}

function UsersManager({ me }: { me: PublicUser }) {
  const t = useT();
  const units = useLiveQuery(() => listUnitChoices(), []);
  const [list, setList] = useState<ListState>({ status: 'loading' });
  const [adding, setAdding] = useState(false);

  const load = useCallback(async () => {
    setList((prev) => (prev.status === 'ready' ? prev : { status: 'loading' }));
    try {
      setList({ status: 'ready', users: sortUsers(await listUsers()) });
    } catch (err) {
      setList({ status: 'error', code: errorCode(err) });
    }
  }, []);

  useEffect(() => {
    void load();
    const onOnline = () => void load();
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [load]);

  const replace = (user: PublicUser) =>
    setList((prev) =>
      prev.status === 'ready'
        ? { status: 'ready', users: sortUsers(prev.users.map((u) => (u.id === user.id ? user : u))) }
        : prev,
    );

  const header = (
    <PageHeader title={t('users.title')} subtitle={t('users.subtitle')}>
      {list.status === 'ready' && units !== undefined && !adding && (
        <button type="button" class="btn" onClick={() => setAdding(true)}>
          {t('users.add')}
        </button>
      )}
    </PageHeader>
  );

  if (list.status === 'loading' || units === undefined) {
    return (
      <div class="users-page">
        {header}
        <p class="muted" role="status">
          {t('loading')}
        </p>
      </div>
    );
  }
  if (list.status === 'error') {
    const offline = list.code === 'offline' || list.code === 'timeout';
    return (
      <div class="users-page">
        {header}
        <EmptyState title={offline ? t('users.offline.title') : t(`users.error.${list.code}`)}>
          {offline && <p>{t('users.offline.body')}</p>}
          <button type="button" class="btn" onClick={() => void load()}>
            {t('users.retry')}
          </button>
        </EmptyState>
      </div>
    );
  }

  return (
    <div class="users-page">
      {header}
      {adding && (
        <NewUserForm
          units={units}
          onCancel={() => setAdding(false)}
          onCreated={() => {
            setAdding(false);
            void load();
          }}
        />
      )}
      <section class="card" aria-label={t('users.title')}>
        <ul class="list" data-testid="users-list">
          {list.users.map((u) => (
            <UserRow key={u.id} user={u} isMe={u.id === me.id} units={units} onChanged={replace} />
          ))}
        </ul>
        {list.users.every((u) => u.id === me.id) && (
          <p class="muted users-page__only-me">{t('users.onlyMe')}</p>
        )}
        <p class="muted users-page__self-note">{t('users.selfNote')}</p>
      </section>
    </div>
  );
}
