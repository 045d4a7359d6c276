import type { CellData, RowData, TableFeatures } from '@tanstack/react-table';
import type Decimal from 'decimal.js';

/** A cell as exported: text as the cell reads, or an amount (exported exact, in the chosen unit, like <Amount>). */
export type CsvValue = string | number | Decimal | null;
/** A cell made of parts (an amount and a label beside it): joined, each amount exact; the column then names the unit. */
export type CsvCell = CsvValue | readonly CsvValue[];

// What our columns may say about themselves (TanStack Table's typed `meta`, by declaration merging).
declare module '@tanstack/react-table' {
  /* eslint-disable @typescript-eslint/no-unused-vars -- a merged declaration repeats all the type parameters */
  interface ColumnMeta<
    TFeatures extends TableFeatures,
    TData extends RowData,
    TValue extends CellData = CellData,
  > {
    /** Figures: right-aligned. */
    numeric?: boolean;
    /**
     * The column's share of a wide screen (a CSS width). When every column has one the table lays out by them alone
     * (`table-layout: fixed`), so columns do not shift as a long table renders other rows while scrolling.
     */
    width?: string;
    /** The cell in a CSV export, where it reads other than the column's value (a placeholder, a formatted %). */
    csv?: (row: TData) => CsvCell;
    /** The column's header in a CSV export, where it says more than on screen (a share's "(%)"). */
    csvHeader?: string;
  }
  /* eslint-enable @typescript-eslint/no-unused-vars */
}
