import { createColumnHelper } from '@tanstack/react-table';
import { Amount } from '../../components/Amount';
import type { SortingFeatures } from '../../components/data-table/table-features';
import { sortByDecimal, sortByNumber, sortByText } from '../../components/data-table/sort-fns';
import type { ProjectRow } from '../../domain/projects';
import { formatPercent } from '../../lib/format/number';

const col = createColumnHelper<SortingFeatures, ProjectRow>();

/** Columns of the project list; money sorts by Decimal, names in 拼音 order. */
export const projectColumns = col.columns([
  col.accessor('name', {
    id: 'name',
    header: '项目名称',
    sortFn: sortByText as never,
    cell: (c) => (
      <>
        {c.getValue()}
        {c.row.original.sameName.length > 0 && (
          <span className="muted small">({c.row.original.id},另有同名项目)</span>
        )}
      </>
    ),
  }),
  col.accessor('type', {
    id: 'type',
    header: '项目类型',
    sortFn: sortByText as never,
    cell: (c) => <span className="nowrap">{c.getValue()}</span>,
  }),
  col.accessor('total', {
    id: 'amount',
    header: '金额',
    sortFn: sortByDecimal as never,
    sortDescFirst: true,
    meta: { numeric: true },
    cell: (c) => <Amount value={c.getValue()} />,
  }),
  col.accessor('share', {
    id: 'share',
    header: '占项目支出',
    sortFn: sortByDecimal as never,
    sortDescFirst: true,
    meta: { numeric: true },
    cell: (c) => formatPercent(c.getValue()),
  }),
  col.accessor((r) => r.funding.join('、'), {
    id: 'funding',
    header: '资金来源',
    sortFn: sortByText as never,
    cell: (c) => <span className="nowrap">{c.getValue()}</span>,
  }),
  col.accessor('indicatorCount', {
    id: 'indicators',
    header: '绩效指标数',
    sortFn: sortByNumber as never,
    sortDescFirst: true,
    meta: { numeric: true },
    cell: (c) => (c.getValue() ? c.getValue() : <span className="muted">无绩效目标表</span>),
  }),
  col.accessor('attribution', {
    id: 'attribution',
    header: '功能科目',
    sortFn: sortByText as never,
    cell: (c) =>
      c.getValue() === 'attributed' ? (
        c.row.original.functionCodes.map((code) => (
          <a key={code} href={`#/functions/${code}`}>
            {code}
          </a>
        ))
      ) : (
        <span className="muted" title={`文件未逐项列明;属于 ${c.row.original.functionCodes.join(' 或 ')}`}>
          未列明
        </span>
      ),
  }),
]);
