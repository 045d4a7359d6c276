import { Field } from '../../components/Field';
import { useMemo } from 'react';
import { ChartFrame } from '../../components/chart/ChartFrame';
import { DataTable } from '../../components/data-table/DataTable';
import {
  type IndicatorFilter,
  filterIndicators,
  indicatorCounts,
  indicatorRows,
} from '../../domain/indicators';
import type { Dataset } from '../../domain/model';
import { indicatorColumns } from './indicator-columns';
import { indicatorCountOption } from './indicator-count-option';

export interface IndicatorsViewProps {
  dataset: Dataset;
  filter: IndicatorFilter;
  sort: string | null;
  onQuery: (patch: Record<string, string | null>) => void;
}

const COMPARATORS = ['≥', '≤', '=', '>', '<', 'none'];

export function IndicatorsView({ dataset, filter, sort, onQuery }: IndicatorsViewProps) {
  const rows = useMemo(() => indicatorRows(dataset), [dataset]);
  const shown = useMemo(() => filterIndicators(rows, filter), [rows, filter]);
  const counts = useMemo(() => indicatorCounts(shown), [shown]);
  const option = useMemo(() => indicatorCountOption(counts), [counts]);
  const level1s = [...new Set(rows.map((r) => r.level1))];
  const level2s = [
    ...new Set(rows.filter((r) => !filter.level1 || r.level1 === filter.level1).map((r) => r.level2)),
  ];
  return (
    <article className="view">
      <h1>绩效指标</h1>
      <p className="lead">
        {dataset.performance.length}张绩效目标表共{rows.length}
        个三级指标。指标值照原文显示,“类型”一栏是本站对原文的解读(定量/定性)。
      </p>
      <form className="filters" role="search" aria-label="筛选指标" onSubmit={(e) => e.preventDefault()}>
        <Field label="搜索">
          {(id) => (
            <input
              id={id}
              type="search"
              value={filter.query}
              onChange={(e) => onQuery({ q: e.target.value })}
              placeholder="指标、指标值或项目"
            />
          )}
        </Field>
        <Field label="一级指标">
          {(id) => (
            <select
              id={id}
              value={filter.level1 ?? ''}
              onChange={(e) => onQuery({ l1: e.target.value || null, l2: null })}
            >
              <option value="">全部</option>
              {level1s.map((l) => (
                <option key={l}>{l}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label="二级指标">
          {(id) => (
            <select
              id={id}
              value={filter.level2 ?? ''}
              onChange={(e) => onQuery({ l2: e.target.value || null })}
            >
              <option value="">全部</option>
              {level2s.map((l) => (
                <option key={l}>{l}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label="比较符">
          {(id) => (
            <select
              id={id}
              value={filter.comparator ?? ''}
              onChange={(e) => onQuery({ cmp: e.target.value || null })}
            >
              <option value="">全部</option>
              {COMPARATORS.map((c) => (
                <option key={c} value={c}>
                  {c === 'none' ? '无' : c}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="定量/定性">
          {(id) => (
            <select
              id={id}
              value={filter.kind ?? ''}
              onChange={(e) => onQuery({ kind: e.target.value || null })}
            >
              <option value="">全部</option>
              <option value="quantitative">定量</option>
              <option value="qualitative">定性</option>
            </select>
          )}
        </Field>
      </form>
      <p role="status" className="muted">
        显示 {shown.length} / {rows.length} 个指标
      </p>
      <ChartFrame
        title="指标数量:按一级、二级指标"
        description={`当前筛选下${shown.length}个指标按二级指标计数,颜色区分一级指标。`}
        option={option}
        height={Math.max(160, counts.length * 30 + 30)}
        onClick={(e) => {
          const c = [...counts].reverse()[e.dataIndex];
          if (c) onQuery({ l1: c.level1, l2: c.level2 });
        }}
        table={
          <table className="data-table compact">
            <caption className="sr-only">指标数量</caption>
            <thead>
              <tr>
                <th scope="col">一级指标</th>
                <th scope="col">二级指标</th>
                <th scope="col" className="num">
                  个数
                </th>
              </tr>
            </thead>
            <tbody>
              {counts.map((c) => (
                <tr key={`${c.level1}/${c.level2}`}>
                  <td>{c.level1}</td>
                  <td>{c.level2}</td>
                  <td className="num">{c.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <DataTable
        data={shown}
        columns={indicatorColumns}
        caption="绩效指标"
        getRowId={(r) => r.key}
        sort={sort}
        onSortChange={(s) => onQuery({ sort: s })}
        compact
      />
    </article>
  );
}
