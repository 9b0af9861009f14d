import type { ConflictGroup, NameBook } from '../../../db/queries/sync';
import { useLang, useT } from '../../hooks/use-t';
import { Link } from '../Link';
import { ConflictCard } from './ConflictCard';
import { openHref, recordContext, recordTitle, tableLabel } from './describe';

/** All unresolved conflicts of one record, under the record's name and a link to open it. */
export function ConflictGroupCard({
  group,
  book,
  clientId,
}: {
  group: ConflictGroup;
  book: NameBook;
  clientId: string;
}) {
  const t = useT();
  const lang = useLang();
  const { ref } = group;
  const title = recordTitle(t, lang, ref);
  const context = recordContext(ref);
  const href = openHref(ref.open);
  return (
    <section
      class="card conflict-group"
      data-testid="conflict-group"
      aria-label={t('conflicts.group.label', { what: `${tableLabel(t, ref.table)} ${title}` })}
    >
      <header class="conflict-group__head">
        <div class="conflict-group__what">
          <span class="badge badge--muted">{tableLabel(t, ref.table)}</span>
          {ref.state === 'deleted' && (
            <span class="badge badge--danger">{t('conflicts.record.deleted')}</span>
          )}
          <h2 class="conflict-group__title">{title}</h2>
          {context && <div class="muted">{context}</div>}
        </div>
        {href && (
          <Link href={href} class="btn btn--secondary btn--small conflict-group__open">
            {t('conflicts.open')}
          </Link>
        )}
      </header>
      {group.conflicts.map((c) => (
        <ConflictCard key={c.id} conflict={c} record={group.record} book={book} clientId={clientId} />
      ))}
    </section>
  );
}
