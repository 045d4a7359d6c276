import { createColumnHelper } from '@tanstack/react-table';
import { sortByText } from '../../components/data-table/sort-fns';
import type { SortingFeatures } from '../../components/data-table/table-features';
import type { IndicatorRow } from '../../domain/indicators';
import { describeTarget, targetKindLabel } from '../../domain/targets/describe-target';

const col = createColumnHelper<SortingFeatures, IndicatorRow>();

export const indicatorColumns = col.columns([
  col.accessor('name', {
    id: 'name',
    header: '三级指标',
    sortFn: sortByText as never,
    cell: (c) => (
      <a href={`#/projects/${c.row.original.projectId}?indicator=${c.row.original.index}`}>
        {c.getValue()}
        {c.row.original.damaged && <span className="damage">⚠ 原文受损</span>}
      </a>
    ),
  }),
  col.accessor('target', {
    id: 'target',
    header: '指标值(原文)',
    sortFn: sortByText as never,
    cell: (c) => <strong>{c.getValue() || '(空)'}</strong>,
  }),
  col.accessor((r) => targetKindLabel(r.parsed), {
    id: 'kind',
    header: '类型',
    sortFn: sortByText as never,
    cell: (c) => (
      <span title={describeTarget(c.row.original.parsed)} className="nowrap">
        {c.getValue()}
      </span>
    ),
  }),
  col.accessor('level1', { id: 'level1', header: '一级指标', sortFn: sortByText as never }),
  col.accessor('level2', { id: 'level2', header: '二级指标', sortFn: sortByText as never }),
  col.accessor('projectName', {
    id: 'project',
    header: '项目',
    sortFn: sortByText as never,
    cell: (c) => <a href={`#/projects/${c.row.original.projectId}`}>{c.getValue()}</a>,
  }),
]);
