// Its strings are the lazy views' own (late-strings.ts).
import type { FunctionShareRow } from '../../lib/dataset-cache/functions';
import '../../lib/i18n/late-strings';
import {
  createColumnHelper,
  createExpandedRowModel,
  createSortedRowModel,
  rowExpandingFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import { Amount } from '../../components/Amount';
import { sortByDecimal } from '../../components/data-table/sort-fns';
import type { T } from '../../components/use-t';
import { formatPercent } from '../../lib/format/number';

export const functionTableFeatures = tableFeatures({
  rowSortingFeature,
  rowExpandingFeature,
  sortedRowModel: createSortedRowModel(),
  expandedRowModel: createExpandedRowModel(),
});

/** A row of the function table (lib/dataset-cache/functions.ts). */
export type FunctionRow = FunctionShareRow;

const col = createColumnHelper<typeof functionTableFeatures, FunctionRow>();
const money = (id: 'total' | 'basic' | 'project', header: string) =>
  col.accessor(id, {
    id,
    header,
    sortFn: sortByDecimal,
    sortDescFirst: true,
    meta: { numeric: true },
    cell: (c) => (c.getValue().isZero() ? <span className="muted">—</span> : <Amount value={c.getValue()} />),
  });

/** The columns, with headers in the reader's language. */
export function functionColumns(t: T) {
  return col.columns([
    col.accessor((r) => r.code, {
      id: 'code',
      header: t('functions.col.code'),
      enableSorting: true,
      cell: () => null,
    }),
    money('total', t('functions.col.total')),
    money('basic', t('functions.col.basic')),
    money('project', t('functions.col.project')),
    col.accessor('share', {
      id: 'share',
      header: t('functions.col.share'),
      sortFn: sortByDecimal,
      sortDescFirst: true,
      meta: { numeric: true },
      cell: (c) => formatPercent(c.getValue()),
    }),
  ]);
}
