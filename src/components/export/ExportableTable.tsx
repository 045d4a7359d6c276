import type { ReactNode } from 'react';
import type { MoneyUnit } from '../../lib/format/number';
import { useUiStore } from '../../store/ui-store';
import { useUnitLabel } from '../Amount';
import { CsvButton } from './CsvButton';
import { exportName, useExportInfo } from './export-context';

/**
 * A table with an "export CSV" button above it. `name` becomes part of the file name; `rows` builds the sheet from
 * the table's data (never from its DOM: a long table renders only the rows in view), in the reader's unit.
 */
export function ExportableTable({
  name,
  rows,
  children,
}: {
  name: string;
  rows: (unit: MoneyUnit, unitLabel: string) => string[][];
  children: ReactNode;
}) {
  const info = useExportInfo();
  const unit = useUiStore((s) => s.unit);
  const label = useUnitLabel();
  return (
    <div className="exportable">
      <div className="table-tools">
        <CsvButton rows={() => rows(unit, label)} filename={exportName(info, name)} />
      </div>
      <div>{children}</div>
    </div>
  );
}
