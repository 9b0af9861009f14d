import { type SyncUiState, shownSyncState, useSync } from '../../../state/sync-status';
import { useLang, useT } from '../../hooks/use-t';
import { paths } from '../../router';
import { Link } from '../Link';
import { formatWhen, type T } from './describe';
import { lastErrorText } from './sync-words';

function percentOf(progress: SyncUiState['progress']): number | null {
  if (!progress?.total || progress.total <= 0) return null;
  return Math.max(0, Math.min(100, Math.round((progress.done / progress.total) * 100)));
}

export function stateText(t: T, s: SyncUiState, pending: number): string {
  if (s.sessionExpired || s.state === 'needsLogin') return t('syncPage.state.needsLogin');
  switch (shownSyncState(s)) {
    case 'syncing': {
      const percent = percentOf(s.progress);
      return percent === null ? t('syncPage.state.syncing') : t('syncPage.state.syncingPercent', { percent });
    }
    case 'offline':
      return t('syncPage.state.offline');
    case 'error':
      return t('syncPage.state.error');
    default:
      if (pending > 0) return t('syncPage.state.pending');
      return t(s.lastSyncedAt ? 'syncPage.state.synced' : 'syncPage.state.waiting');
  }
}

/** The facts at a glance: state, account, last sync, how much waits, how many conflicts. */
export function SyncStatusCard({ pending, conflicts }: { pending: number; conflicts: number }) {
  const t = useT();
  const lang = useLang();
  const sync = useSync();
  const user = typeof sync.user === 'object' && sync.user !== null ? sync.user : null;
  const showError = (sync.state === 'error' || sync.state === 'offline') && sync.lastError;
  return (
    <section class="card" aria-labelledby="sync-status-title" data-testid="sync-status">
      <h2 id="sync-status-title">{t('syncPage.status.title')}</h2>
      <dl class="sync-facts">
        <dt>{t('syncPage.status.state')}</dt>
        <dd data-testid="sync-state">
          {stateText(t, sync, pending)}
          {showError && (
            <div class="muted">
              {t('syncPage.lastError', { reason: lastErrorText(t, sync.lastError ?? '') })}
            </div>
          )}
        </dd>
        <dt>{t('syncPage.account')}</dt>
        <dd>{user ? user.username : t('syncPage.account.none')}</dd>
        <dt>{t('syncPage.lastSynced')}</dt>
        <dd>
          {sync.lastSyncedAt
            ? formatWhen(t, lang, sync.lastSyncedAt.getTime())
            : t('syncPage.lastSynced.never')}
        </dd>
        <dt>{t('syncPage.pendingCount')}</dt>
        <dd data-testid="sync-pending-count">{t('syncPage.pendingCount.value', { n: pending })}</dd>
        <dt>{t('syncPage.conflicts')}</dt>
        <dd>
          <Link href={paths.conflicts()} class="sync-facts__link" data-testid="sync-conflicts-link">
            {conflicts > 0 ? t('syncPage.conflicts.count', { n: conflicts }) : t('syncPage.conflicts.none')}
          </Link>
        </dd>
      </dl>
    </section>
  );
}
