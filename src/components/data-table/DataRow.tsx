import { FlexRender, type Row, type RowData } from '@tanstack/react-table';
import { type ReactNode, memo } from 'react';
import type { SortingFeatures } from './table-features';

export interface DataRowProps<T extends RowData> {
  row: Row<SortingFeatures, T>;
  /** Makes the first cell a link (drill-down). */
  href?: string;
  className?: string;
  /** Where the row sits in the whole table (1 = the header row), when only some rows are rendered. */
  ariaRowIndex?: number;
  /** The row's index in the table and the virtualizer's measuring ref, when only some rows are rendered. */
  index?: number;
  measure?: (row: HTMLTableRowElement | null) => void;
}

/** One body row. Memoized: a long table re-renders on scroll, but a row that stays in view need not. */
export const DataRow = memo(function DataRow<T extends RowData>(props: DataRowProps<T>) {
  const { row, href, className, ariaRowIndex, index, measure } = props;
  return (
    <tr className={className} aria-rowindex={ariaRowIndex} data-index={index} ref={measure}>
      {row.getAllCells().map((cell, i) => {
        const header = cell.column.columnDef.header;
        const content = <FlexRender cell={cell} />;
        return (
          <td
            key={cell.id}
            className={cell.column.columnDef.meta?.numeric ? 'num' : undefined}
            data-label={typeof header === 'string' ? header : undefined}
          >
            {i === 0 && href ? <a href={href}>{content}</a> : content}
          </td>
        );
      })}
    </tr>
  );
}) as <T extends RowData>(props: DataRowProps<T>) => ReactNode;
