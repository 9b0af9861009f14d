import { getSessionMinutes } from '../../db/queries/export';
import { MinutesDocument } from '../components/export/MinutesDocument';
import { PrintToolbar } from '../components/export/print-parts';
import { ShareMinutesButton } from '../components/export/ShareMinutesButton';
import { LoadGate } from '../components/LoadState';
import { useClinicIdentity } from '../hooks/use-clinic-identity';
import { useLiveResult } from '../hooks/use-live-query';
import { useT } from '../hooks/use-t';
import { paths } from '../router';
import './print.css';

/** The printable minutes (notulen) of one session; "Cetak / Simpan PDF" opens the print dialog. */
export function SessionMinutesPage({ id }: { id: string }) {
  const t = useT();
  const result = useLiveResult(() => getSessionMinutes(id), [id]);
  const identity = useClinicIdentity();
  return (
    <div class="print-page">
      <PrintToolbar back={paths.session(id)} backLabel={t('minutes.back')}>
        {result.status === 'ready' && result.data && (
          <ShareMinutesButton data={result.data} identity={identity} />
        )}
      </PrintToolbar>
      <LoadGate
        result={result}
        notFound={{
          title: t('minutes.notFound.title'),
          body: t('minutes.notFound.body'),
          href: paths.sessions(),
          link: t('minutes.notFound.back'),
        }}
      >
        {(data) => <MinutesDocument data={data} identity={identity} now={new Date()} />}
      </LoadGate>
    </div>
  );
}
