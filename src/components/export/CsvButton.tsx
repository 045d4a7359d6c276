import type { RefObject } from 'react';
import { downloadText } from '../../lib/export/download';
import { useUnitLabel } from '../Amount';
import { useT } from '../use-t';
import { tableCsv } from './table-csv';

/** Exports the table inside `target` as it is shown (sort and filters applied), with exact decimals. */
export function CsvButton({ target, filename }: { target: RefObject<HTMLElement | null>; filename: string }) {
  const t = useT();
  const unit = useUnitLabel();
  return (
    <button
      type="button"
      className="secondary small-button export-button"
      onClick={() => {
        const table = target.current?.querySelector('table');
        if (table) downloadText(`${filename}.csv`, tableCsv(table, unit), 'text/csv;charset=utf-8');
      }}
    >
      {t('export.csv')}
    </button>
  );
}
