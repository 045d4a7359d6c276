import { ExportableTable } from '../export/ExportableTable';
import { type ColumnDef, type RowData, type SortingState, useTable } from '@tanstack/react-table';
import { type ReactNode, useId, useMemo } from 'react';
import { type SortingFeatures, sortingFeatures } from './table-features';
import { formatSortParam, parseSortParam } from './sort-param';
import { useT } from '../use-t';

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
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

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
  });
  const id = useId();
  const t = useT();
  const sortable = table.getAllLeafColumns().filter((c) => c.getCanSort());
  const content = (
    <div className="table-scroll" tabIndex={0}>
      {/* On phones the header row is hidden (rows become cards): sorting is offered as a select instead. */}
      <div className="sort-select">
        <label htmlFor={`${id}-sort`}>{t('table.sort')}</label>
        <select id={`${id}-sort`} value={sort ?? ''} onChange={(e) => onSortChange(e.target.value || null)}>
          <option value="">{t('table.documentOrder')}</option>
          {sortable.flatMap((c) => {
            const label = typeof c.columnDef.header === 'string' ? c.columnDef.header : c.id;
            return [
              <option key={`${c.id}.desc`} value={`${c.id}.desc`}>
                {label} ↓
              </option>,
              <option key={`${c.id}.asc`} value={`${c.id}.asc`}>
                {label} ↑
              </option>,
            ];
          })}
        </select>
      </div>
      <table className={`data-table responsive${compact ? ' compact' : ''}`}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const dir = header.column.getIsSorted();
                const meta = header.column.columnDef.meta as { numeric?: boolean } | undefined;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    colSpan={header.colSpan}
                    className={meta?.numeric ? 'num' : undefined}
                    aria-sort={dir ? ARIA_SORT[dir] : header.column.getCanSort() ? 'none' : undefined}
                  >
                    {header.isPlaceholder ? null : header.column.getCanSort() ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <table.FlexRender header={header} />
                        <span aria-hidden="true" className="sort-mark">
                          {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className={rowClassName?.(row.original)}>
              {row.getAllCells().map((cell, i) => {
                const meta = cell.column.columnDef.meta as { numeric?: boolean } | undefined;
                const content = <table.FlexRender cell={cell} />;
                return (
                  <td
                    key={cell.id}
                    className={meta?.numeric ? 'num' : undefined}
                    data-label={
                      typeof cell.column.columnDef.header === 'string'
                        ? cell.column.columnDef.header
                        : undefined
                    }
                  >
                    {i === 0 && rowHref ? <a href={rowHref(row.original)}>{content}</a> : content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        {footer && <tfoot>{footer}</tfoot>}
      </table>
    </div>
  );
  return exportName ? <ExportableTable name={exportName}>{content}</ExportableTable> : content;
}
