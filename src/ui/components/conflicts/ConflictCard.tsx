import { useId, useState } from 'preact/hooks';
import { resolveConflict, restoreLosingValue } from '../../../db/commands/conflicts';
import { RecordNotFound, ValidationFailed } from '../../../db/commands/errors';
import type { ConflictGroup, NameBook } from '../../../db/queries/sync';
import type { Conflict } from '../../../domain/conflict';
import { parseHlc } from '../../../protocol/hlc';
import { showToast } from '../../../state/ui-store';
import { useLang, useT } from '../../hooks/use-t';
import { fieldLabel, formatWhen, tryT } from './describe';
import { formatValue } from './format-value';
import { ValueBox } from './ValueBox';

interface Props {
  conflict: Conflict;
  record: ConflictGroup['record'];
  book: NameBook;
  clientId: string;
}

/**
 * One conflicting field: the value in use and the value that lost, side by side, each with the
 * button that keeps it. Choosing the losing value writes it back (restoring a deleted record
 * first) and closes the conflict in one transaction; if it no longer validates, nothing changes
 * and the reason is shown here.
 */
export function ConflictCard({ conflict, record, book, clientId }: Props) {
  const t = useT();
  const lang = useLang();
  const baseId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const { table, field } = conflict;
  const label = fieldLabel(t, table, field);
  const missing = record === undefined;
  const isDeleteFlag = field === 'deleted';
  const recordDeleted = record?.deleted === true && !isDeleteFlag;

  const current = isDeleteFlag ? record?.deleted : record ? record[field] : conflict.winningValue;
  const stampMs = parseHlc(conflict.losingHlc)?.ms;
  const when = formatWhen(t, lang, stampMs ?? conflict.createdAt);
  const loser =
    conflict.losingClientId && conflict.losingClientId === clientId
      ? t('conflicts.loser.mine', { when })
      : t('conflicts.loser', { device: conflict.losingClientId.slice(-6), when });

  const run = async (action: 'keep' | 'lose') => {
    setBusy(true);
    setError('');
    try {
      if (action === 'keep') {
        await resolveConflict(conflict);
        showToast(t(recordDeleted ? 'conflicts.done.keptDeleted' : 'conflicts.done.kept'));
      } else {
        await restoreLosingValue(conflict);
        showToast(t(recordDeleted ? 'conflicts.done.restored' : 'conflicts.done.used'));
      }
    } catch (err) {
      if (err instanceof ValidationFailed) {
        const first = err.errors[0];
        setError(
          t('conflicts.invalid', {
            field: fieldLabel(t, table, first?.field ?? field),
            error: tryT(t, `error.${first?.code ?? ''}`, t('error.unexpected')),
          }),
        );
      } else if (err instanceof RecordNotFound) {
        setError(t('conflicts.missingNote'));
      } else {
        setError(t('error.unexpected'));
      }
      setBusy(false);
    }
  };

  const currentId = `${baseId}-current`;
  const losingId = `${baseId}-losing`;
  const empty = t('conflicts.value.empty');
  return (
    <article class="conflict" data-testid="conflict" aria-labelledby={`${baseId}-title`}>
      <h3 id={`${baseId}-title`} class="conflict__title">
        {t(conflict.kind === 'deleted' ? 'conflicts.kind.deleted' : 'conflicts.kind.field', { field: label })}
      </h3>
      <div class="conflict__sides">
        <section class="conflict__side conflict__side--current" data-testid="conflict-current">
          <h4 id={currentId}>{t('conflicts.current')}</h4>
          {recordDeleted && <p class="conflict__deleted">{t('conflicts.current.deleted')}</p>}
          {!recordDeleted && (
            <ValueBox view={formatValue(t, lang, table, field, current, book)} emptyText={empty} />
          )}
          <button
            type="button"
            class="btn btn--secondary"
            aria-describedby={currentId}
            disabled={busy}
            onClick={() => void run('keep')}
          >
            {t(missing ? 'conflicts.dismiss' : recordDeleted ? 'conflicts.keepDeleted' : 'conflicts.use')}
          </button>
        </section>
        <section class="conflict__side conflict__side--losing" data-testid="conflict-losing">
          <h4 id={losingId}>{t('conflicts.losing')}</h4>
          <ValueBox view={formatValue(t, lang, table, field, conflict.losingValue, book)} emptyText={empty} />
          <p class="muted conflict__who">{loser}</p>
          {missing ? (
            <p class="muted">{t('conflicts.missingNote')}</p>
          ) : (
            <button
              type="button"
              class="btn"
              aria-describedby={losingId}
              disabled={busy}
              onClick={() => void run('lose')}
            >
              {t(recordDeleted ? 'conflicts.restore' : 'conflicts.use')}
            </button>
          )}
        </section>
      </div>
      {error && (
        <p class="field__error conflict__error" role="alert">
          {error}
        </p>
      )}
    </article>
  );
}
