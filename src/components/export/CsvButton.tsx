import type { tableRows } from './table-csv';
import { useT } from '../use-t';

/** What a table's `rows` may use to read itself: the DOM reader, loaded with the exporter. */
export interface CsvReaders {
  tableRows: typeof tableRows;
}

/**
 * Exports a table as it is shown (sort and filters applied), with exact decimals. `rows` is read on click, once the
 * exporter's code (csv-file.ts) has arrived; it is fetched on the first click, not with the view.
 */
export function CsvButton({
  rows,
  filename,
}: {
  rows: (readers: CsvReaders) => string[][] | null;
  filename: string;
}) {
  const t = useT();
  return (
    <button
      type="button"
      className="secondary small-button export-button"
      onClick={() =>
        void import('./csv-file').then((csv) => {
          const sheet = rows(csv);
          if (sheet) csv.saveCsv(filename, sheet);
        })
      }
    >
      {t('export.csv')}
    </button>
  );
}
