/**
 * "Bagikan PDF": makes the minutes PDF on the device (jsPDF, fetched on the first tap and
 * precached for offline use) and hands it to the share sheet, or downloads it where files
 * cannot be shared. The status line says which happened.
 */
import { useState } from 'preact/hooks';
import type { ClinicIdentity } from '../../../domain/clinic-identity';
import type { MinutesData } from '../../../domain/queries/export';
import { minutesContent } from '../../../export/minutes/minutes-content';
import { minutesFileName } from '../../../export/minutes/minutes-parts';
import { shareOrDownload } from '../../../export/share-file';
import { useLang, useT } from '../../hooks/use-t';

type Status = { kind: 'idle' | 'busy' | 'done' | 'error'; message: string };

export function ShareMinutesButton({ data, identity }: { data: MinutesData; identity: ClinicIdentity }) {
  const t = useT();
  const lang = useLang();
  const [status, setStatus] = useState<Status>({ kind: 'idle', message: '' });

  const share = async () => {
    setStatus({ kind: 'busy', message: t('minutes.share.preparing') });
    let modules: [typeof import('jspdf'), typeof import('../../../export/minutes/minutes-pdf')];
    try {
      modules = await Promise.all([import('jspdf'), import('../../../export/minutes/minutes-pdf')]);
    } catch {
      setStatus({ kind: 'error', message: t('minutes.share.error.module') });
      return;
    }
    try {
      const [{ jsPDF }, { buildMinutesPdf }] = modules;
      const content = minutesContent(data, identity, lang, t, new Date());
      const bytes = buildMinutesPdf(jsPDF, content);
      const name = minutesFileName(data.unit.name, data.session.date);
      const file = new File([bytes], name, { type: 'application/pdf' });
      const outcome = await shareOrDownload(file, content.shareTitle);
      setStatus(
        outcome === 'shared'
          ? { kind: 'done', message: t('minutes.share.shared') }
          : outcome === 'downloaded'
            ? { kind: 'done', message: t('minutes.share.downloaded', { file: name }) }
            : { kind: 'idle', message: '' },
      );
    } catch {
      setStatus({ kind: 'error', message: t('minutes.share.error.failed') });
    }
  };

  return (
    <>
      <button
        type="button"
        class="btn btn--secondary"
        onClick={share}
        disabled={status.kind === 'busy'}
        data-testid="share-pdf"
      >
        {t('minutes.share')}
      </button>
      <span
        class={status.kind === 'error' ? 'print-toolbar__status field__error' : 'print-toolbar__status muted'}
        role={status.kind === 'error' ? 'alert' : 'status'}
        data-testid="share-status"
      >
        {status.message}
      </span>
    </>
  );
}
