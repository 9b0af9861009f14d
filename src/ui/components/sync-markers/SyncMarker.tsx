import { useSyncMarkers } from '../../hooks/use-sync-markers';
import { useT } from '../../hooks/use-t';
import { paths } from '../../router';
import { Link } from '../Link';
import './sync-markers.css';

export type MarkerState = 'failed' | 'conflict' | 'pending' | 'synced' | null;

/**
 * A record's sync state, most urgent first: refused by the server, in conflict, waiting to be
 * sent, or synced. A record never synced with nothing waiting (version 0) shows nothing.
 */
export function markerState(
  markers: { pending: Set<string>; failed: Set<string>; conflicted: Set<string>; ready: boolean },
  id: string,
  version: number,
): MarkerState {
  if (!markers.ready) return null;
  if (markers.failed.has(id)) return 'failed';
  if (markers.conflicted.has(id)) return 'conflict';
  if (markers.pending.has(id)) return 'pending';
  return version > 0 ? 'synced' : null;
}

const MARKER_WORDS = ['synced', 'pending', 'failed', 'conflict'] as const;

/** A small dot and a short word; "refused" and "conflict" link to where they are dealt with. */
export function SyncMarker({ id, version }: { id: string; version: number }) {
  const t = useT();
  const markers = useSyncMarkers();
  const state = markerState(markers, id, version);
  // Every state takes the width of the longest word, so a row never grows or wraps when its
  // marker changes (pending → synced after a sync) and pushes the rows below down.
  const sizer = MARKER_WORDS.map((w) => t(`marker.${w}`)).reduce((a, b) => (b.length > a.length ? b : a));
  // Until the markers are read, and while a record has none (its push acknowledged, its new
  // version not yet read back), hold the place: a marker that vanishes and comes back moves the
  // row's badges twice (a layout shift Lighthouse caught on the units list).
  if (!markers.ready || !state) {
    return (
      <span class="sync-marker sync-marker--placeholder" aria-hidden="true">
        <span class="sync-marker__dot" />
        <span class="sync-marker__text" data-sizer={sizer}>
          {t('marker.synced')}
        </span>
      </span>
    );
  }
  const body = (
    <>
      <span class="sync-marker__dot" aria-hidden="true" />
      <span class="sync-marker__text" aria-hidden="true" data-sizer={sizer}>
        {t(`marker.${state}`)}
      </span>
    </>
  );
  const label = t(`marker.label.${state}`);
  const cls = `sync-marker sync-marker--${state}`;
  if (state === 'failed' || state === 'conflict') {
    return (
      <Link
        href={state === 'failed' ? paths.syncStatus() : paths.conflicts()}
        class={`${cls} sync-marker--link`}
        aria-label={label}
        title={label}
        data-testid="sync-marker"
      >
        {body}
      </Link>
    );
  }
  return (
    <span
      class={cls}
      role="img"
      aria-label={label}
      title={label}
      data-testid="sync-marker"
      data-state={state}
    >
      {body}
    </span>
  );
}
