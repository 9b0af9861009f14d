/**
 * The sync page: where this device stands with the server. What waits to be sent, what the
 * server refused (kept until a person discards it), and the way to the conflicts screen.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { countUnresolvedConflicts, listPending, listRejected } from '../../db/queries/sync';
import { useSync } from '../../state/sync-status';
import { showToast } from '../../state/ui-store';
import { syncNow } from '../../sync/client';
import { PendingList } from '../components/conflicts/PendingList';
import { RejectedList } from '../components/conflicts/RejectedList';
import { SyncStatusCard } from '../components/conflicts/SyncStatusCard';
import { PageHeader } from '../components/PageHeader';
import { useLiveResult } from '../hooks/use-live-query';
import { useT } from '../hooks/use-t';
import '../components/conflicts/conflicts.css';

async function readPage() {
  const [pending, rejected, conflicts] = await Promise.all([
    listPending(),
    listRejected(),
    countUnresolvedConflicts(),
  ]);
  return { pending, rejected, conflicts };
}

function SyncNowButton() {
  const t = useT();
  const syncing = useSync((s) => s.state === 'syncing');
  const loggedIn = useSync((s) => typeof s.user === 'object' && s.user !== null);
  const [busy, setBusy] = useState(false);
  const running = busy || syncing;
  const run = async () => {
    setBusy(true);
    try {
      await syncNow();
    } catch {
      showToast(t('error.unexpected'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <button
        type="button"
        class="btn"
        disabled={running || !loggedIn}
        aria-describedby={loggedIn ? undefined : 'sync-now-hint'}
        onClick={() => void run()}
      >
        {running ? t('syncPage.now.busy') : t('syncPage.now')}
      </button>
      {!loggedIn && (
        <p id="sync-now-hint" class="muted sync-page__hint">
          {t('syncPage.now.needsLogin')}
        </p>
      )}
    </div>
  );
}

export function SyncStatusPage() {
  const t = useT();
  const result = useLiveResult(readPage, []);
  let body: ComponentChildren;
  if (result.status === 'loading') body = <p class="muted">{t('loading')}</p>;
  else if (result.status === 'error') {
    body = (
      <p class="field__error" role="alert">
        {t('error.unexpected')}
      </p>
    );
  } else {
    const { pending, rejected, conflicts } = result.data;
    body = (
      <>
        <SyncStatusCard pending={pending.total} conflicts={conflicts} />
        <RejectedList items={rejected} />
        <PendingList total={pending.total} items={pending.items} />
      </>
    );
  }
  return (
    <div class="sync-page">
      <PageHeader title={t('syncPage.title')} subtitle={t('syncPage.subtitle')}>
        <SyncNowButton />
      </PageHeader>
      {body}
    </div>
  );
}
