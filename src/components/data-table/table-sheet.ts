import type { RowData, Table } from '@tanstack/react-table';
import Decimal from 'decimal.js';
import { type SheetCell, plainText, sheetRows } from '../../lib/export/sheet';
import { type MoneyUnit, exactMoney } from '../../lib/format/number';
import type { CsvCell, CsvValue } from './column-meta';
import type { SortingFeatures } from './table-features';

const partText = (part: CsvValue | undefined, unit: MoneyUnit) =>
  Decimal.isDecimal(part) ? exactMoney(part, unit) : part === null || part === undefined ? '' : String(part);

/** A cell as exported: amounts (Decimal) exact in `unit`, text as a reader sees it, parts joined. */
function sheetCell(value: CsvCell | undefined, unit: MoneyUnit): SheetCell {
  if (Decimal.isDecimal(value)) return { text: exactMoney(value, unit), amount: true };
  const parts: ReadonlyArray<CsvValue | undefined> = Array.isArray(value) ? value : [value as CsvValue];
  return {
    text: plainText(parts.map((p) => partText(p, unit)).join('')),
    amount: parts.some((p) => Decimal.isDecimal(p)),
  };
}

/**
 * A figure as the app prints it, as a spreadsheet reads one: only an ASCII minus makes a number ("−0.70" → -0.70,
 * "(−24.14%)" → (-24.14%)), and the "—" shown for nothing printed is an empty cell, not text.
 */
export function sheetText(text: string): string {
  if (text === '—') return '';
  return text.replace(/(^|[\s(])−(?=\d)/g, '$1-');
}

/** What a table column exports: its CSV header (the unit is added when it holds amounts) and each row's cell. */
export interface SheetColumn<T> {
  csvHeader: string;
  csv: (row: T) => CsvCell;
}

/** Rows of a table as exported, from the data shown (in the order shown), never from the DOM. */
export function columnSheet<T>(
  columns: ReadonlyArray<SheetColumn<T>>,
  rows: readonly T[],
  unit: MoneyUnit,
  unitLabel: string,
): string[][] {
  return sheetRows(
    columns.map((c) => plainText(c.csvHeader)),
    rows.map((row) => columns.map((c) => sheetCell(c.csv(row), unit))),
    unitLabel,
  );
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
