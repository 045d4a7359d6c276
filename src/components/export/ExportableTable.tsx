import { type ReactNode, useRef } from 'react';
import type { MoneyUnit } from '../../lib/format/number';
import { useUiStore } from '../../store/ui-store';
import { useUnitLabel } from '../Amount';
import { type CsvReaders, CsvButton } from './CsvButton';
import { exportName, useExportInfo } from './export-context';

/**
 * Any table with an "export CSV" button above it. `name` becomes part of the file name. Without `rows` the table
 * is read from the DOM; a table that renders only the rows in view (DataTable, when long) passes its own `rows`.
 */
export function ExportableTable({
  name,
  rows,
  children,
}: {
  name: string;
  rows?: (unit: MoneyUnit, unitLabel: string) => string[][];
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const info = useExportInfo();
  const unit = useUiStore((s) => s.unit);
  const label = useUnitLabel();
  const read = (readers: CsvReaders) => {
    if (rows) return rows(unit, label);
    const table = ref.current?.querySelector('table');
    return table ? readers.tableRows(table, label) : null;
  };
  return (
    <div className="exportable">
      <div className="table-tools">
        <CsvButton rows={read} filename={exportName(info, name)} />
      </div>
      <div ref={ref}>{children}</div>
    </div>
  );
}
