import {
  createColumnHelper,
  createExpandedRowModel,
  createSortedRowModel,
  rowExpandingFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import type Decimal from 'decimal.js';
import { Amount } from '../../components/Amount';
import { sortByDecimal } from '../../components/data-table/sort-fns';
import type { FunctionNode } from '../../domain/functions';
import { formatPercent } from '../../lib/format/number';

export const functionTableFeatures = tableFeatures({
  rowSortingFeature,
  rowExpandingFeature,
  sortedRowModel: createSortedRowModel(),
  expandedRowModel: createExpandedRowModel(),
});

export interface FunctionRow extends FunctionNode {
  share: Decimal | null;
  subRows: FunctionRow[];
}

const col = createColumnHelper<typeof functionTableFeatures, FunctionRow>();
const money = (id: 'total' | 'basic' | 'project', header: string) =>
  col.accessor(id, {
    id,
    header,
    sortFn: sortByDecimal as never,
    sortDescFirst: true,
    meta: { numeric: true },
    cell: (c) => (c.getValue().isZero() ? <span className="muted">—</span> : <Amount value={c.getValue()} />),
  });

export const functionColumns = col.columns([
  col.accessor((r) => r.code, { id: 'code', header: '科目', enableSorting: true, cell: () => null }),
  money('total', '合计'),
  money('basic', '基本支出'),
  money('project', '项目支出'),
  col.accessor('share', {
    id: 'share',
    header: '占总支出',
    sortFn: sortByDecimal as never,
    sortDescFirst: true,
    meta: { numeric: true },
    cell: (c) => formatPercent(c.getValue()),
  }),
]);
