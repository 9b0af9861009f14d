import { getUnitReport } from '../../db/queries/export';
import { localToday } from '../../domain/dates';
import { PrintToolbar } from '../components/export/print-parts';
import { ReportDocument } from '../components/export/ReportDocument';
import { LoadGate } from '../components/LoadState';
import { useLiveResult } from '../hooks/use-live-query';
import { useT } from '../hooks/use-t';
import { paths } from '../router';
import './print.css';

/** A unit's printable progress report; "Cetak / Simpan PDF" opens the print dialog. */
export function UnitReportPage({ id }: { id: string }) {
  const t = useT();
  const result = useLiveResult(() => getUnitReport(id), [id]);
  return (
    <div class="print-page">
      <PrintToolbar back={paths.unit(id)} backLabel={t('report.back')} />
      <LoadGate
        result={result}
        notFound={{
          title: t('report.notFound.title'),
          body: t('report.notFound.body'),
          href: paths.units(),
          link: t('report.notFound.back'),
        }}
      >
        {(data) => <ReportDocument data={data} today={localToday()} now={new Date()} />}
      </LoadGate>
    </div>
  );
}
