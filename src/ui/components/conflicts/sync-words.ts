/** Words for the sync page: what a queued or refused change did, and why the server refused it. */
import type { OutboxEntry } from '../../../db/outbox';
import type { DeadLetter } from '../../../db/schema';
import { OUT_OF_SCOPE } from '../../../protocol/protocol';
import { fieldLabel, type T, tryT } from './describe';

export function opLabel(t: T, entry: OutboxEntry): string {
  if (entry.op === 'create') return t('syncPage.op.create');
  if (entry.op === 'delete' || entry.fields.deleted === true) return t('syncPage.op.delete');
  const restoreOnly = entry.fields.deleted === false && Object.keys(entry.fields).length === 1;
  return t(restoreOnly ? 'syncPage.op.restore' : 'syncPage.op.patch');
}

/** "Isian: Nama inovasi, Tujuan" for a patch; '' for a create or delete (every field / none). */
export function changedFields(t: T, entry: OutboxEntry): string {
  if (entry.op !== 'patch') return '';
  const names = Object.keys(entry.fields)
    .filter((k) => k !== 'deleted')
    .map((k) => fieldLabel(t, entry.table, k));
  return names.length ? t('syncPage.fields', { fields: names.join(', ') }) : '';
}

const REASONS: Record<string, Parameters<T>[0]> = {
  forbidden: 'syncPage.reason.forbidden',
  invalid: 'syncPage.reason.invalid',
  'not-found': 'syncPage.reason.notFound',
  [OUT_OF_SCOPE]: 'syncPage.reason.outOfScope',
  'unknown-table': 'syncPage.reason.unknownTable',
};

export function rejectReason(t: T, letter: DeadLetter): string {
  const key = REASONS[letter.error];
  return key ? t(key) : t('syncPage.reason.other', { code: letter.error });
}

/** For `invalid`: each field with its translated error ("Nama inovasi: Wajib diisi."). */
export function rejectDetails(t: T, letter: DeadLetter): string[] {
  return (letter.details ?? []).map((d) =>
    t('syncPage.reason.detail', {
      field: fieldLabel(t, letter.entry.table, d.field),
      error: tryT(t, `error.${d.code}`, d.code),
    }),
  );
}

/** The runner's last error code (`network`, `timeout`, a server code) in words. */
export function lastErrorText(t: T, code: string): string {
  if (code === 'network' || code === 'timeout') return t(`syncPage.lastError.${code}`);
  if (code === 'server' || code === 'internal') return t('syncPage.lastError.server');
  if (code === 'storage-unavailable') return t('syncPage.lastError.storage');
  if (code === 'unsupported-schema') return t('syncPage.lastError.schema');
  if (code === 'storage-full') return t('syncPage.lastError.storageFull');
  return t('syncPage.lastError.other', { code });
}
