import { useRef, useState } from 'preact/hooks';
import { loadExportData } from '../../../db/queries/export';
import type { CsvDialect } from '../../../export/csv';
import { EXPORT_TABLES, type ExportTableId, exportCounts } from '../../../export/model';
import { showToast } from '../../../state/ui-store';
import { useLiveResult } from '../../hooks/use-live-query';
import { useT } from '../../hooks/use-t';
import { paths } from '../../router';
import { EmptyState } from '../EmptyState';
import { Link } from '../Link';
import { LoadError } from '../LoadState';
import { ProgressBar } from '../ProgressBar';
import { CsvFormatChoice } from './CsvFormatChoice';
import { type ExportErrorKind, type ExportTarget, exportErrorKind, runExport } from './run-export';
import './export.css';

interface Job {
  target: ExportTarget;
  /** null until the first rows are written (the Excel module is still loading). */
  done: number | null;
  total: number;
}

/**
 * Exports of everything on this device: the XLSX workbook and one CSV per table. Building runs
 * in chunks with a progress bar, so the page stays usable with thousands of rows.
 */
export function ExportPanel() {
  const t = useT();
  const counts = useLiveResult(
    async () => exportCounts(await loadExportData(undefined, { sorted: false })),
    [],
  );
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<ExportErrorKind | null>(null);
  const running = useRef(false);
  // Indonesian spreadsheets first: the people exporting mostly open the file in Excel set to Indonesian.
  const [csv, setCsv] = useState<CsvDialect>('semicolon');

  const start = async (target: ExportTarget) => {
    if (running.current) return;
    running.current = true;
    setError(null);
    setJob({ target, done: null, total: 0 });
    try {
      const file = await runExport(target, (done, total) => setJob({ target, done, total }), undefined, csv);
      showToast(t('export.done', { file }));
    } catch (e) {
      setError(exportErrorKind(e));
    } finally {
      running.current = false;
      setJob(null);
    }
  };

  let body = null;
  if (counts.status === 'loading') body = <p class="muted">{t('loading')}</p>;
  else if (counts.status === 'error') body = <LoadError />;
  else if (counts.data.units === 0)
    body = (
      <EmptyState title={t('export.empty.title')}>
        <p>{t('export.empty.body')}</p>
        <Link href={paths.settings()} class="btn btn--secondary">
          {t('export.empty.link')}
        </Link>
      </EmptyState>
    );
  else {
    const rows = counts.data;
    const busy = job !== null;
    body = (
      <>
        <p>{t('export.intro')}</p>
        <div class="export-panel__main">
          <button
            type="button"
            class="btn"
            disabled={busy}
            onClick={() => void start('xlsx')}
            data-testid="export-xlsx"
          >
            {t('export.xlsx')}
          </button>
          <span class="muted">{t('export.xlsxHint')}</span>
        </div>
        <JobStatus job={job} />
        {error && (
          <p class="field__error" role="alert">
            {t(error === 'module' ? 'export.error.module' : 'export.error.failed')}
          </p>
        )}
        <h3 class="export-panel__subtitle">{t('export.csvTitle')}</h3>
        <p class="muted">{t('export.csvHint')}</p>
        <CsvFormatChoice value={csv} disabled={busy} onChange={setCsv} />
        <ul class="list export-panel__tables">
          {EXPORT_TABLES.map((id) => (
            <TableRow key={id} id={id} rows={rows[id]} busy={busy} onExport={() => void start(id)} />
          ))}
        </ul>
      </>
    );
  }
  return (
    <section class="card export-panel" aria-labelledby="export-panel-title" data-testid="export-panel">
      <h2 id="export-panel-title">{t('export.title')}</h2>
      {body}
    </section>
  );
}

function JobStatus({ job }: { job: Job | null }) {
  const t = useT();
  if (!job) return <div aria-live="polite" class="export-panel__status" />;
  const label =
    job.done === null
      ? t(job.target === 'xlsx' ? 'export.loadingModule' : 'loading')
      : job.done < job.total
        ? t('export.progress', { done: job.done, total: job.total })
        : t('export.packing');
  const value = job.done === null || job.total === 0 ? 0 : job.done / job.total;
  return (
    <div aria-live="polite" class="export-panel__status" data-testid="export-progress">
      <ProgressBar value={value} label={label} />
    </div>
  );
}

function TableRow({
  id,
  rows,
  busy,
  onExport,
}: {
  id: ExportTableId;
  rows: number;
  busy: boolean;
  onExport: () => void;
}) {
  const t = useT();
  const name = t(`export.table.${id}`);
  return (
    <li class="list__item">
      <div class="list__main">
        <div class="list__title">{name}</div>
        <div class="muted">{t('export.rows', { n: rows })}</div>
      </div>
      <button
        type="button"
        class="btn btn--secondary"
        disabled={busy}
        onClick={onExport}
        aria-label={t('export.csvLabel', { table: name })}
        data-testid={`export-csv-${id}`}
      >
        {t('export.csv')}
      </button>
    </li>
  );
}
