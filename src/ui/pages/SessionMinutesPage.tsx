import { getSessionMinutes } from '../../db/queries/export';
import { MinutesDocument } from '../components/export/MinutesDocument';
import { PrintToolbar } from '../components/export/print-parts';
import { LoadGate } from '../components/LoadState';
import { useLiveResult } from '../hooks/use-live-query';
import { useT } from '../hooks/use-t';
import { paths } from '../router';
import './print.css';

/** The printable minutes (notulen) of one session; "Cetak / Simpan PDF" opens the print dialog. */
export function SessionMinutesPage({ id }: { id: string }) {
  const t = useT();
  const result = useLiveResult(() => getSessionMinutes(id), [id]);
  return (
    <div class="print-page">
      <PrintToolbar back={paths.session(id)} backLabel={t('minutes.back')} />
      <LoadGate
        result={result}
        notFound={{
          title: t('minutes.notFound.title'),
          body: t('minutes.notFound.body'),
          href: paths.sessions(),
          link: t('minutes.notFound.back'),
        }}
      >
        {(data) => <MinutesDocument data={data} now={new Date()} />}
      </LoadGate>
    </div>
  );
}
