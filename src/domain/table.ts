import type { Money } from './money';
import { ZERO } from './money';
import type { BudgetTable, PdfSource, TableId, TableRow } from './model';
import type { MoneyColumn } from './table-columns';

export function findRow<T extends TableId>(
  table: BudgetTable<T>,
  id: string,
): TableRow<MoneyColumn<T>> | undefined {
  return table.rows.find((r) => r.id === id);
}

/** A money cell, empty read as zero (the published tables leave zero cells blank). `key` must be a column of the row's table. */
export function cell<M extends string>(row: TableRow<M> | undefined, key: NoInfer<M>): Money {
  return row?.money[key] ?? ZERO;
}

/**
 * A cell named by the table itself (a column key read from `table.columns`, a layout's own column): the one place
 * a key is not checked against the table's columns. Null = blank cell.
 */
export function printedCell(row: TableRow | TableRow<never> | undefined, key: string): Money | null {
  return (row?.money as Readonly<Record<string, Money | null>> | undefined)?.[key] ?? null;
}

/** A text cell named by the table itself (see printedCell). */
export function printedText(row: TableRow | undefined, key: string): string | null {
  return (row?.text as Readonly<Record<string, string | null>> | undefined)?.[key] ?? null;
}

/** Where a number comes from: table, row, column and the source line. */
export interface SourceRef {
  table: string;
  row: string;
  column: string;
  line: number;
  /** Imported datasets: the PDF page, with the box of this cell (or of the row when the cell has none). */
  source?: PdfSource | undefined;
}

export function ref<T extends TableId>(
  table: BudgetTable<T>,
  row: TableRow<MoneyColumn<T>>,
  column: string,
): SourceRef {
  const s = row.source;
  const source = s && { ...s, box: s.cells?.[column] ?? s.box };
  return { table: table.id, row: row.id, column, line: row.line, source };
}
