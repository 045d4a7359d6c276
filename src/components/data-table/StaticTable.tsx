import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';
import { useUnitLabel } from '../Amount';
import { HeaderCell } from './HeaderCell';
import { TableFrame, type TableFrameProps } from './TableFrame';
import { type SheetColumn, columnSheet } from './table-sheet';

/** A column of a static table: how its header and cells render, and (SheetColumn) how it exports. */
export interface ShellColumn<T> extends Omit<SheetColumn<T>, 'csvHeader'> {
  id: string;
  header: ReactNode;
  /** The header in the CSV; by default the header when it is text. */
  csvHeader?: string;
  /** Figures: right-aligned. */
  numeric?: boolean;
  /** The cell heads its row (`<th scope="row">`). */
  rowHeader?: boolean;
  /** The label of the cell when rows are cards (phone): `data-label`, and `data-unit` when it shows amounts. */
  label?: string;
  unit?: boolean;
  /** The cells' language, when they hold the document's words (`zh-CN`). */
  lang?: string;
  /** More classes on each cell (after `num`). */
  className?: string;
  style?: (row: T) => CSSProperties | undefined;
  cell: (row: T) => ReactNode;
}

/** Attributes of a body row (class, id, data-*). */
export type RowAttributes = HTMLAttributes<HTMLTableRowElement> &
  Partial<Record<`data-${string}`, string | number>>;

export interface StaticTableProps<T> extends Omit<TableFrameProps, 'children' | 'sheet'> {
  columns: ReadonlyArray<ShellColumn<T>>;
  rows: readonly T[];
  rowKey: (row: T) => string;
  rowProps?: (row: T) => RowAttributes;
  /** The body, when not one `<tr>` per row (rows rendered near the view only: WindowBody with `renderRow`). */
  body?: (renderRow: (row: T, extra?: RowAttributes) => ReactNode) => ReactNode;
}

/** Classes of a cell: `num` for figures, then the column's own. */
const cellClass = (c: ShellColumn<unknown>) =>
  [c.numeric ? 'num' : '', c.className ?? ''].filter(Boolean).join(' ') || undefined;

const sheetColumn = <T,>(c: ShellColumn<T>): SheetColumn<T> => ({
  csvHeader: c.csvHeader ?? (typeof c.header === 'string' ? c.header : c.id),
  csv: c.csv,
});

/**
 * A table with a static header (no sorting) whose rows are given in the order shown; its CSV is built from the same
 * rows and columns. Sortable tables are DataTable (TanStack) — both share TableFrame and HeaderCell.
 */
export function StaticTable<T>(props: StaticTableProps<T>) {
  const { columns, rows, rowKey, rowProps, body, ...frame } = props;
  const unitLabel = useUnitLabel();
  const renderRow = (row: T, extra?: RowAttributes) => (
    <tr key={rowKey(row)} {...rowProps?.(row)} {...extra}>
      {columns.map((c) => {
        const Cell = c.rowHeader ? 'th' : 'td';
        return (
          <Cell
            key={c.id}
            scope={c.rowHeader ? 'row' : undefined}
            className={cellClass(c as ShellColumn<unknown>)}
            style={c.style?.(row)}
            lang={c.lang}
            data-label={c.label}
            data-unit={c.unit ? unitLabel : undefined}
          >
            {c.cell(row)}
          </Cell>
        );
      })}
    </tr>
  );
  return (
    <TableFrame {...frame} sheet={(unit, label) => columnSheet(columns.map(sheetColumn), rows, unit, label)}>
      <thead>
        <tr>
          {columns.map((c) => (
            <HeaderCell key={c.id} numeric={c.numeric}>
              {c.header}
            </HeaderCell>
          ))}
        </tr>
      </thead>
      {body ? body(renderRow) : <tbody>{rows.map((row) => renderRow(row))}</tbody>}
    </TableFrame>
  );
}
