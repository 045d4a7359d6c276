import type { ReactNode } from 'react';
import type { MoneyUnit } from '../../lib/format/number';
import { ExportableTable } from '../export/ExportableTable';

export interface TableFrameProps {
  caption: ReactNode;
  /** The caption's class: screen readers only unless the table shows its title (a published table's). */
  captionClassName?: string | undefined;
  /** The table's classes (`data-table compact`, `data-table responsive`…). */
  className: string;
  /** Only some rows are in the DOM: how many rows there are, for screen readers. */
  ariaRowCount?: number | undefined;
  /** Adds an "export CSV" button above; the name goes into the file name. */
  exportName?: string | undefined;
  /** The CSV, built from the rows shown (never read from the DOM): header row first. */
  sheet?: ((unit: MoneyUnit, unitLabel: string) => string[][]) | undefined;
  /** Controls inside the scroll wrapper, above the table (the phone's sort select). */
  tools?: ReactNode;
  /** colgroup, thead, tbody, tfoot. */
  children: ReactNode;
}

/**
 * Every table's frame: the horizontal-scroll wrapper (focusable, so a keyboard can scroll a wide table), the table
 * with its caption, and the CSV button when the table exports.
 */
export function TableFrame(props: TableFrameProps) {
  const {
    caption,
    captionClassName = 'sr-only',
    className,
    ariaRowCount,
    exportName,
    sheet,
    tools,
    children,
  } = props;
  const table = (
    <div className="table-scroll" tabIndex={0}>
      {tools}
      <table className={className} aria-rowcount={ariaRowCount}>
        <caption className={captionClassName || undefined}>{caption}</caption>
        {children}
      </table>
    </div>
  );
  return exportName && sheet ? (
    <ExportableTable name={exportName} rows={sheet}>
      {table}
    </ExportableTable>
  ) : (
    table
  );
}
