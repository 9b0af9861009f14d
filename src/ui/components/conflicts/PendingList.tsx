import type { PendingItem } from '../../../db/queries/sync';
import { useLang, useT } from '../../hooks/use-t';
import { EmptyState } from '../EmptyState';
import { formatWhen, recordTitle, tableLabel } from './describe';
import { changedFields, opLabel } from './sync-words';

/** The newest changes still waiting in the outbox: what, which record, and when. */
export function PendingList({ total, items }: { total: number; items: PendingItem[] }) {
  const t = useT();
  const lang = useLang();
  return (
    <section class="card" aria-labelledby="sync-pending-title" data-testid="sync-pending">
      <h2 id="sync-pending-title">
        {t('syncPage.pending.title')} ({total})
      </h2>
      {items.length === 0 ? (
        <EmptyState title={t('syncPage.pending.empty.title')}>
          <p>{t('syncPage.pending.empty.body')}</p>
        </EmptyState>
      ) : (
        <>
          {total > items.length && (
            <p class="muted">{t('syncPage.pending.more', { shown: items.length, total })}</p>
          )}
          <ul class="list" aria-label={t('syncPage.pending.list')}>
            {items.map(({ entry, ref }) => {
              const fields = changedFields(t, entry);
              return (
                <li key={entry.id} class="list__item" data-testid="pending-item">
                  <div class="list__main">
                    <div class="sync-item__what">
                      <span class="badge badge--muted">{tableLabel(t, ref.table)}</span>
                      <span class="sync-item__title">{recordTitle(t, lang, ref)}</span>
                    </div>
                    <div class="muted">
                      {[opLabel(t, entry), fields, formatWhen(t, lang, entry.createdAt)]
                        .filter(Boolean)
                        .join(' · ')}
                    </div>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
