import { useId } from 'preact/hooks';
import { CSV_DIALECTS, type CsvDialect } from '../../../export/csv';
import { useT } from '../../hooks/use-t';

/**
 * Which CSV to write: `;`-separated for spreadsheets set to Indonesian (the comma is their
 * decimal separator, so a comma CSV lands in one column), or the plain comma CSV.
 */
export function CsvFormatChoice({
  value,
  disabled,
  onChange,
}: {
  value: CsvDialect;
  disabled: boolean;
  onChange: (dialect: CsvDialect) => void;
}) {
  const t = useT();
  const name = useId();
  return (
    <fieldset class="export-csv-format" data-testid="export-csv-format">
      <legend>{t('export.csvFormat')}</legend>
      {CSV_DIALECTS.map((d) => (
        <label key={d} class="export-csv-format__option">
          <input
            type="radio"
            name={name}
            value={d}
            checked={value === d}
            disabled={disabled}
            onChange={() => onChange(d)}
          />
          <span>
            <span class="export-csv-format__label">{t(`export.csvFormat.${d}`)}</span>
            <span class="muted">{t(`export.csvFormat.${d}Hint`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
