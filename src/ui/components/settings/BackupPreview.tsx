import { useEffect, useRef } from 'preact/hooks';
import type { BackupFile } from '../../../backup/format';
import type { TableSummary } from '../../../backup/summary';
import type { ImportPreview } from '../../../db/backup';
import { localToday } from '../../../domain/dates';
import { TABLES } from '../../../domain/tables';
import { formatDate, formatTime } from '../../../i18n';
import { useLang, useT } from '../../hooks/use-t';

interface Props {
  name: string;
  file: BackupFile;
  preview: ImportPreview;
  busy: boolean;
  failed: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * What Import now will do: "12 unsent changes will be queued", "40 server records skipped (they
 * will come from the server)", and which kinds of records the queued changes touch.
 */
export function BackupPreview({ name, file, preview, busy, failed, onConfirm, onCancel }: Props) {
  const t = useT();
  const lang = useLang();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const { summary } = preview.plan;
  const { totals } = summary;
  const list = (key: keyof TableSummary) =>
    TABLES.filter((table) => summary.tables[table][key] > 0)
      .map((table) => t(`backup.n.${table}`, { n: summary.tables[table][key] }))
      .join(', ');
  const exported = new Date(file.exportedAt);
  const when = { name, date: formatDate(lang, localToday(exported)), time: formatTime(lang, exported) };
  const otherAccount = file.account && preview.account && file.account !== preview.account;

  return (
    <div class="panel backup-preview" data-testid="backup-preview">
      <h3 ref={headingRef} tabIndex={-1}>
        {t('backup.preview.title')}
      </h3>
      <p class="muted">
        {file.account
          ? t('backup.preview.sourceAccount', { ...when, account: file.account })
          : t('backup.preview.source', when)}
      </p>
      <p>{t('backup.preview.unsent', { n: summary.unsentInFile })}</p>
      {otherAccount && (
        <p class="backup-warning" role="note">
          {t('backup.preview.otherAccount', { file: file.account ?? '', current: preview.account ?? '' })}
        </p>
      )}
      {summary.nothingToDo ? (
        <p class="backup-preview__lead">{t('backup.preview.nothing')}</p>
      ) : (
        <ul class="backup-preview__list">
          {totals.added > 0 && <li>{t('backup.preview.add', { list: list('added') })}</li>}
          {totals.updated > 0 && (
            <li>
              {t('backup.preview.update', { list: list('updated') })}
              {totals.deleting > 0 && ` ${t('backup.preview.deleting', { n: totals.deleting })}`}
            </li>
          )}
          {totals.restoring > 0 && <li>{t('backup.preview.restoring', { n: totals.restoring })}</li>}
          {totals.addedDeleted > 0 && <li>{t('backup.preview.addedDeleted', { n: totals.addedDeleted })}</li>}
        </ul>
      )}
      {summary.queued > 0 && (
        <p class="backup-preview__lead" data-testid="backup-queued">
          {t('backup.preview.queued', { n: summary.queued })}
        </p>
      )}
      {totals.skipped > 0 && (
        <p class="backup-preview__lead" data-testid="backup-skipped">
          {t('backup.preview.skipped', { n: totals.skipped })}
        </p>
      )}
      {summary.unsentNoRecord > 0 && (
        <p class="backup-warning">{t('backup.preview.unsentNoRecord', { n: summary.unsentNoRecord })}</p>
      )}
      {summary.unsentLeftOut > 0 && (
        <p class="backup-warning">{t('backup.preview.unsentLeftOut', { n: summary.unsentLeftOut })}</p>
      )}
      {totals.same > 0 && <p class="muted">{t('backup.preview.same', { n: totals.same })}</p>}
      {failed && (
        <p class="settings-result settings-result--error" role="alert">
          {t('backup.result.failed')}
        </p>
      )}
      <div class="actions">
        {!summary.nothingToDo && (
          <button type="button" class="btn" disabled={busy} onClick={onConfirm}>
            {busy ? t('backup.import.applying') : t('backup.preview.confirm')}
          </button>
        )}
        <button type="button" class="btn btn--secondary" disabled={busy} onClick={onCancel}>
          {summary.nothingToDo ? t('action.close') : t('action.cancel')}
        </button>
      </div>
    </div>
  );
}
