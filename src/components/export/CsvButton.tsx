import { toCsv } from '../../lib/export/csv';
import { downloadText } from '../../lib/export/download';
import { useT } from '../use-t';

/** Exports a table as it is shown (sort and filters applied), with exact decimals. `rows` is read on click. */
export function CsvButton({ rows, filename }: { rows: () => string[][] | null; filename: string }) {
  const t = useT();
  return (
    <button
      type="button"
      className="secondary small-button export-button"
      onClick={() => {
        const sheet = rows();
        if (sheet) downloadText(`${filename}.csv`, toCsv(sheet), 'text/csv;charset=utf-8');
      }}
    >
      {t('export.csv')}
    </button>
  );
}
