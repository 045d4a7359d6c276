import { useT } from '../use-t';

/**
 * Exports a table as it is shown (sort and filters applied), with exact decimals. `rows` builds the sheet from the
 * table's data on click; the exporter's code (csv-file.ts) is fetched on the first click, not with the view.
 */
export function CsvButton({ rows, filename }: { rows: () => string[][] | null; filename: string }) {
  const t = useT();
  return (
    <button
      type="button"
      className="secondary small-button export-button"
      onClick={() =>
        void import('./csv-file').then((csv) => {
          const sheet = rows();
          if (sheet) csv.saveCsv(filename, sheet);
        })
      }
    >
      {t('export.csv')}
    </button>
  );
}
