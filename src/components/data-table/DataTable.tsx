import '../../lib/i18n/late-strings';
import { ExportableTable } from '../export/ExportableTable';
import { useT } from '../use-t';
import { type ColumnDef, FlexRender, type RowData, type SortingState, useTable } from '@tanstack/react-table';
import { type ReactNode, useMemo } from 'react';
import { DataRow } from './DataRow';
import { HeaderCell } from './HeaderCell';
import { SortSelect } from './SortSelect';
import { TableFrame } from './TableFrame';
import { type SortingFeatures, sortingFeatures } from './table-features';
import { formatSortParam, parseSortParam } from './sort-param';
import { type CsvKey, tableSheet } from './table-sheet';
import { RENDER_ALL_UP_TO } from './render-all';
import { useFirstPaintRows } from './use-first-paint-rows';
import { PHONE, useMediaQuery } from './use-media-query';
import { VirtualRows } from './VirtualRows';
import './data-table.css';

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
  /**
   * On phones, each row as one compact line instead of a card of every column, in `defaultSort` order while the URL
   * names none (document order is then `sort=doc`, which every other width reads as document order too).
   */
  phoneRows?: { render: (row: T) => ReactNode; defaultSort?: string };
}

/** The URL's word for document order where a table's own default is another order (`phoneRows`). */
const DOCUMENT_ORDER = 'doc';

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
    phoneRows,
  } = props;
  const phone = useMediaQuery(PHONE) && phoneRows;
  const phoneSort = phone ? phoneRows.defaultSort : undefined;
  const shownSort = phoneSort && sort === null ? phoneSort : sort;
  const changeSort = (next: string | null) =>
    onSortChange(phoneSort && next === null ? DOCUMENT_ORDER : next);
  const allowed = useMemo(() => columns.map((c) => c.id ?? '').filter(Boolean), [columns]);
  const sorting = useMemo(() => parseSortParam(shownSort, allowed), [shownSort, allowed]);
  const table = useTable({
    features: sortingFeatures,
    columns: columns as ColumnDef<SortingFeatures, T>[],
    data: data as T[],
    getRowId: (row: T) => getRowId(row),
    state: { sorting },
    onSortingChange: (updater) => {
      const next: SortingState = typeof updater === 'function' ? updater(sorting) : updater;
      changeSort(formatSortParam(next));
    },
    enableSortingRemoval: true,
    manualSorting: presorted,
  });
  const t = useT();
  const leafColumns = table.getAllLeafColumns();
  const widths = leafColumns.map((c) => c.columnDef.meta?.width);
  const fixed = widths.every(Boolean);
  const headerGroups = table.getHeaderGroups();
  const rows = table.getRowModel().rows;
  const virtual = rows.length > RENDER_ALL_UP_TO;
  // A virtual body renders only the rows near the view already; a full one, or the phone's list, a screenful first.
  const shown = rows.slice(0, useFirstPaintRows(rows.length));
  const sortSelect = (
    <SortSelect
      columns={leafColumns.filter((c) => c.getCanSort())}
      sort={formatSortParam(sorting)}
      onSortChange={changeSort}
    />
  );
  const content = phone ? (
    <div className="compact-list">
      {sortSelect}
      {rows.length === 0 && <p className="muted">{t('table.noRows')}</p>}
      <ol aria-label={caption}>
        {shown.map((row) => (
          <li key={row.id}>{phoneRows.render(row.original)}</li>
        ))}
      </ol>
    </div>
  ) : (
    <TableFrame
      caption={caption}
      className={`data-table responsive${compact ? ' compact' : ''}${fixed ? ' fixed' : ''}`}
      ariaRowCount={virtual ? headerGroups.length + rows.length : undefined}
      tools={sortSelect}
    >
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
            {group.headers.map((header) => (
              <HeaderCell
                key={header.id}
                colSpan={header.colSpan}
                numeric={header.column.columnDef.meta?.numeric}
                sort={
                  header.column.getCanSort()
                    ? { dir: header.column.getIsSorted(), toggle: header.column.getToggleSortingHandler() }
                    : undefined
                }
              >
                {header.isPlaceholder ? null : <FlexRender header={header} />}
              </HeaderCell>
            ))}
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
      ) : rows.length === 0 ? (
        <tbody>
          <tr>
            <td colSpan={leafColumns.length} className="muted">
              {t('table.noRows')}
            </td>
          </tr>
        </tbody>
      ) : (
        <tbody>
          {shown.map((row) => (
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
    </TableFrame>
  );
  // Nothing shown, nothing to export: no button for an empty file.
  return exportName && rows.length > 0 ? (
    <ExportableTable name={exportName} rows={(unit, unitLabel) => tableSheet(table, unit, unitLabel, csvKey)}>
      {content}
    </ExportableTable>
  ) : (
    content
  );
}
