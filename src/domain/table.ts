import type { Money } from './money';
import { ZERO } from './money';
import type { BudgetTable, PdfSource, TableRow } from './model';

export function findRow(table: BudgetTable, id: string): TableRow | undefined {
  return table.rows.find((r) => r.id === id);
}

/** A money cell, empty read as zero (the published tables leave zero cells blank). */
export function cell(row: TableRow | undefined, key: string): Money {
  return row?.money[key] ?? ZERO;
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

export function ref(table: BudgetTable, row: TableRow, column: string): SourceRef {
  const s = row.source;
  const source = s && { ...s, box: s.cells?.[column] ?? s.box };
  return { table: table.id, row: row.id, column, line: row.line, source };
}
