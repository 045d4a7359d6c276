// Test support: a table built as DataTable builds it (same features, same sort parsing), without React.
import { type ColumnDef, type RowData, constructTable } from '@tanstack/react-table';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import type { MoneyUnit } from '../../../lib/format/number';
import { parseSortParam } from '../sort-param';
import { type SortingFeatures, sortingFeatures } from '../table-features';
import { tableSheet } from '../table-sheet';

const UNIT_LABEL: Record<MoneyUnit, string> = { wan: '万元', yuan: '元', yi: '亿元' };

/** What the CSV button of a DataTable over `data` exports, sorted as `sort` (the URL's `amount.desc`) says. */
export function sheetOf<T extends RowData>(
  columns: ReadonlyArray<ColumnDef<SortingFeatures, T>>,
  data: readonly T[],
  getRowId: (row: T) => string,
  {
    sort = null,
    unit = 'wan',
    presorted = false,
  }: { sort?: string | null; unit?: MoneyUnit; presorted?: boolean } = {},
): string[][] {
  // TanStack's reactivity for use without a framework (useTable brings React's); not part of the feature type.
  const features = { ...sortingFeatures, coreReactivityFeature: storeReactivityBindings() };
  const table = constructTable({
    features: features as SortingFeatures,
    columns: columns as ColumnDef<SortingFeatures, T>[],
    data: data as T[],
    getRowId,
    // As DataTable's `presorted`: the data comes in the order `sort` names (the view sorted it).
    manualSorting: presorted,
    state: {
      sorting: parseSortParam(
        sort,
        columns.map((c) => c.id ?? ''),
      ),
    },
  });
  return tableSheet(table, unit, UNIT_LABEL[unit]);
}
