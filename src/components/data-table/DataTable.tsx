import { ExportableTable } from '../export/ExportableTable';
import { type ColumnDef, FlexRender, type RowData, type SortingState, useTable } from '@tanstack/react-table';
import { type ReactNode, useMemo } from 'react';
import { useUiStore } from '../../store/ui-store';
import { DataRow } from './DataRow';
import { SortSelect } from './SortSelect';
import { type SortingFeatures, sortingFeatures } from './table-features';
import { formatSortParam, parseSortParam } from './sort-param';
import { type CsvKey, tableSheet } from './table-sheet';
import { VirtualRows } from './VirtualRows';

export interface DataTableProps<T extends RowData> {
  data: readonly T[];
  columns: ReadonlyArray<ColumnDef<SortingFeatures, T>>;
  caption: string;
  getRowId: (row: T) => string;
  /** Sort as in the URL (`amount.desc`); null = document order. */
  sort: string | null;
  onSortChange: (sort: string | null) => void;
  /** Makes the first cell a link (drill-down); the whole row stays keyboard reachable through it. */
  rowHref?: (row: T) => string;
  footer?: ReactNode;
  compact?: boolean;
  rowClassName?: (row: T) => string | undefined;
  /** Adds an "export CSV" button; the name goes into the file name. */
  exportName?: string;
  /** The CSV's first column: what identifies a row beyond its shown cells. */
  csvKey?: CsvKey<T>;
  /** `data` comes sorted as `sort` says (the view sorted it, e.g. by collation ranks): the table does not re-sort. */
  presorted?: boolean;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/**
 * Up to this many rows a table renders them all (the 44 projects); past it, only those near the view (the 550
 * indicators), which keeps opening and filtering the view quick.
 */
export const RENDER_ALL_UP_TO = 150;

/** A sortable table whose sort lives in the URL. Headers are buttons; aria-sort tells screen readers the order. */
export function DataTable<T extends RowData>(props: DataTableProps<T>) {
  const {
    data,
    columns,
    caption,
    getRowId,
    sort,
    onSortChange,
    rowHref,
    footer,
    compact,
    rowClassName,
    exportName,
    presorted,
    csvKey,
  } = props;
  const allowed = useMemo(() => columns.map((c) => c.id ?? '').filter(Boolean), [columns]);
  const sorting = useMemo(() => parseSortParam(sort, allowed), [sort, allowed]);
  const table = useTable({
    features: sortingFeatures,
    columns: columns as ColumnDef<SortingFeatures, T>[],
    data: data as T[],
    getRowId: (row: T) => getRowId(row),
    state: { sorting },
    onSortingChange: (updater) => {
      const next: SortingState = typeof updater === 'function' ? updater(sorting) : updater;
      onSortChange(formatSortParam(next));
    },
    enableSortingRemoval: true,
    manualSorting: presorted,
  });
  const unit = useUiStore((s) => s.unit);
  const leafColumns = table.getAllLeafColumns();
  const widths = leafColumns.map((c) => c.columnDef.meta?.width);
  const fixed = widths.every(Boolean);
  const headerGroups = table.getHeaderGroups();
  const rows = table.getRowModel().rows;
  const virtual = rows.length > RENDER_ALL_UP_TO;
  const content = (
    <div className="table-scroll" tabIndex={0}>
      <SortSelect
        columns={leafColumns.filter((c) => c.getCanSort())}
        sort={sort}
        onSortChange={onSortChange}
      />
      <table
        className={`data-table responsive${compact ? ' compact' : ''}${fixed ? ' fixed' : ''}`}
        // Only some rows are in the DOM: tell screen readers how many there are.
        aria-rowcount={virtual ? headerGroups.length + rows.length : undefined}
      >
        <caption className="sr-only">{caption}</caption>
        {fixed && (
          <colgroup>
            {widths.map((width, i) => (
              <col key={i} style={{ width }} />
            ))}
          </colgroup>
        )}
        <thead>
          {headerGroups.map((group, g) => (
            <tr key={group.id} aria-rowindex={virtual ? g + 1 : undefined}>
              {group.headers.map((header) => {
                const dir = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    colSpan={header.colSpan}
                    className={header.column.columnDef.meta?.numeric ? 'num' : undefined}
                    aria-sort={dir ? ARIA_SORT[dir] : header.column.getCanSort() ? 'none' : undefined}
                  >
                    {header.isPlaceholder ? null : header.column.getCanSort() ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <FlexRender header={header} />
                        <span aria-hidden="true" className="sort-mark">
                          {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : (
                      <FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        {virtual ? (
          <VirtualRows
            rows={rows}
            columnCount={leafColumns.length}
            headRows={headerGroups.length}
            rowHref={rowHref}
            rowClassName={rowClassName}
          />
        ) : (
          <tbody>
            {rows.map((row) => (
              <DataRow
                key={row.id}
                row={row}
                href={rowHref?.(row.original)}
                className={rowClassName?.(row.original)}
              />
            ))}
          </tbody>
        )}
        {footer && <tfoot>{footer}</tfoot>}
      </table>
    </div>
  );
  return exportName ? (
    <ExportableTable name={exportName} rows={(unitLabel) => tableSheet(table, unit, unitLabel, csvKey)}>
      {content}
    </ExportableTable>
  ) : (
    content
  );
}
