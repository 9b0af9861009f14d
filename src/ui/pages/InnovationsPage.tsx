/**
 * Route /innovations: every innovation on this device (a coordinator's city holds ~2,000),
 * searchable and filterable. The rows are read once per database change; search, filters and
 * sort run in memory, and only the first PAGE_SIZE matches are rendered until the user asks
 * for more, so typing stays instant at city scale. Filters live in the URL (see list-url.ts).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { listInnovationRows } from '../../db/queries/innovation-list';
import {
  filterInnovationRows,
  type InnovationListFilter,
  type InnovationListRow,
  type InnovationSort,
  isFilteringInnovations,
  NO_INNOVATION_FILTER,
  sortInnovationRows,
  unitChoices,
} from '../../domain/queries/innovation-list';
import { formatNumber } from '../../i18n';
import { navigate, useUi } from '../../state/ui-store';
import { EmptyState } from '../components/EmptyState';
import { InnovationListFilters } from '../components/innovations-list/InnovationListFilters';
import { InnovationListRow as Row } from '../components/innovations-list/InnovationListRow';
import { listHref, parseListQuery } from '../components/innovations-list/list-url';
import { Link } from '../components/Link';
import { LoadError } from '../components/LoadState';
import { PageHeader } from '../components/PageHeader';
import { markerState } from '../components/sync-markers/SyncMarker';
import { useLiveResult } from '../hooks/use-live-query';
import { useSyncMarkers } from '../hooks/use-sync-markers';
import { useLang, useT } from '../hooks/use-t';
import { paths } from '../router';
import './innovation-list.css';

/** Rows rendered at first and added by each "show more". */
export const PAGE_SIZE = 100;
const NO_ROWS: InnovationListRow[] = [];

export function InnovationsPage() {
  const t = useT();
  const lang = useLang();
  const path = useUi((s) => s.path);
  const { filter, sort } = parseListQuery(new URLSearchParams(path.split('?')[1] ?? ''));
  const result = useLiveResult(() => listInnovationRows(), []);
  const rows = result.status === 'ready' ? result.data : NO_ROWS;
  const setQuery = (next: InnovationListFilter, nextSort: InnovationSort) =>
    navigate(listHref({ filter: next, sort: nextSort }), true);

  const key = listHref({ filter, sort });
  const sorted = useMemo(() => sortInnovationRows(rows, sort), [rows, sort]);
  // `key` stands for the filter: the object itself is new on every render.
  const shown = useMemo(() => filterInnovationRows(sorted, filter), [sorted, key]);
  const units = useMemo(() => unitChoices(rows, filter), [rows, filter.kind, filter.unitId]);
  const unitCount = useMemo(() => new Set(rows.map((r) => r.unitId)).size, [rows]);

  let body: ComponentChildren;
  if (result.status === 'loading') {
    body = <p class="muted">{t('loading')}</p>;
  } else if (result.status === 'error') {
    body = <LoadError />;
  } else if (rows.length === 0) {
    body = (
      <EmptyState title={t('innovationList.empty.title')}>
        <p>{t('innovationList.empty.body')}</p>
        <Link href={paths.units()} class="btn btn--secondary">
          {t('innovationList.empty.units')}
        </Link>
      </EmptyState>
    );
  } else {
    const clear = () => setQuery(NO_INNOVATION_FILTER, sort);
    body = (
      <>
        <InnovationListFilters
          filter={filter}
          sort={sort}
          units={units}
          onSearch={(search) => setQuery({ ...filter, search }, sort)}
          onChange={setQuery}
        />
        <div class="innovation-count">
          <p class="muted" aria-live="polite" data-testid="innovation-count">
            {t('innovationList.count', {
              shown: formatNumber(lang, shown.length),
              total: formatNumber(lang, rows.length),
            })}
          </p>
          {isFilteringInnovations(filter) && shown.length > 0 && (
            <button type="button" class="btn btn--secondary" onClick={clear}>
              {t('innovationList.filter.clear')}
            </button>
          )}
        </div>
        {shown.length === 0 ? (
          <EmptyState title={t('innovationList.noMatch.title')}>
            <p>{t('innovationList.noMatch.body')}</p>
            <button type="button" class="btn btn--secondary" onClick={clear}>
              {t('innovationList.filter.clear')}
            </button>
          </EmptyState>
        ) : (
          <PagedList rows={shown} filterKey={key} />
        )}
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={t('innovationList.title')}
        subtitle={
          rows.length > 0
            ? t('innovationList.subtitle', {
                n: formatNumber(lang, rows.length),
                units: formatNumber(lang, unitCount),
              })
            : undefined
        }
      />
      {body}
    </>
  );
}

/**
 * The first PAGE_SIZE rows, and a button that adds PAGE_SIZE more; a new filter starts again
 * from the first page. Not remounted per filter (no `key`): rows still shown keep their
 * components, so a keystroke only mounts the rows that newly match.
 */
function PagedList({ rows, filterKey }: { rows: readonly InnovationListRow[]; filterKey: string }) {
  const t = useT();
  const lang = useLang();
  const [paging, setPaging] = useState({ filterKey, limit: PAGE_SIZE });
  const limit = paging.filterKey === filterKey ? paging.limit : PAGE_SIZE;
  // One subscription for the whole list, rather than one per row.
  const markers = useSyncMarkers();
  const list = useRef<HTMLUListElement>(null);
  // After "show more", keyboard and screen-reader users land on the first new row.
  const focusRow = useRef<number | null>(null);
  useEffect(() => {
    if (focusRow.current === null) return;
    const first = list.current?.querySelectorAll<HTMLElement>('.innovation-row__name')[focusRow.current];
    if (!first) return; // not rendered yet: an earlier effect of this component ran late
    first.focus();
    focusRow.current = null;
  }, [limit]);

  const visible = rows.slice(0, limit);
  const remaining = rows.length - visible.length;
  return (
    <>
      <ul class="list card innovation-list" aria-label={t('innovationList.list.label')} ref={list}>
        {visible.map((row) => (
          <Row key={row.id} row={row} t={t} lang={lang} marker={markerState(markers, row.id, row.version)} />
        ))}
      </ul>
      {remaining > 0 && (
        <div class="innovation-more">
          <p class="muted">
            {t('innovationList.more.status', {
              shown: formatNumber(lang, visible.length),
              total: formatNumber(lang, rows.length),
            })}
          </p>
          <button
            type="button"
            class="btn btn--secondary"
            onClick={() => {
              focusRow.current = visible.length;
              setPaging({ filterKey, limit: limit + PAGE_SIZE });
            }}
          >
            {t('innovationList.more.button', { n: formatNumber(lang, Math.min(PAGE_SIZE, remaining)) })}
          </button>
        </div>
      )}
    </>
  );
}
