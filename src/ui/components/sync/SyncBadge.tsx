import { useSync } from '../../../state/sync-status';
import { useLang, useT } from '../../hooks/use-t';
import { paths } from '../../router';
import { Link } from '../Link';
import { badgeView, syncPercent } from './badge-view';
import { RELOGIN_PASSWORD_ID } from './relogin-ids';
import { useSyncCounts } from './use-sync-counts';
import './sync.css';

/**
 * The header's sync status: unsynced count, state and last sync time, compact enough for a
 * portrait tablet's top bar. It links to the sync page; when the session expired it becomes a
 * button that jumps to the re-login form. A second badge counts changes the server refused; open
 * conflicts make the badge itself say so (leading to the conflicts page) when nothing else is
 * going on, and add a badge of their own when something is.
 */
export function SyncBadge() {
  const t = useT();
  const lang = useLang();
  const sync = useSync();
  const counts = useSyncCounts();
  const conflicts = counts?.conflicts ?? 0;
  const view = badgeView(sync, counts?.pending ?? 0, t, lang, conflicts);
  const body = (
    <>
      <span class="sync-badge__icon" aria-hidden="true" />
      <span class="sync-badge__text">
        <span class="sync-badge__line1">{view.line1}</span>
        {view.line2 && <span class="sync-badge__line2">{view.line2}</span>}
      </span>
    </>
  );
  return (
    <div class="sync-status" data-state={view.kind}>
      {view.kind === 'needsLogin' ? (
        <button
          type="button"
          class={`sync-badge sync-badge--${view.kind}`}
          data-testid="sync-badge"
          title={view.full}
          onClick={() => document.getElementById(RELOGIN_PASSWORD_ID)?.focus()}
        >
          {body}
        </button>
      ) : (
        <Link
          href={view.kind === 'conflict' ? paths.conflicts() : paths.syncStatus()}
          class={`sync-badge sync-badge--${view.kind}`}
          data-testid="sync-badge"
          title={view.full}
        >
          {/* Its name is its visible text (what is read matches what is seen); the title says it in full. */}
          {body}
        </Link>
      )}
      {conflicts > 0 && view.kind !== 'conflict' && (
        <Link
          href={paths.conflicts()}
          class="sync-conflicts"
          data-testid="sync-conflicts"
          aria-label={t('sync.badge.conflictsLabel', { n: conflicts })}
          title={t('sync.badge.conflictsLabel', { n: conflicts })}
        >
          {t('sync.badge.conflicts', { n: conflicts })}
        </Link>
      )}
      {counts && counts.rejected > 0 && (
        <Link
          href={paths.syncStatus()}
          class="sync-rejected"
          data-testid="sync-rejected"
          aria-label={t('sync.badge.rejectedLabel', { n: counts.rejected })}
          title={t('sync.badge.rejectedLabel', { n: counts.rejected })}
        >
          {t('sync.badge.rejected', { n: counts.rejected })}
        </Link>
      )}
    </div>
  );
}

/** A thin bar along the bottom of the top bar while a sync of known size runs (the first big pull). */
export function SyncProgressLine() {
  const t = useT();
  const state = useSync((s) => s.state);
  const progress = useSync((s) => s.progress);
  const percent = state === 'syncing' ? syncPercent(progress) : null;
  if (percent === null) return null;
  return (
    <div
      class="sync-progress"
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-label={t('sync.badge.progress', { percent })}
      data-testid="sync-progress"
    >
      <div class="sync-progress__fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
