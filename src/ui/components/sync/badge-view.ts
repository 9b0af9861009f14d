/**
 * What the header sync badge says, as a pure function of the sync store, the outbox count and
 * the unresolved conflicts, so every state is testable without timers or a network. With nothing
 * waiting but a conflict open, it never says "Tersinkron": an edit of this device lost, and the
 * badge says so and leads to the conflicts page.
 */
import { formatTime, type Lang, type MessageKey, type Params } from '../../../i18n';
import { type SyncUiState, shownSyncState } from '../../../state/sync-status';

export type BadgeKind =
  | 'synced'
  | 'conflict'
  | 'waiting'
  | 'pending'
  | 'syncing'
  | 'offline'
  | 'error'
  | 'needsLogin';

export interface BadgeView {
  kind: BadgeKind;
  /** The short first line shown in the top bar. */
  line1: string;
  /** An optional smaller second line (last sync time, retry note). */
  line2: string;
  /** The whole sentence, for screen readers and the tooltip. */
  full: string;
  /** 0..100 while a sync with a known size runs, else null. */
  percent: number | null;
}

type T = (key: MessageKey, params?: Params) => string;

export function syncPercent(progress: SyncUiState['progress']): number | null {
  if (!progress?.total || progress.total <= 0) return null;
  return Math.max(0, Math.min(100, Math.round((progress.done / progress.total) * 100)));
}

export function badgeView(
  s: Pick<SyncUiState, 'state' | 'lastSyncedAt' | 'progress' | 'sessionExpired'> &
    Partial<Pick<SyncUiState, 'browserOnline'>>,
  pending: number,
  t: T,
  lang: Lang,
  conflicts = 0,
): BadgeView {
  const last = s.lastSyncedAt ? t('sync.badge.lastSynced', { time: formatTime(lang, s.lastSyncedAt) }) : '';
  const view = (kind: BadgeKind, line1: string, line2 = '', percent: number | null = null): BadgeView => ({
    kind,
    line1,
    line2,
    full: line2 ? `${line1} · ${line2}` : line1,
    percent,
  });
  if (s.sessionExpired || s.state === 'needsLogin') return view('needsLogin', t('sync.badge.needsLogin'));
  switch (shownSyncState(s)) {
    case 'syncing': {
      const percent = syncPercent(s.progress);
      return view(
        'syncing',
        percent === null ? t('sync.badge.syncing') : t('sync.badge.syncingPercent', { percent }),
        '',
        percent,
      );
    }
    case 'offline':
      return view(
        'offline',
        pending > 0 ? t('sync.badge.offlinePending', { n: pending }) : t('sync.badge.offline'),
        last,
      );
    case 'error':
      return view(
        'error',
        pending > 0 ? t('sync.badge.errorPending', { n: pending }) : t('sync.badge.error'),
        t('sync.badge.retrying'),
      );
    default:
      if (pending > 0) {
        const v = view('pending', t('sync.badge.pendingShort', { n: pending }), last);
        return {
          ...v,
          full: last
            ? `${t('sync.badge.pending', { n: pending })} · ${last}`
            : t('sync.badge.pending', { n: pending }),
        };
      }
      if (conflicts > 0) {
        const v = view('conflict', t('sync.badge.conflicts', { n: conflicts }), last);
        const long = t('sync.badge.conflictsLabel', { n: conflicts });
        return { ...v, full: last ? `${long} · ${last}` : long };
      }
      return s.lastSyncedAt
        ? view('synced', t('sync.badge.synced'), last)
        : view('waiting', t('sync.badge.waiting'));
  }
}
