import type { RowData, Table } from '@tanstack/react-table';
import Decimal from 'decimal.js';
import { type SheetCell, plainText, sheetRows } from '../../lib/export/sheet';
import { type MoneyUnit, exactMoney } from '../../lib/format/number';
import type { CsvValue } from './column-meta';
import type { SortingFeatures } from './table-features';

function sheetCell(value: CsvValue | undefined, unit: MoneyUnit): SheetCell {
  if (Decimal.isDecimal(value)) return { text: exactMoney(value, unit), amount: true };
  return { text: plainText(value === null || value === undefined ? '' : String(value)), amount: false };
}

/**
 * The table as exported, from its data rather than its DOM (a long table renders only the rows in view): every row
 * of the current filter, in the current sort. A column's value is exported as is unless its `meta.csv` says how the
 * cell reads; amounts (Decimal) as exact decimals in `unit`, with `unitLabel` in their header.
 */
export function tableSheet<T extends RowData>(
  table: Table<SortingFeatures, T>,
  unit: MoneyUnit,
  unitLabel: string,
  key?: CsvKey<T>,
): string[][] {
  const columns = table.getAllLeafColumns();
  const header = columns.map((c) =>
    plainText(
      c.columnDef.meta?.csvHeader ?? (typeof c.columnDef.header === 'string' ? c.columnDef.header : c.id),
    ),
  );
  const body = table.getRowModel().rows.map((row) => {
    const cells = columns.map((c) => {
      const csv = c.columnDef.meta?.csv;
      return sheetCell(csv ? csv(row.original) : (row.getValue(c.id) as CsvValue), unit);
    });
    return key ? [{ text: key.of(row.original), amount: false }, ...cells] : cells;
  });
  return sheetRows(key ? [key.header, ...header] : header, body, unitLabel);
}

/** A first CSV column that identifies each row (a project's id: two projects share a name). */
export interface CsvKey<T> {
  header: string;
  of: (row: T) => string;
}
