import { useState } from 'preact/hooks';
import { discardDeadLetter, restoreDeadLetter } from '../../../db/commands/conflicts';
import type { RejectedItem } from '../../../db/queries/sync';
import { localToday } from '../../../domain/dates';
import { saveBlob } from '../../../export/download';
import { refusedFile, refusedFileName } from '../../../export/refused';
import { showToast } from '../../../state/ui-store';
import { useLang, useT } from '../../hooks/use-t';
import { EmptyState } from '../EmptyState';
import { Link } from '../Link';
import { formatWhen, openHref, recordTitle, tableLabel } from './describe';
import { changedFields, opLabel, rejectDetails, rejectReason } from './sync-words';

function RejectedRow({ item }: { item: RejectedItem }) {
  const t = useT();
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const { letter, ref } = item;
  const title = recordTitle(t, lang, ref);
  const href = openHref(ref.open);
  const details = rejectDetails(t, letter);
  const discard = async () => {
    setBusy(true);
    try {
      const removed = await discardDeadLetter(letter.seq);
      showToast(t('syncPage.discarded'), () => restoreDeadLetter(removed));
    } catch {
      showToast(t('error.unexpected'));
      setBusy(false);
    }
  };
  return (
    <li class="list__item sync-rejected-item" data-testid="rejected-item">
      <div class="list__main">
        <div class="sync-item__what">
          <span class="badge badge--danger">{tableLabel(t, ref.table)}</span>
          {href ? (
            <Link href={href} class="sync-item__title">
              {title}
            </Link>
          ) : (
            <span class="sync-item__title">{title}</span>
          )}
        </div>
        <div class="muted">
          {[opLabel(t, letter.entry), changedFields(t, letter.entry)].filter(Boolean).join(' · ')}
        </div>
        <p class="sync-item__reason">{rejectReason(t, letter)}</p>
        {details.length > 0 && (
          <ul class="sync-item__details">
            {details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        )}
        <div class="muted">{t('syncPage.rejectedAt', { when: formatWhen(t, lang, letter.at) })}</div>
      </div>
      <button
        type="button"
        class="btn btn--danger"
        disabled={busy}
        aria-label={t('syncPage.discard.label', { what: `${tableLabel(t, ref.table)} ${title}` })}
        onClick={() => void discard()}
      >
        {t('syncPage.discard')}
      </button>
    </li>
  );
}

/** Changes the server refused for good. They stay until a person discards them (with undo). */
export function RejectedList({ items }: { items: RejectedItem[] }) {
  const t = useT();
  return (
    <section class="card" aria-labelledby="sync-rejected-title" data-testid="sync-rejected-list">
      <h2 id="sync-rejected-title">
        {t('syncPage.rejected.title')} ({items.length})
      </h2>
      {items.length === 0 ? (
        <EmptyState title={t('syncPage.rejected.empty.title')}>
          <p>{t('syncPage.rejected.empty.body')}</p>
        </EmptyState>
      ) : (
        <>
          <p class="muted">{t('syncPage.rejected.intro')}</p>
          <button
            type="button"
            class="btn btn--secondary"
            data-testid="rejected-download"
            onClick={() =>
              saveBlob(
                new Blob(
                  [
                    refusedFile(
                      items.map((i) => i.letter),
                      new Date(),
                    ),
                  ],
                  { type: 'application/json' },
                ),
                refusedFileName(localToday()),
              )
            }
          >
            {t('syncPage.rejected.download')}
          </button>
          <ul class="list" aria-label={t('syncPage.rejected.list')}>
            {items.map((item) => (
              <RejectedRow key={item.letter.seq} item={item} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
